// A stream's name as the allocation charts' axis shows it: on at most three lines, each narrow
// enough for the axis of a 320 px sidebar's canvas (chart.js gives the axis at most half the canvas,
// and draws a wider label past the canvas's left edge). Lines are measured in the font chart.js
// draws ticks in where a canvas can measure, and counted in characters elsewhere.
import { fitAxisLabel } from "./wrap-name";

// chart.js 4's default tick font (Chart.defaults.font: 12 px, this family); the plugin keeps it.
const TICK_FONT = "12px 'Helvetica Neue', 'Helvetica', 'Arial', sans-serif";
// Widest line: within half of a 320 px sidebar's canvas (about 260 px), less the tick and its padding.
const LINE_PX = 120;
// Characters a line holds where nothing can measure: about 115 px of mixed text at 12 px.
const LINE_CHARS = 18;
// Lines of a name on the axis: three name most streams whole; a longer name ends in "…".
const AXIS_LINES = 3;

let measure: ((text: string) => number) | null | undefined;

/** Measures text in the tick font; null where no canvas is at hand (the tests' DOM). */
function textWidth(): ((text: string) => number) | null {
	if (measure !== undefined) return measure;
	const ctx = typeof OffscreenCanvas === "undefined" ? null : new OffscreenCanvas(1, 1).getContext("2d");
	if (!ctx) return (measure = null);
	ctx.font = TICK_FONT;
	return (measure = (text) => ctx.measureText(text).width);
}

/** The lines of `name` on the axis: each at most LINE_PX wide as drawn, at most AXIS_LINES of them. */
export function axisLabel(name: string): string[] {
	const width = textWidth();
	return fitAxisLabel(name, width === null ? (line) => line.length <= LINE_CHARS : (line) => width(line) <= LINE_PX, AXIS_LINES);
}
