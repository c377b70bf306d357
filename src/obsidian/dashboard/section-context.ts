// One render's shared state. chart.js reads computed styles and layout when it builds or updates a
// chart, so a chart drawn between two sections forces the browser to restyle what was built so far;
// sections therefore queue their charts. An update draws a section's charts after the section, each
// in a task of its own after a frame; the first render (chart.js still loading) draws them all later.
import type { Steps } from "../../core/steps";
import { nextTask, runStepsInSlices } from "../time-slices";
import { isChartJsLoaded, loadChartJs } from "./chart-setup";
import type { DashboardContext } from "./render-dashboard";
import { readThemeColors, type ThemeColors } from "./theme-colors";

/** What a section draws with: the host's context, the theme colours, and a queue for its charts. */
export interface SectionContext extends DashboardContext {
	/** The theme colours, read once per render (one getComputedStyle, not one per chart). */
	readonly colors: ThemeColors;
	/** Queues a chart (or anything that reads layout) to draw after every section's DOM is built. */
	drawLater(draw: () => void): void;
}

/** The queued charts of one render being drawn. */
export interface ChartFlush {
	/** Settles once every queued chart is drawn (or dropped by `finishNow`). */
	readonly done: Promise<void>;
	/** Draws what is still queued at once (a newer render is about to replace these sections); drops it while chart.js is still loading. */
	finishNow(): void;
}

// A chart counts this many units of work: the clock is looked at after each one.
const CHART_UNITS = 32;

/**
 * A section context for one render into `el`; `drawNow` draws what its sections queued so far, in
 * this task, once chart.js is evaluated (false while it is not); `drawNext` draws the first of them
 * (false when none is left or chart.js is not evaluated); `flush` draws the rest later (null: nothing left).
 */
export function beginRender(el: HTMLElement, ctx: DashboardContext): { section: SectionContext; drawNow(): boolean; drawNext(): boolean; flush(): ChartFlush | null } {
	const queue: (() => void)[] = [];
	const section: SectionContext = { ...ctx, colors: readThemeColors(el), drawLater: (draw) => queue.push(draw) };
	const drawNow = (): boolean => {
		if (!isChartJsLoaded()) return false;
		for (const draw of queue.splice(0)) draw();
		return true;
	};
	// One queued chart, so that a caller drawing in slices can give each chart a task of its own.
	const drawNext = (): boolean => {
		if (!isChartJsLoaded()) return false;
		const draw = queue.shift();
		draw?.();
		return draw !== undefined;
	};
	return { section, drawNow, drawNext, flush: () => (queue.length === 0 ? null : flushLater(queue)) };
}

function flushLater(queue: readonly (() => void)[]): ChartFlush {
	let next = 0;
	let stopped = false;
	function* each(): Steps<void> {
		while (!stopped && next < queue.length) {
			queue[next++]?.();
			yield CHART_UNITS;
		}
	}
	const done = (async () => {
		await loadChartJs();
		// A task of its own: the browser styles and lays out the sections built in this one first.
		await nextTask();
		const drawn = runStepsInSlices(each(), () => !stopped, {}, Number.POSITIVE_INFINITY);
		if ("then" in drawn) await drawn;
	})();
	return {
		done,
		finishNow: () => {
			if (isChartJsLoaded()) while (!stopped && next < queue.length) queue[next++]?.();
			stopped = true;
		},
	};
}
