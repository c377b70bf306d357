// Forecast: income per reviewed quarter (absolute, not shares) and its straight-line continuation
// over the next 4 quarters: the total drawn, every active stream's in the table.
import { formatAmount } from "../../core/format";
import { formatForecast } from "../../core/measure-format";
import type { Portfolio } from "../../core/types";
import { baseOptions, categoryScale } from "./chart-options";
import { renderChartLegend } from "./chart-legend";
import { createChartCanvas, drawChart } from "./chart-setup";
import { renderDisclosure, renderTable } from "./data-table";
import type { SectionContext } from "./section-context";
import { renderEmpty, sectionFrame } from "./section-frame";
import { withAlpha } from "./theme-colors";

/** The chart's quarters (reviewed, then forecast) and the total's bars: recorded, then forecast (null where a bar has none). */
export function forecastBars(portfolio: Portfolio): { quarters: string[]; recorded: (number | null)[]; forecast: (number | null)[] } {
	const total = portfolio.measures.total;
	const recorded = total.quarters.map((q) => q.income);
	const next = total.forecast.next.map((n) => n.income);
	return {
		quarters: [...total.quarters.map((q) => q.quarter), ...total.forecast.next.map((n) => n.quarter)],
		recorded: [...recorded, ...next.map(() => null)],
		forecast: [...recorded.map(() => null), ...next],
	};
}

/**
 * Renders the chart of total income per quarter, recorded quarters solid and the 4 forecast ones
 * outlined (bars, not a dashed line: chart.js's line chart would add 15 KiB to the plugin), with its
 * legend, and a table of every forecast.
 */
export function renderForecast(el: HTMLElement, portfolio: Portfolio, ctx: SectionContext): void {
	sectionFrame(el, "forecast", "Income and forecast", "Income per reviewed quarter, and where a straight line through the last 8 quarters points for the next 4 (outlined).");
	const m = portfolio.measures;
	if (m.total.forecast.reason !== null) {
		renderEmpty(el, `Not enough reviews for a forecast: ${m.total.quarters.length} of 4 quarters reviewed.`);
		return;
	}
	const { quarters, recorded, forecast } = forecastBars(portfolio);
	const solid = ctx.colors.text;
	const faint = withAlpha(ctx.colors.muted, 0.15);
	renderChartLegend(
		el,
		[
			{ label: "Income recorded", color: solid },
			{ label: "Forecast", color: faint, border: ctx.colors.muted },
		],
		"Legend of the forecast chart",
	);
	const canvas = createChartCanvas(el, `Income of all streams per quarter over ${quarters.length} quarters, the last 4 an outlined forecast. The table below lists the forecast of each stream.`);
	const currency = ctx.settings.currency;
	ctx.drawLater(() => {
		drawChart(
			canvas,
			{
				type: "bar",
				data: {
					labels: quarters,
					datasets: [
						{ label: "Income recorded", data: recorded, backgroundColor: solid, borderWidth: 0, grouped: false },
						{ label: "Forecast", data: forecast, backgroundColor: faint, borderColor: ctx.colors.muted, borderWidth: 1, grouped: false },
					],
				},
				options: {
					...baseOptions(ctx.colors),
					scales: {
						x: categoryScale(ctx.colors),
						y: { type: "linear" as const, beginAtZero: true, ticks: { color: ctx.colors.muted, callback: (value: string | number) => formatAmount(Number(value), currency) }, grid: { color: ctx.colors.grid } },
					},
				},
			},
			ctx.charts,
		);
	});
	const active = new Set(portfolio.streams.filter((s) => s.status === "active").map((s) => s.path));
	renderDisclosure(el, "Show forecast", (body) => {
		renderTable(body, {
			caption: "Forecast income of the next 4 quarters",
			headers: ["Stream", "Forecast", "Change a quarter"],
			rows: [{ name: "All streams", forecast: m.total.forecast }, ...m.streams.filter((s) => active.has(s.path) && s.forecast.reason === null)],
			cells: (row) => [row.name, formatForecast(row.forecast, currency), formatAmount(row.forecast.slopePerQuarter, currency)],
		});
	});
}
