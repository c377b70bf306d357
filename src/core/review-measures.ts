// The review note's "Hourly rates and energy" section: what each active stream paid an hour in the
// quarter before, and how alive it felt then, beside the prompt to rate this quarter's energy.
import { formatRate } from "./measure-format";
import type { ReviewContext } from "./review-sections";
import { escapeMarkdown, streamLinktext, tableCell, wikilink } from "./markdown-text";

/** A table of last quarter's hourly rate and energy per active stream, and how to rate energy now. */
export function hourlyRatesAndEnergy(ctx: ReviewContext): string {
	const streams = ctx.portfolio.streams.filter((s) => s.status === "active");
	if (streams.length === 0) return "No active streams yet.";
	const previous = ctx.label(ctx.previousQuarter);
	const measures = new Map(ctx.portfolio.measures.streams.map((m) => [m.path, m]));
	const head = `| Stream | Hourly rate now | Hourly rate ${previous} | Energy ${previous} |\n| --- | ---: | ---: | ---: |`;
	const rows = streams.map((s) => {
		const m = measures.get(s.path);
		const last = m?.quarters.find((q) => q.quarter === ctx.previousQuarter) ?? null;
		// Escaped: two dollar signs on one line would start Obsidian's math.
		const rates = [m?.hourlyRate ?? null, last?.hourlyRate ?? null].map((n) => escapeMarkdown(formatRate(n, ctx.currency)));
		const cells = [...rates, last === null || last.energy === null ? "—" : `${last.energy}/5`];
		return `| ${tableCell(wikilink(streamLinktext(s, ctx.portfolio.streams)))} | ${cells.join(" | ")} |`;
	});
	const ask = "How alive did each stream feel this quarter? Give each actual above an `energy` from 1 (drained) to 5 (fully alive); two low scores in a row flag a hollow routine.";
	return `${ask}\n\n${[head, ...rows].join("\n")}`;
}
