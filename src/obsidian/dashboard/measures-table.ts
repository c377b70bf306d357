// Under the allocation charts: what each active stream pays for an hour, and how much its income
// really swings against what its note declares.
import { formatRate, formatVolatility } from "../../core/measure-format";
import { quarterLabel } from "../../core/quarter-label";
import type { Portfolio } from "../../core/types";
import { renderTable, type Cell } from "./data-table";
import type { SectionContext } from "./section-context";
import { TABLE_LIMIT } from "./show-more";
import { streamCell } from "./stream-cell";

/** A table of each active stream's hourly rate (now and in the last reviewed quarter) and measured volatility. */
export function renderMeasuresTable(el: HTMLElement, portfolio: Portfolio, ctx: SectionContext): void {
	const m = portfolio.measures;
	const streams = new Map(portfolio.streams.map((s) => [s.path, s]));
	const rows = m.streams.filter((s) => streams.get(s.path)?.status === "active");
	if (rows.length === 0) return;
	const currency = ctx.settings.currency;
	const lastQuarter = m.total.quarters[m.total.quarters.length - 1]?.quarter ?? null;
	const headers = ["Stream", "Hourly rate now", lastQuarter ? `In ${quarterLabel(lastQuarter, ctx.settings.fiscalYearStartMonth)}` : "Last review", "Measured volatility", "Declared"];
	el.createEl("h4", { text: "Hourly rate and measured volatility", cls: "pj-subtitle" });
	el.createEl("p", {
		text: `Income per hour over ${m.weeksPerYear} working weeks a year. Volatility is the coefficient of variation of each stream's income over its last 8 reviewed quarters (4 at least).`,
		cls: "pj-hint",
	});
	renderTable(el, {
		id: "measures",
		caption: "Hourly rate and measured volatility of each active stream",
		headers,
		rows,
		cells: (row): Cell[] => {
			const last = row.quarters.find((q) => q.quarter === lastQuarter) ?? null;
			const declared = streams.get(row.path)?.volatility ?? null;
			return [
				streamCell(row.name, row.path, portfolio, ctx),
				formatRate(row.hourlyRate, currency),
				formatRate(last?.hourlyRate ?? null, currency),
				formatVolatility(row.volatility),
				declared ?? "—",
			];
		},
		rowClass: (row) => {
			const declared = streams.get(row.path)?.volatility ?? null;
			return declared !== null && row.volatility.band !== null && declared !== row.volatility.band ? "pj-row-alert" : null;
		},
		limit: TABLE_LIMIT,
		rest: { label: (hidden) => `${hidden.length} more streams` },
	});
	el.createEl("p", { text: `All active streams: ${formatRate(m.total.hourlyRate, currency)} an hour now.`, cls: "pj-hint" });
}
