// Every chart a dashboard draws is tracked here so the view can destroy them all when it closes
// or redraws: chart.js keeps resize observers and animation frames alive until destroy().
import type { Chart } from "chart.js";

/** The charts drawn by one dashboard (or one code block), destroyed together. */
export class ChartRegistry {
	private readonly charts = new Set<Chart>();

	/** Remembers a chart so destroyAll can release it. */
	track(chart: Chart): void {
		this.charts.add(chart);
	}

	/** Destroys every tracked chart; safe to call twice. */
	destroyAll(): void {
		for (const chart of this.charts) chart.destroy();
		this.charts.clear();
	}

	/** How many charts are alive now (tests and leak checks). */
	get live(): number {
		return this.charts.size;
	}
}
