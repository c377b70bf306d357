// The parts of a quarterly review note, each a block of Markdown (or YAML for the actuals), so the
// built-in layout and a user's template can place them where they like.
import { inStreamCurrency } from "./currency";
import { formatAmount, formatHours, formatPercent, formatPoints } from "./format";
import { unlinkableMark } from "./link-names";
import { ACTUAL_PROPERTIES as ACTUAL } from "./property-table";
import { escapeMarkdown, oneLine, streamLinktext, tableCell, wikilink } from "./markdown-text";
import { formatYamlScalar, quoteYamlString } from "./yaml-quote";
import type { Portfolio, Stream } from "./types";
import { reviewCounts } from "./counted-reviews";

/** What the section builders share: the model, the quarter reviewed, and how to name streams. */
export interface ReviewContext {
	portfolio: Portfolio;
	quarter: string;
	previousQuarter: string;
	currency: string;
	/** How a quarter is shown (fiscal quarters say so). */
	label(quarter: string): string;
	/** The exchange rates, to prefill a stream's actuals in its own currency. */
	exchangeRates?: Readonly<Record<string, number>>;
}

/** A stream as a wikilink the review can use (the shortest text that reaches it). */
export function linkOf(ctx: ReviewContext, path: string): string {
	const stream = ctx.portfolio.streams.find((s) => s.path === path);
	if (!stream) return wikilink(path.replace(/\.md$/i, ""));
	return wikilink(streamLinktext(stream, ctx.portfolio.streams));
}

function active(ctx: ReviewContext): Stream[] {
	return ctx.portfolio.streams.filter((s) => s.status === "active");
}

/** The `actuals:` property prefilled from each active stream's current figures, for the user to correct. */
export function actualsYaml(ctx: ReviewContext): string {
	const streams = active(ctx);
	if (streams.length === 0) return "actuals: []";
	const lines = ["actuals:"];
	for (const s of streams) {
		const text = streamLinktext(s, ctx.portfolio.streams);
		const mark = unlinkableMark(text);
		if (mark !== null) {
			// No link can name it: a row would count its figures for another note (`C` for `C# tutoring`).
			lines.push(`  # ${oneLine(text)}: no row, since ${mark === "a line break" ? mark : `"${mark}"`} in its name ends a link; rename the note to record its actuals.`);
			continue;
		}
		// Names from the property table, so the note holds exactly what the review reader reads.
		lines.push(`  - ${ACTUAL.stream.name}: ${quoteYamlString(`[[${text}]]`)}`);
		lines.push(`    ${ACTUAL.hoursPerWeek.name}:${s.hoursPerWeek === null ? "" : ` ${formatYamlScalar(s.hoursPerWeek)}`}`);
		// Actuals are read in the stream's own currency, so its prefilled income must be in it too.
		const revenue = inStreamCurrency(s.annualRevenue, s.currency, { currency: ctx.currency, exchangeRates: ctx.exchangeRates ?? {} });
		lines.push(`    ${ACTUAL.income.name}:${revenue === null ? "" : ` ${formatYamlScalar(Math.round(revenue / 4))}`}`);
		lines.push(`    ${ACTUAL.energy.name}:`);
	}
	return lines.join("\n");
}

/** One question per designed `teaches` edge: the feedback loop the pattern asks for every quarter. */
export function teachingQuestions(ctx: ReviewContext): string {
	const edges = ctx.portfolio.edges.filter((e) => e.type === "teaches");
	// Seed work pays in options, not money: the pattern asks what it revealed about future income.
	const seeds = active(ctx).filter((s) => s.role === "seed");
	const questions = [
		...edges.map((e) => `- What did ${linkOf(ctx, e.from)} teach ${linkOf(ctx, e.to)} this quarter?\n  - `),
		...seeds.map((s) => `- What did ${linkOf(ctx, s.path)} reveal about income to come?\n  - `),
	];
	if (edges.length === 0) {
		questions.unshift("No stream is set up to teach another yet. Which one could? Name it in that stream's `teaches` property.");
	}
	return questions.join("\n");
}

/** For each active stream: the part it was meant to play, and the question whether it did. */
export function promises(ctx: ReviewContext): string {
	const streams = active(ctx);
	if (streams.length === 0) return "No active streams yet.";
	return streams
		.map((s) => {
			const role = s.role ? `${s.role} stream` : "stream without a role";
			const parts = [`Promised as the ${role}: ${formatPercent(s.targetTime)} of time and ${formatPercent(s.targetIncome)} of income.`];
			parts.push(`Now ${formatHours(s.hoursPerWeek)} a week and ${escapeMarkdown(formatAmount(s.annualRevenue, ctx.currency))} a year.`);
			return `### ${linkOf(ctx, s.path)}\n${parts.join(" ")}\n- Did it deliver? `;
		})
		.join("\n\n");
}

/** Time and income of each active stream: target, share now, last quarter's actual share, drift. */
export function allocationTable(ctx: ReviewContext): string {
	const streams = active(ctx);
	if (streams.length === 0) return "No active streams yet.";
	const reviewed = ctx.portfolio.reviews.find((r) => r.quarter === ctx.previousQuarter);
	// A draft's actuals are the figures of the day it was made, not what the quarter took.
	const last = reviewed && reviewCounts(reviewed) ? reviewed : undefined;
	const lastOf = (s: Stream) => last?.actuals.find((a) => a.stream === s.path) ?? null;
	const previous = ctx.label(ctx.previousQuarter);
	const lastLabel = last ? `Actual ${previous}` : `Actual ${previous} (${reviewed ? "draft" : "no review"})`;
	const table = (kind: "time" | "income"): string => {
		const head = `| Stream | Target ${kind} | ${kind === "time" ? "Time" : "Income"} share now | ${lastLabel} | Drift now |\n| --- | ---: | ---: | ---: | ---: |`;
		const rows = streams.map((s) => {
			const cells = kind === "time" ? [s.targetTime, s.timeShare, lastOf(s)?.timeShare ?? null] : [s.targetIncome, s.incomeShare, lastOf(s)?.incomeShare ?? null];
			const drift = kind === "time" ? s.timeDrift : s.incomeDrift;
			return `| ${tableCell(linkOf(ctx, s.path))} | ${cells.map((c) => formatPercent(c)).join(" | ")} | ${formatPoints(drift)} |`;
		});
		return [head, ...rows].join("\n");
	};
	return `${table("time")}\n\n${table("income")}`;
}

/** The findings about the portfolio's design as they stand today. */
export function findings(ctx: ReviewContext): string {
	if (ctx.portfolio.findings.length === 0) return "No findings: the design holds as far as the numbers show.";
	return ctx.portfolio.findings.map((f) => `- ${f.severity === "info" ? "Note" : f.severity === "error" ? "Problem" : "Warning"}: ${escapeMarkdown(f.message)}`).join("\n");
}

/** Learnings recorded for the reviewed quarter, whichever note holds them. */
export function learnings(ctx: ReviewContext): string {
	const list = ctx.portfolio.learnings.filter((l) => l.quarter === ctx.quarter);
	if (list.length === 0) return "None recorded yet: answer the questions above, or use the \"Link a learning\" command.";
	return list.map((l) => `- ${linkOf(ctx, l.from)} → ${linkOf(ctx, l.to)}: ${escapeMarkdown(l.text)}`).join("\n");
}

/** The checklist of a portfolio that lives, from the pattern's signs of vitality. */
export function signsOfLife(): string {
	return [
		"- [ ] Each stream taught at least one other something I can name",
		"- [ ] The smaller streams paid for exploration, not only for bills",
		"- [ ] I could have turned down bad work this quarter",
		"- [ ] No stream ate the time meant for the others",
		"- [ ] The anchor left me energy for the rest",
		"- [ ] The streams feel like one system, not a pile of side jobs",
	].join("\n");
}

/** Prompts for the decisions that carry into the next quarter. */
export function rebalancing(): string {
	return ["- Keep: ", "- Grow: ", "- Shrink or stop: ", "- Change of targets: "].join("\n");
}
