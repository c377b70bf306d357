// Forecast: income per reviewed quarter (absolute, not shares) with a dashed straight-line
// continuation over the next 4 quarters, in total and per active stream.
import { formatAmount } from "../../core/format";
import { formatForecast } from "../../core/measure-format";
import type { Portfolio } from "../../core/types";
import { baseOptions, categoryScale } from "./chart-options";
import { renderChartLegend } from "./chart-legend";
import { createChartCanvas, drawChart } from "./chart-setup";
import { renderDisclosure, renderTable } from "./data-table";
import type { SectionContext } from "./section-context";
import { renderEmpty, sectionFrame } from "./section-frame";
import { streamColor } from "./theme-colors";

/** One line of the chart: recorded incomes, then the forecast (null where a line has no point). */
export interface ForecastLine {
	name: string;
	path: string | null;
	recorded: (number | null)[];
	forecast: (number | null)[];
}

/** The chart's quarters (reviewed, then forecast) and its lines: the total first, then each active stream with a forecast. */
export function forecastLines(portfolio: Portfolio): { quarters: string[]; firstForecast: number; lines: ForecastLine[] } {
	const m = portfolio.measures;
	const reviewed = m.total.quarters.map((q) => q.quarter);
	const ahead = m.total.forecast.next.map((n) => n.quarter);
	const quarters = [...reviewed, ...ahead];
	const at = (list: readonly { quarter: string; income: number | null }[]) => quarters.map((q) => list.find((p) => p.quarter === q)?.income ?? null);
	// The dashed line starts at the last recorded point, so it reads as the solid line's continuation.
	const join = (recorded: (number | null)[], next: readonly { quarter: string; income: number }[]) => {
		const forecast = at(next);
		const last = reviewed.length - 1;
		if (next.length > 0 && last >= 0) forecast[last] = recorded[last] ?? null;
		return forecast;
	};
	const total = at(m.total.quarters);
	const lines: ForecastLine[] = [{ name: "All streams", path: null, recorded: total, forecast: join(total, m.total.forecast.next) }];
	const active = new Set(portfolio.streams.filter((s) => s.status === "active").map((s) => s.path));
	for (const s of m.streams) {
		if (!active.has(s.path) || s.forecast.reason !== null) continue;
		const recorded = at(s.quarters);
		lines.push({ name: s.name, path: s.path, recorded, forecast: join(recorded, s.forecast.next) });
	}
	return { quarters, firstForecast: reviewed.length, lines };
}

/** Renders the line chart with its legend, and a table of the forecast figures. */
export function renderForecast(el: HTMLElement, portfolio: Portfolio, ctx: SectionContext): void {
	sectionFrame(el, "forecast", "Income and forecast", "Income per reviewed quarter, and where a straight line through the last 8 quarters points for the next 4 (dashed).");
	const m = portfolio.measures;
	if (m.total.forecast.reason !== null) {
		renderEmpty(el, `Not enough reviews for a forecast: ${m.total.quarters.length} of 4 quarters reviewed.`);
		return;
	}
	const { quarters, lines } = forecastLines(portfolio);
	const colorOf = (line: ForecastLine) => (line.path === null ? ctx.colors.text : streamColor(ctx.colors, portfolio.streams, line.path));
	renderChartLegend(el, lines.map((line) => ({ label: line.name, color: colorOf(line) })), "Legend of the forecast chart");
	const canvas = createChartCanvas(el, `Income per quarter over ${quarters.length} quarters, the last 4 a dashed forecast. The table below lists the forecast.`);
	const currency = ctx.settings.currency;
	ctx.drawLater(() => {
		drawChart(
			canvas,
			{
				type: "line",
				data: {
					labels: quarters,
					datasets: lines.flatMap((line) => {
						const color = colorOf(line);
						const width = line.path === null ? 3 : 2;
						return [
							{ label: line.name, data: line.recorded, borderColor: color, backgroundColor: color, borderWidth: width, pointRadius: 2, spanGaps: true },
							{ label: `${line.name}, forecast`, data: line.forecast, borderColor: color, backgroundColor: color, borderWidth: width, borderDash: [6, 4], pointRadius: 0, spanGaps: true },
						];
					}),
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
	renderDisclosure(el, "Show forecast", (body) => {
		renderTable(body, {
			caption: "Forecast income of the next 4 quarters",
			headers: ["Stream", "Forecast", "Change a quarter"],
			rows: [{ name: "All streams", forecast: m.total.forecast }, ...m.streams.filter((s) => lines.some((l) => l.path === s.path))],
			cells: (row) => [row.name, formatForecast(row.forecast, currency), formatAmount(row.forecast.slopePerQuarter, currency)],
		});
	});
}
