// Trends: how time and income were shared out in each reviewed quarter, as 100% stacked bars.
import { formatPercent } from "../../core/format";
import { quarterLabel } from "../../core/quarter-label";
import type { Portfolio } from "../../core/types";
import { COMMAND_NAMES } from "../command-names";
import { renderAbsoluteTrends } from "./absolute-trends-section";
import type { Metric } from "./allocation-data";
import { baseOptions, categoryScale, percentScale } from "./chart-options";
import { renderChartLegend } from "./chart-legend";
import { createChartCanvas, drawChart } from "./chart-setup";
import { renderDisclosure, renderTable } from "./data-table";
import { nameLookup } from "./note-link";
import type { SectionContext } from "./section-context";
import { renderEmpty, sectionFrame } from "./section-frame";
import { streamColor, type ThemeColors } from "./theme-colors";
import { percentStack, trendData, type TrendData, type TrendSeries } from "./trends-data";

const TITLES: Record<Metric, string> = { time: "Time share", income: "Income share" };

/** Renders one stacked bar chart per share, each with its legend and a table of its values. */
export function renderTrends(el: HTMLElement, portfolio: Portfolio, ctx: SectionContext): void {
	sectionFrame(el, "trends", "Trends", "How each reviewed quarter was shared out, oldest on the left.");
	if (portfolio.reviews.length === 0) {
		renderEmpty(el, `No quarterly reviews yet. Create one with the "${COMMAND_NAMES["create-quarterly-review"]}" command to start the history.`);
		return;
	}
	if (portfolio.reviews.length === 1) {
		el.createEl("p", { text: "Only one review so far: trends appear as the next quarters are reviewed.", cls: "pj-hint" });
	}
	const name = nameLookup(portfolio);
	const grid = el.createDiv({ cls: "pj-trends-grid" });
	for (const metric of ["time", "income"] as const) {
		renderMetric(grid.createDiv({ cls: ["pj-trend", `pj-trend-${metric}`] }), trendData(portfolio, metric, undefined, name, (q) => quarterLabel(q, ctx.settings.fiscalYearStartMonth)), portfolio, ctx);
	}
	renderAbsoluteTrends(el, portfolio, ctx);
}

/** The colour of each series: the stream's own colour (as in every chart), grey for "Other". */
export function seriesColors(series: readonly TrendSeries[], portfolio: Portfolio, colors: ThemeColors): string[] {
	return series.map((s) => (s.path === null ? colors.other : streamColor(colors, portfolio.streams, s.path)));
}

function renderMetric(el: HTMLElement, data: TrendData, portfolio: Portfolio, ctx: SectionContext): void {
	const title = TITLES[data.metric];
	el.createEl("h4", { text: title, cls: "pj-subtitle" });
	if (data.droppedQuarters > 0) el.createEl("p", { text: `Last ${data.quarters.length} quarters shown; ${data.droppedQuarters} older ones left out.`, cls: "pj-hint" });
	const canvas = createChartCanvas(el, `${title} of each stream over ${data.quarters.length} quarters, one bar per quarter (empty where a quarter has no review or only a draft). The legend follows; show values lists the figures.`, ctx.charts);
	const colors = seriesColors(data.series, portfolio, ctx.colors);
	// A stream at 0% in every quarter has no segment to point at: it stays in the table only.
	const drawn = data.series.map((s, i) => ({ series: s, color: colors[i] ?? ctx.colors.accent })).filter(({ series }) => series.values.some((v) => (v ?? 0) > 0));
	renderChartLegend(
		el,
		drawn.map(({ series, color }) => ({ label: series.name, color, path: series.path ?? undefined })),
		`Legend of the ${title.toLowerCase()} chart`,
	);
	ctx.drawLater(() => {
		const stacked = percentStack(drawn.map(({ series }) => series), data.quarters.length);
		drawChart(
			canvas,
			{
				type: "bar",
				data: {
					labels: data.labels,
					datasets: drawn.map(({ series, color }, i) => ({ label: series.name, data: stacked[i] ?? [], backgroundColor: color, borderWidth: 0 })),
				},
				options: { ...baseOptions(ctx.colors), scales: { x: categoryScale(ctx.colors, true), y: percentScale(ctx.colors, true) } },
			},
			ctx.charts,
		);
	});
	renderDisclosure(el, `share-values:${data.metric}`, "Show values", (body) => {
		renderTable(body, {
			id: `share-values:${data.metric}`,
			caption: `${title} per quarter, as recorded in the reviews`,
			headers: ["Stream", ...data.labels],
			rows: data.series,
			cells: (s) => [s.name, ...s.values.map((v) => formatPercent(v))],
		});
	});
}
