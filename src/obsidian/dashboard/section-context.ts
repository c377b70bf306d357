// One render's shared state. chart.js reads computed styles and layout when it builds a chart, so a
// chart built between two sections forces the browser to restyle everything built so far; sections
// therefore queue their charts, and the render draws them all once every section's DOM exists.
import { withChartJs } from "./chart-setup";
import type { DashboardContext } from "./render-dashboard";
import { readThemeColors, type ThemeColors } from "./theme-colors";

/** What a section draws with: the host's context, the theme colours, and a queue for its charts. */
export interface SectionContext extends DashboardContext {
	/** The theme colours, read once per render (one getComputedStyle, not one per chart). */
	readonly colors: ThemeColors;
	/** Queues a chart (or anything that reads layout) to draw after every section's DOM is built. */
	drawLater(draw: () => void): void;
}

/**
 * A section context for one render into `el`, and the flush that draws what its sections queued.
 * The flush runs in the same task once chart.js is evaluated (from the second draw on); the first
 * draw's charts wait for its evaluation, a promise the caller may chain on.
 */
export function beginRender(el: HTMLElement, ctx: DashboardContext): { section: SectionContext; flush(): void | Promise<void> } {
	const queue: (() => void)[] = [];
	const section: SectionContext = { ...ctx, colors: readThemeColors(el), drawLater: (draw) => queue.push(draw) };
	return {
		section,
		flush: () => {
			if (queue.length === 0) return;
			return withChartJs(() => {
				// Draws queued while flushing (none today) still run, in order.
				for (let i = 0; i < queue.length; i++) queue[i]?.();
				queue.length = 0;
			});
		},
	};
}
