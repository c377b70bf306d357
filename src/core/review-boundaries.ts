// The review's question whether the time boundaries held: the seed's step 5 protects each stream's
// deep work, and a quarter is where a person sees which stream ate another's hours.
import { formatHours } from "./format";
import { escapeMarkdown } from "./markdown-text";
import { linkOf, type ReviewContext } from "./review-sections";
import { buildWeek } from "./week";

/** One question per active stream about its time blocks, and one about what crossed them. */
export function boundaryQuestions(ctx: ReviewContext): string {
	const week = buildWeek(ctx.portfolio.streams);
	if (!week.streams.some((s) => s.blocks.length > 0)) {
		return "No stream has time blocks yet. Give each the hours it owns in its `time-blocks` property (such as `Mon-Thu 09:00-17:00`), so that deep work in each is protected.";
	}
	const questions = week.streams.map((s) => {
		if (s.blocks.length === 0) return `- ${linkOf(ctx, s.path)} has no time blocks: which hours are its own? `;
		const blocks = s.blocks.map((b) => escapeMarkdown(b.text)).join("; ");
		return `- Did ${linkOf(ctx, s.path)} keep its hours (${blocks}: ${formatHours(s.blockHours)} a week)? `;
	});
	questions.push("- Which stream took time from another's blocks, and what would stop it next quarter? ");
	return questions.join("\n");
}
