// Trends: how time and income shares moved across reviewed quarters.
import { formatPercent } from "../../core/format";
import type { Portfolio } from "../../core/types";
import type { Metric } from "./allocation-data";
import { baseOptions, categoryScale, percentScale } from "./chart-options";
import { createChartCanvas, drawChart } from "./chart-setup";
import { renderTable } from "./data-table";
import { nameLookup } from "./note-link";
import type { DashboardContext } from "./render-dashboard";
import { renderEmpty, sectionFrame } from "./section-frame";
import { readThemeColors, streamColor } from "./theme-colors";
import { trendData, type TrendData } from "./trends-data";

const TITLES: Record<Metric, string> = { time: "Time share", income: "Income share" };

/** Renders one line chart per share, each with a hidden table of its values. */
export function renderTrends(el: HTMLElement, portfolio: Portfolio, ctx: DashboardContext): void {
	sectionFrame(el, "trends", "Trends", "Shares recorded in quarterly reviews, oldest on the left.");
	if (portfolio.reviews.length === 0) {
		renderEmpty(el, "No quarterly reviews yet. Create one with the quarterly review command to start the history.");
		return;
	}
	if (portfolio.reviews.length === 1) {
		el.createEl("p", { text: "Only one review so far: trends appear as the next quarters are reviewed.", cls: "pj-hint" });
	}
	const name = nameLookup(portfolio);
	const grid = el.createDiv({ cls: "pj-trends-grid" });
	for (const metric of ["time", "income"] as const) {
		renderMetric(grid.createDiv({ cls: ["pj-trend", `pj-trend-${metric}`] }), trendData(portfolio, metric, undefined, name), portfolio, ctx);
	}
}

function renderMetric(el: HTMLElement, data: TrendData, portfolio: Portfolio, ctx: DashboardContext): void {
	const title = TITLES[data.metric];
	el.createEl("h4", { text: title, cls: "pj-subtitle" });
	if (data.droppedQuarters > 0) el.createEl("p", { text: `Last ${data.quarters.length} quarters shown; ${data.droppedQuarters} older ones left out.`, cls: "pj-hint" });
	const canvas = createChartCanvas(el, `${title} per stream over ${data.quarters.length} reviewed quarters. A table of the values follows.`);
	const colors = readThemeColors(el);
	drawChart(
		canvas,
		{
			type: "line",
			data: {
				labels: data.quarters,
				datasets: data.series.map((s) => {
					const color = s.path === null ? colors.other : streamColor(colors, portfolio.streams, s.path);
					return { label: s.name, data: s.values, borderColor: color, backgroundColor: color, pointRadius: 3, spanGaps: true, borderDash: s.path === null ? [4, 3] : [] };
				}),
			},
			options: { ...baseOptions(colors), scales: { x: categoryScale(colors), y: percentScale(colors) } },
		},
		ctx.charts,
	);
	renderTable(el, {
		caption: `${title} per quarter`,
		headers: ["Stream", ...data.quarters],
		rows: data.series.map((s) => [s.name, ...s.values.map((v) => formatPercent(v))]),
		hidden: true,
	});
}
