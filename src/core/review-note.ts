// The quarterly review note: its text (built-in layout or a user's template), its path, and which
// quarter the review commands mean.
import { cleanSegment } from "./file-name";
import { wikilink } from "./markdown-text";
import { compareQuarters, nextQuarter, previousQuarter } from "./quarter";
import { quarterLabel } from "./quarter-label";
import { basename } from "./read-stream";
import { boundaryQuestions } from "./review-boundaries";
import { hourlyRatesAndEnergy } from "./review-measures";
import { actualsYaml, allocationTable, findings, learnings, promises, rebalancing, signsOfLife, teachingQuestions, type ReviewContext } from "./review-sections";
import { formatYamlScalar } from "./yaml-quote";
import type { Portfolio, PortfolioSettings } from "./types";

/** The placeholders a review template may use; anything else in `{{...}}` is left as written. */
export type Placeholder = "quarter" | "previous_review" | "allocation_table" | "teaching_questions" | "promises" | "findings" | "learnings" | "signs_of_life" | "actuals_yaml";

/**
 * The whole text of the review of `quarter`. A template without frontmatter replaces the body
 * under the generated properties; a template with its own frontmatter is the whole note, so it
 * must carry the review tag and `{{actuals_yaml}}` itself.
 */
export function renderReviewNote(portfolio: Portfolio, quarter: string, settings: PortfolioSettings, template?: string | null): string {
	const month = settings.fiscalYearStartMonth;
	const ctx: ReviewContext = { portfolio, quarter, previousQuarter: previousQuarter(quarter), currency: settings.currency, label: (q) => quarterLabel(q, month), exchangeRates: settings.exchangeRates };
	const values = placeholderValues(ctx);
	// `draft: true` is a checkbox in the Properties view: unticking it is how the person says the actuals are theirs.
	const frontmatter = ["---", `quarter: ${formatYamlScalar(quarter)}`, "draft: true", "tags:", `  - ${formatYamlScalar(settings.reviewTag.replace(/^#/, ""))}`, values.actuals_yaml, "learnings: []", "---", ""].join("\n");
	if (template !== undefined && template !== null && template.trim() !== "") {
		const filled = fillTemplate(template, values);
		return /^\uFEFF?---\r?\n/.test(template) ? filled : frontmatter + filled;
	}
	return frontmatter + defaultBody(ctx, values);
}

/** Replaces the known `{{placeholders}}` in one pass, so inserted text is never expanded again. */
function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
	return template.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? (values[name] ?? whole) : whole));
}

function placeholderValues(ctx: ReviewContext): Record<Placeholder, string> {
	const previous = previousReviewPath(ctx.portfolio, ctx.quarter);
	return {
		quarter: ctx.quarter,
		previous_review: previous ? wikilink(basename(previous)) : "",
		allocation_table: allocationTable(ctx),
		teaching_questions: teachingQuestions(ctx),
		promises: promises(ctx),
		findings: findings(ctx),
		learnings: learnings(ctx),
		signs_of_life: signsOfLife(),
		actuals_yaml: actualsYaml(ctx),
	};
}

/** The newest review before `quarter`, if any. */
function previousReviewPath(portfolio: Portfolio, quarter: string): string | null {
	const earlier = portfolio.reviews.filter((r) => compareQuarters(r.quarter, quarter) < 0);
	return earlier.length > 0 ? (earlier[earlier.length - 1]?.path ?? null) : null;
}

/** One section of the built-in review: a `##` heading and its Markdown. Features add theirs to REVIEW_SECTIONS. */
export interface ReviewSection {
	heading(ctx: ReviewContext): string;
	body(ctx: ReviewContext, values: Readonly<Record<Placeholder, string>>): string;
}

/** What an answer under a teaching question becomes, said once in the note itself. */
const HOW_TO_ANSWER =
	"Answer each question in an item indented under it (Enter, then Tab). Each answer there is a learning of this quarter from the first stream to the second: it shows in the learnings ledger and the graph. An empty item counts as nothing.";

/** The built-in review's sections, in order. */
export const REVIEW_SECTIONS: readonly ReviewSection[] = [
	{ heading: () => "What the streams taught each other", body: (_ctx, v) => `${HOW_TO_ANSWER}\n\n${v.teaching_questions}` },
	{ heading: () => "What each stream promised", body: (_ctx, v) => v.promises },
	{ heading: () => "Did the boundaries hold?", body: (ctx) => boundaryQuestions(ctx) },
	{ heading: () => "Allocation", body: (_ctx, v) => v.allocation_table },
	{ heading: () => "Hourly rates and energy", body: (ctx) => hourlyRatesAndEnergy(ctx) },
	{ heading: () => "Findings today", body: (_ctx, v) => v.findings },
	{ heading: (ctx) => `Learnings of ${ctx.label(ctx.quarter)}`, body: (_ctx, v) => v.learnings },
	{ heading: () => "Signs of life", body: (_ctx, v) => v.signs_of_life },
	{ heading: (ctx) => `Rebalancing for ${ctx.label(nextQuarter(ctx.quarter))}`, body: () => rebalancing() },
];

function defaultBody(ctx: ReviewContext, v: Record<Placeholder, string>): string {
	const previous = v.previous_review ? `Previous review: ${v.previous_review}\n\n` : "";
	const sections = REVIEW_SECTIONS.map((section) => `## ${section.heading(ctx)}\n${section.body(ctx, v)}\n`).join("\n");
	return `# Review of ${ctx.label(ctx.quarter)}

A quarter is the rhythm of the portfolio: look at the streams as one system, ask what each gave the others, and decide what changes next.
This review starts as a draft (\`draft\` is ticked in Properties): the \`actuals\` above are each stream's figures today. Correct them to what the quarter really took (average hours a week) and brought (income received in the quarter), then untick or delete \`draft\`; until then they do not count in the allocation and the trends.

${previous}${sections}`;
}

/**
 * Where the review of `quarter` goes: the reviews folder plus the file name format. Slashes,
 * `..`, colons, control characters and link-breaking characters from the settings are cleaned,
 * so the file always lands inside the reviews folder.
 */
export function reviewFilePath(quarter: string, settings: PortfolioSettings): string {
	const [year = "", q = ""] = quarter.split("-Q");
	const format = settings.reviewFileFormat.trim() === "" ? "{quarter} review" : settings.reviewFileFormat;
	const raw = format.replace(/\{quarter\}/g, quarter).replace(/\{year\}/g, year).replace(/\{q\}/g, q);
	const name = cleanSegment(raw.replace(/\.md$/i, "")) || quarter;
	const folder = settings.reviewsFolder
		.split(/[/\\]+/)
		.map(cleanSegment)
		.filter((s) => s !== "")
		.join("/");
	return folder ? `${folder}/${name}.md` : `${name}.md`;
}
