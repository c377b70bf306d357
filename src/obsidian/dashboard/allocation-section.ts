// Allocation: where time and income go now, against the targets and the last reviewed quarter.
import { formatPercent, formatPoints } from "../../core/format";
import type { Portfolio } from "../../core/types";
import { allocationData, type AllocationData, type AllocationRow, type Metric } from "./allocation-data";
import { baseOptions, categoryScale, percentScale } from "./chart-options";
import { createChartCanvas, drawChart } from "./chart-setup";
import { renderTable, type Cell } from "./data-table";
import { renderNoteLink } from "./note-link";
import type { DashboardContext } from "./render-dashboard";
import { renderEmpty, sectionFrame } from "./section-frame";
import { readThemeColors, withAlpha } from "./theme-colors";

const TITLES: Record<Metric, string> = { time: "Time", income: "Income" };

/** Renders the time and income allocation charts, each with its drift table. */
export function renderAllocation(el: HTMLElement, portfolio: Portfolio, ctx: DashboardContext): void {
	sectionFrame(el, "allocation", "Allocation", "Each active stream's share now, its target, and what the last review recorded.");
	if (portfolio.totals.activeStreams === 0) {
		renderEmpty(el, "No active streams: set status to active on a stream note to see its allocation.");
		return;
	}
	const grid = el.createDiv({ cls: "pj-allocation-grid" });
	for (const metric of ["time", "income"] as const) {
		renderMetric(grid.createDiv({ cls: ["pj-allocation", `pj-allocation-${metric}`] }), allocationData(portfolio, metric), ctx);
	}
}

function renderMetric(el: HTMLElement, data: AllocationData, ctx: DashboardContext): void {
	const title = TITLES[data.metric];
	el.createEl("h4", { text: `${title} share`, cls: "pj-subtitle" });
	const lastLabel = data.lastQuarter ? `Last review (${data.lastQuarter})` : null;
	const size = data.bars.length <= 4 ? "pj-chart-s" : data.bars.length <= 8 ? "pj-chart-m" : "pj-chart-l";
	const canvas = createChartCanvas(el, `${title} share of each active stream now, against its target${lastLabel ? " and the last review" : ""}. The table below lists the values.`, size);
	const colors = readThemeColors(el);
	const datasets = [
		{ label: "Now", data: data.bars.map((r) => r.now), backgroundColor: colors.accent },
		{ label: "Target", data: data.bars.map((r) => r.target), backgroundColor: withAlpha(colors.muted, 0.35), borderColor: colors.muted, borderWidth: 1 },
	];
	if (lastLabel) datasets.push({ label: lastLabel, data: data.bars.map((r) => r.last), backgroundColor: withAlpha(colors.palette[1] ?? colors.muted, 0.6) });
	drawChart(
		canvas,
		{
			type: "bar",
			data: { labels: data.bars.map((r) => r.name), datasets },
			options: { ...baseOptions(colors), indexAxis: "y", scales: { x: percentScale(colors), y: categoryScale(colors) } },
		},
		ctx.charts,
	);
	renderDriftTable(el, data, lastLabel, ctx);
}

/** The chart's values for every active stream, with drift beyond the threshold marked. */
function renderDriftTable(el: HTMLElement, data: AllocationData, lastLabel: string | null, ctx: DashboardContext): void {
	const limit = ctx.settings.thresholds.driftPoints;
	const headers = ["Stream", "Now", "Target", "Drift"];
	if (lastLabel) headers.push(lastLabel);
	const rows = data.rows.map((row): Cell[] => {
		const cells: Cell[] = [
			nameCell(row, ctx),
			formatPercent(row.now),
			formatPercent(row.target),
			(td) => {
				td.setText(formatPoints(row.drift));
				const cls = driftClass(row.drift, limit);
				if (cls) td.addClass(cls);
			},
		];
		if (lastLabel) cells.push(formatPercent(row.last));
		return cells;
	});
	renderTable(el, { caption: `${TITLES[data.metric]} share: now, target and drift in points`, headers, rows });
}

function nameCell(row: AllocationRow, ctx: DashboardContext): Cell {
	const path = row.path;
	if (path === null) return row.name;
	return (td) => {
		renderNoteLink(td, row.name, path, ctx);
	};
}

/** The class marking drift beyond the threshold, in either direction. */
export function driftClass(drift: number | null, limit: number): string | null {
	if (drift === null || Math.abs(drift) <= limit) return null;
	return drift > 0 ? "pj-drift-over" : "pj-drift-under";
}
