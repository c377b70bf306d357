// Energy: how alive each stream felt in each reviewed quarter (1 to 5), so a hollow routine shows.
import { quarterLabel } from "../../core/quarter-label";
import type { Portfolio } from "../../core/types";
import { renderTable, type Cell } from "./data-table";
import type { SectionContext } from "./section-context";
import { renderEmpty, sectionFrame } from "./section-frame";
import { TABLE_LIMIT } from "./show-more";
import { streamCell } from "./stream-cell";

// The latest quarters fit a phone; older ones are in the notes.
const QUARTERS_SHOWN = 6;

/** Renders a table of energy ratings: one row per active stream, one column per recent reviewed quarter. */
export function renderEnergy(el: HTMLElement, portfolio: Portfolio, ctx: SectionContext): void {
	sectionFrame(el, "energy", "Energy", "How alive each stream felt in the reviews, from 1 (drained) to 5.");
	const active = new Set(portfolio.streams.filter((s) => s.status === "active").map((s) => s.path));
	const rows = portfolio.measures.streams.filter((s) => active.has(s.path) && s.quarters.some((q) => q.energy !== null));
	if (rows.length === 0) {
		renderEmpty(el, "No energy ratings yet: give each stream's actual an energy from 1 to 5 in the next review.");
		return;
	}
	const quarters = portfolio.measures.total.quarters.map((q) => q.quarter).slice(-QUARTERS_SHOWN);
	const limit = ctx.settings.thresholds.lowEnergy;
	renderTable(el, {
		id: "energy",
		caption: "Energy of each active stream per reviewed quarter",
		headers: ["Stream", ...quarters.map((quarter) => quarterLabel(quarter, ctx.settings.fiscalYearStartMonth))],
		rows,
		cells: (row): Cell[] => [
			streamCell(row.name, row.path, portfolio, ctx),
			...quarters.map((quarter): Cell => {
				const energy = row.quarters.find((q) => q.quarter === quarter)?.energy ?? null;
				return (td) => {
					td.setText(energy === null ? "—" : String(energy));
					if (energy !== null && energy <= limit) td.addClass("pj-energy-low");
				};
			}),
		],
		limit: TABLE_LIMIT,
		rest: { label: (hidden) => `${hidden.length} more streams` },
	});
}
