// Diversification: how concentrated income is (HHI, effective number of streams) and which streams
// rise and fall together, so a portfolio diversified in name only shows itself.
import { formatPercent } from "../../core/format";
import { correlationNote, formatCorrelation } from "../../core/measure-format";
import type { Portfolio } from "../../core/types";
import { renderTable, type Cell } from "./data-table";
import { nameLookup } from "./note-link";
import type { SectionContext } from "./section-context";
import { renderEmpty, sectionFrame } from "./section-frame";
import { TABLE_LIMIT } from "./show-more";
import { streamCell } from "./stream-cell";

/** Renders the concentration figures and the table of correlated pairs. */
export function renderDiversification(el: HTMLElement, portfolio: Portfolio, ctx: SectionContext): void {
	sectionFrame(el, "diversification", "Diversification", "How concentrated your income is, and which streams move together.");
	const c = portfolio.measures.concentration;
	if (c.hhi === null) {
		renderEmpty(el, "No income from active streams yet: nothing to weigh.");
		return;
	}
	const stats = el.createDiv({ cls: "pj-stats" });
	const stat = (label: string, value: string, note: string) => {
		const item = stats.createDiv({ cls: "pj-stat" });
		item.createDiv({ text: label, cls: "pj-stat-label" });
		item.createDiv({ text: value, cls: "pj-stat-value" });
		item.createDiv({ text: note, cls: "pj-stat-detail" });
	};
	stat("HHI", Math.round(c.hhi).toLocaleString("en-US"), "0 to 10,000; over 2,500 is highly concentrated");
	stat("Effective number of streams", c.effectiveNumber === null ? "—" : c.effectiveNumber.toFixed(1), "as many equal streams would spread income as evenly");
	stat("Largest share", formatPercent(c.largestShare), "of income, from one stream");
	el.createEl("h4", { text: "Streams that move together", cls: "pj-subtitle" });
	const pairs = portfolio.measures.correlations;
	if (pairs.length === 0) {
		renderEmpty(el, "Not enough reviews yet: a pair of streams needs 8 reviewed quarters in common.");
		return;
	}
	const limit = ctx.settings.thresholds.correlatedAbove;
	const name = nameLookup(portfolio);
	el.createEl("p", { text: `Correlation of quarterly incomes, from -1 (opposite) to 1 (together); above ${limit} is flagged. Tentative: a few quarters prove little.`, cls: "pj-hint" });
	renderTable(el, {
		id: "correlations",
		caption: "Correlation of each pair of active streams' quarterly incomes",
		headers: ["Stream", "With", "Correlation", "Quarters"],
		// Strongest first; a pair without a coefficient (an income that never changed) last.
		rows: [...pairs].sort((a, b) => (b.coefficient ?? -Infinity) - (a.coefficient ?? -Infinity)),
		cells: (pair): Cell[] => [streamCell(name(pair.a), pair.a, portfolio, ctx), streamCell(name(pair.b), pair.b, portfolio, ctx), `${formatCorrelation(pair)}${correlationNote(pair)}`, String(pair.quarters)],
		rowClass: (pair) => (pair.coefficient !== null && pair.coefficient > limit ? "pj-row-alert" : null),
		limit: TABLE_LIMIT,
		rest: { label: (hidden) => `${hidden.length} more pairs` },
	});
}
