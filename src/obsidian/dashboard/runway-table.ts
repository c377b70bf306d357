// In "If a stream stopped": how many months the cash buffer lasts if each active stream stops.
import { formatAmount } from "../../core/format";
import { formatMonths } from "../../core/measure-format";
import type { Portfolio } from "../../core/types";
import { renderTable, type Cell } from "./data-table";
import type { SectionContext } from "./section-context";
import { TABLE_LIMIT } from "./show-more";
import { streamCell } from "./stream-cell";

/** The runway table, or a hint naming the two settings it needs. */
export function renderRunway(el: HTMLElement, portfolio: Portfolio, ctx: SectionContext): void {
	const runway = portfolio.measures.runway;
	el.createEl("h4", { text: "Runway", cls: "pj-subtitle" });
	if (runway === null) {
		el.createEl("p", { text: "Set a cash buffer and monthly costs in the settings to see how many months your savings last if a stream stops.", cls: "pj-hint" });
		return;
	}
	const money = (n: number) => formatAmount(n, ctx.settings.currency);
	el.createEl("p", {
		text: `Months a ${money(runway.cashBuffer)} buffer lasts at ${money(runway.monthlyCosts)} of costs a month, with the other streams going on as now.`,
		cls: "pj-hint",
	});
	renderTable(el, {
		id: "runway",
		caption: "Runway if each active stream stopped",
		headers: ["Stream", "Income left a month", "Runway"],
		rows: runway.streams,
		cells: (row): Cell[] => [streamCell(row.name, row.path, portfolio, ctx), money(row.monthlyIncomeLeft), formatMonths(row.months)],
		rowClass: (row) => (row.months !== null && row.months < 6 ? "pj-row-alert" : null),
		limit: TABLE_LIMIT,
		rest: { label: (hidden) => `${hidden.length} more streams` },
	});
}
