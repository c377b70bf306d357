// chart.js is tree-shaken: only the pieces the dashboard draws are registered, once. Every chart is
// a bar chart; legends are DOM lists (chart-legend.ts) and values are in tables, so neither
// chart.js's Legend nor its Tooltip is bundled.
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	LinearScale,
	type ChartConfiguration,
	type ChartType,
	type DefaultDataPoint,
} from "chart.js";
import type { ChartRegistry } from "./chart-registry";

let registered = false;

function ensureRegistered(): void {
	if (registered) return;
	Chart.register(BarController, BarElement, CategoryScale, LinearScale);
	registered = true;
}

/** A canvas inside a sized box (the box's CSS gives the chart its height), labelled for screen readers. */
export function createChartCanvas(parent: HTMLElement, label: string, sizeClass = "pj-chart-m"): HTMLCanvasElement {
	const box = parent.createDiv({ cls: ["pj-chart", sizeClass] });
	return box.createEl("canvas", { attr: { role: "img", "aria-label": label } });
}

/**
 * Draws a chart and tracks it; returns null where the canvas has no 2D context (tests, a closing
 * window) so a dashboard still renders its text alternative instead of throwing.
 */
export function drawChart<T extends ChartType, D = DefaultDataPoint<T>>(
	canvas: HTMLCanvasElement,
	config: ChartConfiguration<T, D>,
	registry: ChartRegistry,
): Chart<T, D> | null {
	ensureRegistered();
	let context: CanvasRenderingContext2D | null = null;
	try {
		context = canvas.getContext("2d");
	} catch {
		context = null;
	}
	if (!context) return null;
	const chart = new Chart<T, D>(context, config);
	registry.track(chart as unknown as Chart);
	return chart;
}
