// Allocation: where time and income go now, against the targets and the last reviewed quarter.
import { quarterLabel } from "../../core/quarter-label";
import { formatPercent, formatPoints } from "../../core/format";
import type { Portfolio } from "../../core/types";
import { axisLabel } from "./axis-label";
import { allocationData, otherRow, type AllocationData, type AllocationRow, type Metric } from "./allocation-data";
import { baseOptions, categoryScale, percentScale } from "./chart-options";
import { renderChartLegend, renderSwatch, type LegendItem } from "./chart-legend";
import { createChartCanvas, drawChart } from "./chart-setup";
import { renderTable, type Cell } from "./data-table";
import { renderMeasuresTable } from "./measures-table";
import { renderNoteLink } from "./note-link";
import type { SectionContext } from "./section-context";
import { renderEmpty, sectionFrame } from "./section-frame";
import { TABLE_LIMIT } from "./show-more";
import { streamColor, withAlpha, type ThemeColors } from "./theme-colors";

const TITLES: Record<Metric, string> = { time: "Time", income: "Income" };

/** One bar series of both charts, coloured the same in the legend and on the canvas. */
interface Series extends LegendItem {
	pick: (row: AllocationRow) => number | null;
}

/**
 * Now, target and (after a review) the last review: the series of both allocation charts. They are
 * shades of the theme's grey, solid to faint, so none can be taken for a stream (streams have hues).
 */
export function allocationSeries(colors: ThemeColors, lastLabel: string | null): Series[] {
	const series: Series[] = [
		{ label: "Now", color: colors.text, pick: (r) => r.now },
		{ label: "Target", color: withAlpha(colors.muted, 0.15), border: colors.muted, pick: (r) => r.target },
	];
	if (lastLabel) series.push({ label: lastLabel, color: withAlpha(colors.muted, 0.55), pick: (r) => r.last });
	return series;
}

/** Renders the time and income allocation charts, one shared legend, and a drift table per chart. */
export function renderAllocation(el: HTMLElement, portfolio: Portfolio, ctx: SectionContext): void {
	sectionFrame(el, "allocation", "Allocation", "Each active stream's share now, its target, and what the last review recorded.");
	if (portfolio.totals.activeStreams === 0) {
		renderEmpty(el, "No active streams: set status to active on a stream note to see its allocation.");
		return;
	}
	const metrics = [allocationData(portfolio, "time"), allocationData(portfolio, "income")];
	const lastQuarter = metrics[0]?.lastQuarter ?? null;
	const lastLabel = lastQuarter ? `Last review (${quarterLabel(lastQuarter, ctx.settings.fiscalYearStartMonth)})` : null;
	const series = allocationSeries(ctx.colors, lastLabel);
	renderChartLegend(el, series, "Legend of the allocation charts");
	const grid = el.createDiv({ cls: "pj-allocation-grid" });
	for (const data of metrics) {
		renderMetric(grid.createDiv({ cls: ["pj-allocation", `pj-allocation-${data.metric}`] }), data, portfolio, lastLabel, series, ctx);
	}
	renderMeasuresTable(el, portfolio, ctx);
}

function renderMetric(el: HTMLElement, data: AllocationData, portfolio: Portfolio, lastLabel: string | null, series: readonly Series[], ctx: SectionContext): void {
	const title = TITLES[data.metric];
	el.createEl("h4", { text: `${title} share`, cls: "pj-subtitle" });
	const canvas = createChartCanvas(el, `${title} share of each active stream now, against its target${lastLabel ? " and the last review" : ""}. The table below lists the values.`, ctx.charts, "pj-chart-fit");
	// chart.js gives every stream the same band of the height: each band must hold the tallest name
	// (16 px a line, 2 lines at least) and three bars, so no label is skipped or spills into the next.
	const labels = data.bars.map((r) => axisLabel(r.name));
	const lines = Math.max(2, ...labels.map((label) => label.length));
	canvas.parentElement?.style.setProperty("--pj-chart-height", `${Math.max(200, data.bars.length * (lines * 16 + 8) + 40)}px`);
	const colors = ctx.colors;
	ctx.drawLater(() => {
		const datasets = series.map((s) => ({ label: s.label, data: data.bars.map(s.pick), backgroundColor: s.color, borderColor: s.border, borderWidth: s.border ? 1 : 0 }));
		drawChart(
			canvas,
			{
				type: "bar",
				// Names on up to three short lines (axis-label.ts): chart.js clips a long single-line label at the canvas edge.
				// Every bar is named (autoSkip off): the height above leaves room for each label.
				data: { labels, datasets },
				options: { ...baseOptions(colors), indexAxis: "y", scales: { x: percentScale(colors), y: { ...categoryScale(colors), ticks: { color: colors.text, autoSkip: false } } } },
			},
			ctx.charts,
		);
	});
	renderDriftTable(el, data, portfolio, lastLabel, ctx);
}

/** The chart's values for every active stream (the long tail on request), drift beyond the threshold marked. */
function renderDriftTable(el: HTMLElement, data: AllocationData, portfolio: Portfolio, lastLabel: string | null, ctx: SectionContext): void {
	const limit = ctx.settings.thresholds.driftPoints;
	const headers = ["Stream", "Now", "Target", "Drift"];
	if (lastLabel) headers.push(lastLabel);
	renderTable(el, {
		id: `allocation:${data.metric}`,
		caption: `${TITLES[data.metric]} share: now, target and drift in points`,
		headers,
		rows: data.rows,
		cells: (row): Cell[] => {
			const cells: Cell[] = [
				nameCell(row, portfolio, ctx),
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
		},
		limit: TABLE_LIMIT,
		rest: {
			label: (hidden) => {
				const drifting = hidden.filter((r) => driftClass(r.drift, limit) !== null).length;
				return `${hidden.length} more streams${drifting > 0 ? `, ${drifting} of them drifting more than ${limit} pts` : ""}`;
			},
			cells: (hidden) => {
				const sum = otherRow(hidden);
				const cells: Cell[] = [formatPercent(sum.now), formatPercent(sum.target), ""];
				if (lastLabel) cells.push(formatPercent(sum.last));
				return cells;
			},
		},
	});
}

/** The stream's name as a link, after a swatch of its colour (the one it has in every chart). */
function nameCell(row: AllocationRow, portfolio: Portfolio, ctx: SectionContext): Cell {
	const path = row.path;
	if (path === null) return row.name;
	return (td) => {
		td.addClass("pj-stream-cell");
		renderSwatch(td, streamColor(ctx.colors, portfolio.streams, path));
		renderNoteLink(td, row.name, path, ctx);
	};
}

/** The class marking drift beyond the threshold, in either direction. */
export function driftClass(drift: number | null, limit: number): string | null {
	if (drift === null || Math.abs(drift) <= limit) return null;
	return drift > 0 ? "pj-drift-over" : "pj-drift-under";
}
