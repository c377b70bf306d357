// One small bar chart as SVG shapes (no chart library, no text inside): recorded figures as solid
// bars in a colour, a target as a dashed line, and a forecast as dashed-outline bars after them.
// Shared by the absolute trends' small multiples and the forecast section's total.

/** The viewBox of every small chart; CSS stretches it to the box (preserveAspectRatio none). */
export const MULTIPLE_WIDTH = 120;
export const MULTIPLE_HEIGHT = 40;

/** What one chart draws: recorded slots first, then forecast slots. */
export interface MultipleBars {
	/** One per recorded quarter, oldest first; null or <= 0 draws no bar. */
	values: readonly (number | null)[];
	/** Per recorded quarter, a dashed step line; null where there is none. */
	targets: readonly (number | null)[];
	/** Forecast slots after the recorded ones, kept empty when this chart has no forecast so a grid of charts lines up. */
	forecastSlots: number;
	/** One per forecast slot (fewer or none when there is no forecast). */
	forecast: readonly number[];
	color: string;
	/** What a screen reader hears for the picture. */
	label: string;
	/** The figure at the top of the chart; the charts of one grid share it so their heights compare. */
	scaleMax?: number;
}

/** One bar's box in viewBox units. */
export interface BarBox {
	x: number;
	y: number;
	width: number;
	height: number;
}

// A forecast bar is never flatter than this, so a forecast of 0 still shows as a dashed stub.
const MIN_FORECAST_HEIGHT = 1;

/** Where a chart's shapes go, in viewBox units. */
export interface MultipleLayout {
	/** Each recorded bar (null where none is drawn), then each forecast bar. */
	recorded: (BarBox | null)[];
	forecast: BarBox[];
	/** The target's dashed step line: x,y pairs, one step per quarter with a target. */
	targetPoints: string[];
	/** x where the forecast slots begin. */
	forecastStart: number;
}

/**
 * Slot i of n spans W/n and its bar the middle 70%; heights scale to `scaleMax` or the chart's own
 * largest figure (recorded, target or forecast; 1 at least) over H - 2, from the bottom.
 */
export function layoutMultiple(bars: Omit<MultipleBars, "color" | "label">): MultipleLayout {
	const step = MULTIPLE_WIDTH / Math.max(1, bars.values.length + bars.forecastSlots);
	const max = Math.max(1, bars.scaleMax ?? 0, scaleTop([bars]));
	const top = (value: number): number => MULTIPLE_HEIGHT - (value / max) * (MULTIPLE_HEIGHT - 2);
	const box = (slot: number, value: number, min: number): BarBox => {
		const height = Math.max(min, MULTIPLE_HEIGHT - top(value));
		return { x: slot * step + step * 0.15, y: MULTIPLE_HEIGHT - height, width: step * 0.7, height };
	};
	return {
		recorded: bars.values.map((v, i) => (v === null || v <= 0 ? null : box(i, v, 0))),
		forecast: bars.forecast.map((v, i) => box(bars.values.length + i, v, MIN_FORECAST_HEIGHT)),
		targetPoints: bars.targets.flatMap((t, i) => (t === null ? [] : [`${i * step},${top(t)}`, `${(i + 1) * step},${top(t)}`])),
		forecastStart: bars.values.length * step,
	};
}

/** The largest figure (recorded, target or forecast) of some charts, 0 when none: the top of a scale they share. */
export function scaleTop(charts: readonly Pick<MultipleBars, "values" | "targets" | "forecast">[]): number {
	return Math.max(0, ...charts.flatMap((c) => [...c.values.map((v) => v ?? 0), ...c.targets.map((t) => t ?? 0), ...c.forecast]));
}

/** Draws the chart into `parent` and returns the svg. */
export function drawMultiple(parent: HTMLElement, bars: MultipleBars, cls: string | string[]): SVGSVGElement {
	const svg = parent.createSvg("svg", { cls, attr: { viewBox: `0 0 ${MULTIPLE_WIDTH} ${MULTIPLE_HEIGHT}`, preserveAspectRatio: "none", role: "img", "aria-label": bars.label } });
	const layout = layoutMultiple(bars);
	for (const box of layout.recorded) if (box) svg.createSvg("rect", { cls: "pj-multiple-bar", attr: { ...box, fill: bars.color } });
	if (layout.targetPoints.length > 0) svg.createSvg("polyline", { cls: "pj-multiple-target", attr: { points: layout.targetPoints.join(" ") } });
	if (layout.forecast.length > 0) {
		// Where the record ends and the forecast begins: a faint upright line.
		svg.createSvg("line", { cls: "pj-forecast-start", attr: { x1: layout.forecastStart, x2: layout.forecastStart, y1: 0, y2: MULTIPLE_HEIGHT } });
	}
	// The dash is an attribute, not only CSS, so the shape is dashed wherever the svg is shown.
	for (const box of layout.forecast) svg.createSvg("rect", { cls: "pj-forecast-bar", attr: { ...box, fill: bars.color, "fill-opacity": 0.15, stroke: bars.color, "stroke-dasharray": "3 2" } });
	return svg;
}
