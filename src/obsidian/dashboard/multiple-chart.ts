// One small income (or hours) chart with its words: the SVG shapes (multiple-svg.ts), the latest
// figure and target in a caption, and the forecast's last quarter, or why there is none, in words.
import { FORECAST_QUARTERS } from "../../core/forecast";
import { LOOKBACK_QUARTERS, MIN_QUARTERS } from "../../core/volatility";
import type { RowForecast } from "./income-forecast-data";
import { drawMultiple } from "./multiple-svg";

/** The axis and words a chart shares with its grid. */
export interface MultipleAxis {
	/** Recorded quarters, oldest first. */
	quarters: readonly string[];
	/** Forecast quarters after them (none for hours, or when nothing can be forecast). */
	ahead: readonly string[];
	format: (n: number | null) => string;
	label: (quarter: string) => string;
	/** The figure at the top of every chart of the grid (scaleTop), so their heights compare. */
	scaleMax: number;
}

/** One chart: its name (for screen readers), figures, target, colour and forecast. */
export interface MultipleRow {
	name: string;
	values: readonly (number | null)[];
	targets: readonly (number | null)[];
	color: string;
	forecast: RowForecast;
}

/**
 * Draws one small chart and its words under `li`: the latest figure and target, then the forecast's
 * last quarter (dashed) or why there is none.
 */
export function renderMultipleChart(li: HTMLElement, row: MultipleRow, axis: MultipleAxis, cls: string | string[] = "pj-multiple-chart"): void {
	const last = row.values.at(-1) ?? null;
	const target = row.targets.at(-1) ?? null;
	const summary = `${axis.format(last)} in ${axis.label(axis.quarters.at(-1) ?? "")}${target === null ? "" : `, target ${axis.format(target)}`}`;
	const forecast = row.forecast;
	const end = axis.ahead.at(-1);
	const ahead = forecast.reason === null && forecast.values.length > 0 && end !== undefined ? `Forecast, dashed: ${axis.format(forecast.values.at(-1) ?? null)} in ${axis.label(end)}` : null;
	const why = forecast.reason === null ? null : `No forecast: ${forecast.reason}`;
	drawMultiple(li, { values: row.values, targets: row.targets, forecastSlots: axis.ahead.length, forecast: forecast.values, color: row.color, scaleMax: axis.scaleMax, label: [`${row.name}: ${summary}`, ahead ?? why].filter((s) => s !== null).join(". ") }, cls);
	// The quarters at both ends of the x axis: where the record starts and where the chart ends.
	const ends = li.createDiv({ cls: "pj-multiple-axis" });
	ends.createSpan({ text: axis.label(axis.quarters[0] ?? "") });
	ends.createSpan({ text: axis.label(axis.ahead.at(-1) ?? axis.quarters.at(-1) ?? "") });
	li.createDiv({ text: summary, cls: "pj-multiple-caption" });
	if (ahead !== null) li.createDiv({ text: ahead, cls: ["pj-multiple-caption", "pj-multiple-forecast"] });
	if (why !== null) li.createDiv({ text: why, cls: ["pj-multiple-caption", "pj-multiple-no-forecast"] });
}

/** The words that give the charts' scale: its top figure, shared by every chart of a grid (`shared`) or one chart's own. */
export function renderScaleKey(parent: HTMLElement, top: string, shared: boolean): void {
	const text = shared ? `Every chart has the same scale: from 0 at the bottom to ${top} at the top.` : `From 0 at the bottom to ${top} at the top.`;
	parent.createEl("p", { text, cls: ["pj-hint", "pj-multiple-scale"] });
}

/** The words that say what the dashed outlines are, beside a dashed sample; drawn where a forecast is. */
export function renderForecastKey(parent: HTMLElement): void {
	const key = parent.createEl("p", { cls: ["pj-hint", "pj-forecast-key"] });
	key.createSpan({ cls: "pj-forecast-sample", attr: { "aria-hidden": "true" } });
	key.createSpan({ text: `Dashed outline: the forecast of the next ${FORECAST_QUARTERS} quarters, a straight line through the last ${LOOKBACK_QUARTERS} reviewed quarters (${MIN_QUARTERS} at least).` });
}
