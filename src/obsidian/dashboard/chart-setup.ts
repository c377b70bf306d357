// chart.js is evaluated on the first draw, not when the plugin loads: it is half of main.js and most
// of the time Obsidian spends evaluating it. esbuild cannot split a CommonJS bundle into files, but a
// dynamic import() of a bundled module becomes a function that evaluates the module on first call
// (no second file, no eval). Only the pieces the dashboard draws are registered: every chart is a bar
// chart; legends are DOM lists (chart-legend.ts) and values are in tables, so neither chart.js's
// Legend nor its Tooltip is bundled.
import type { Chart, ChartConfiguration, ChartType, DefaultDataPoint } from "chart.js";
import { dequal } from "dequal/lite";
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

/**
 * A canvas inside a sized box (the box's CSS gives the chart its height), labelled for screen readers.
 * In a redraw, the box of the next chart of the last draw is moved here instead of a new one: its
 * canvas never leaves the page (a canvas out of the page for a frame is resized to nothing and back:
 * two full chart updates) and shows its last drawing until drawChart updates it, in a later task.
 */
export function createChartCanvas(parent: HTMLElement, label: string, registry: ChartRegistry, sizeClass = "pj-chart-m"): HTMLCanvasElement {
	const previous = registry.claim();
	const box = previous?.canvas?.parentElement;
	if (!previous || !box) return parent.createDiv({ cls: ["pj-chart", sizeClass] }).createEl("canvas", { attr: { role: "img", "aria-label": label } });
	// As a new box would be: the size class of this draw and no height set by the last one.
	box.className = `pj-chart ${sizeClass}`;
	box.removeAttribute("style");
	previous.canvas.setAttribute("aria-label", label);
	parent.appendChild(box);
	return previous.canvas;
}

/**
 * Draws a chart on `canvas` and tracks it. On a canvas createChartCanvas took from the last draw, the
 * chart there is updated in place (its canvas, observers and size kept; chart.update() rather than a
 * new Chart). Call it from a section's drawLater (chart.js is loaded by then). Returns null where the
 * canvas has no 2D context (tests, a closing window).
 */
export function drawChart<T extends ChartType, D = DefaultDataPoint<T>>(
	canvas: HTMLCanvasElement,
	config: ChartConfiguration<T, D>,
	registry: ChartRegistry,
): Chart<T, D> | null {
	const previous = chartJs?.Chart.getChart(canvas);
	if (previous && (previous.config as { type?: string }).type === config.type) {
		updateInPlace(previous, config as unknown as ChartConfiguration);
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
	const chart = new chartJs.Chart<T, D>(context, { ...config, options: { ...config.options } as ChartConfiguration<T, D>["options"] });
	drawnWith.set(chart as unknown as Chart, config as unknown as ChartConfiguration);
	if (previous) registry.replace(previous, chart as unknown as Chart);
	else registry.track(chart as unknown as Chart);
	return chart;
}

// The configuration each chart was last drawn with, as the section gave it. chart.js is handed a
// copy of the options' top level, which it rewrites (its `scales` and `plugins`), so these stay as given.
const drawnWith = new WeakMap<Chart, ChartConfiguration>();

/**
 * Updates a chart to `config`, doing only what changed: nothing when the figures and options are
 * those it shows (a section redraws when anything it read changed, often not a given chart's
 * figures); new options only when they differ, since they make chart.js resolve every option again.
 */
function updateInPlace(chart: Chart, config: ChartConfiguration): void {
	const last = drawnWith.get(chart);
	const sameData = last !== undefined && dequal(last.data, config.data);
	const sameOptions = last !== undefined && dequal(last.options, config.options);
	drawnWith.set(chart, config);
	if (sameData && sameOptions) return;
	if (!sameData) chart.data = config.data;
	if (!sameOptions) chart.options = { ...config.options };
	// "none": no animation, and no resize (the canvas kept its size).
	chart.update("none");
}
