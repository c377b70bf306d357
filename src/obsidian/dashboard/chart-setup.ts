// chart.js is evaluated on the first draw, not when the plugin loads: it is half of main.js and most
// of the time Obsidian spends evaluating it. esbuild cannot split a CommonJS bundle into files, but a
// dynamic import() of a bundled module becomes a function that evaluates the module on first call
// (no second file, no eval). Only the pieces the dashboard draws are registered: every chart is a bar
// chart; legends are DOM lists (chart-legend.ts) and values are in tables, so neither chart.js's
// Legend nor its Tooltip is bundled.
import type { Chart, ChartConfiguration, ChartType, DefaultDataPoint } from "chart.js";
import type { ChartRegistry } from "./chart-registry";

type ChartJs = typeof import("./chart-library");

let chartJs: ChartJs | null = null;
let loading: Promise<ChartJs> | null = null;

/** Evaluates chart.js (once) and registers the parts the dashboard draws; resolves when it is ready. */
export function loadChartJs(): Promise<ChartJs> {
	loading ??= import("./chart-library").then((lib) => {
		lib.Chart.register(lib.BarController, lib.BarElement, lib.CategoryScale, lib.LinearScale);
		chartJs = lib;
		return lib;
	});
	return loading;
}

/** Whether chart.js is evaluated already (charts can then be drawn in the current task). */
export function isChartJsLoaded(): boolean {
	return chartJs !== null;
}

/** A canvas inside a sized box (the box's CSS gives the chart its height), labelled for screen readers. */
export function createChartCanvas(parent: HTMLElement, label: string, sizeClass = "pj-chart-m"): HTMLCanvasElement {
	const box = parent.createDiv({ cls: ["pj-chart", sizeClass] });
	return box.createEl("canvas", { attr: { role: "img", "aria-label": label } });
}

/**
 * Draws a chart on `canvas` and tracks it. When the registry holds a chart of the last draw, that
 * chart moves into the new canvas's place and is updated in place (its canvas, observers and size
 * kept; chart.update() rather than a new Chart). Call it from a section's drawLater (chart.js is
 * loaded by then). Returns null where the canvas has no 2D context (tests, a closing window).
 */
export function drawChart<T extends ChartType, D = DefaultDataPoint<T>>(
	canvas: HTMLCanvasElement,
	config: ChartConfiguration<T, D>,
	registry: ChartRegistry,
): Chart<T, D> | null {
	const previous = registry.reuse();
	if (previous && updateInPlace(previous, canvas, config as unknown as ChartConfiguration)) {
		registry.track(previous);
		return previous as unknown as Chart<T, D>;
	}
	previous?.destroy();
	let context: CanvasRenderingContext2D | null = null;
	try {
		context = canvas.getContext("2d");
	} catch {
		context = null;
	}
	if (!context) return null;
	if (!chartJs) throw new Error("drawChart runs in drawLater, once chart.js is loaded");
	const chart = new chartJs.Chart<T, D>(context, config);
	registry.track(chart as unknown as Chart);
	return chart;
}

// Puts the old chart's box where the new one was built, with the new box's size class and label.
function updateInPlace(chart: Chart, canvas: HTMLCanvasElement, config: ChartConfiguration): boolean {
	const oldBox = chart.canvas?.parentElement;
	const newBox = canvas.parentElement;
	if (!oldBox || !newBox || (chart.config as { type?: string }).type !== config.type) return false;
	oldBox.className = newBox.className;
	for (const name of ["role", "aria-label"]) {
		const value = canvas.getAttribute(name);
		if (value !== null) chart.canvas.setAttribute(name, value);
	}
	newBox.replaceWith(oldBox);
	chart.data = config.data;
	chart.options = config.options ?? {};
	chart.update("none");
	return true;
}
