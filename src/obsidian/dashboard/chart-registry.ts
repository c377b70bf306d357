// Every chart a dashboard draws is tracked here so the view can destroy them all when it closes:
// chart.js keeps resize observers and animation frames alive until destroy(). A redraw reuses the
// charts of the last draw in the order they were drawn (their canvases put back in the page as the
// section is rebuilt, the charts updated in place later), and destroys only those it did not need.
import type { Chart } from "chart.js";

/** The charts drawn by one dashboard (or one code block), with one child registry per section. */
export class ChartRegistry {
	private charts: Chart[] = [];
	private reusable: Chart[] = [];
	private readonly sections = new Map<string, ChartRegistry>();

	/** The registry of one section: a section's redraw reuses only its own charts. */
	section(name: string): ChartRegistry {
		let child = this.sections.get(name);
		if (!child) {
			child = new ChartRegistry();
			this.sections.set(name, child);
		}
		return child;
	}

	/** Starts a redraw: the charts drawn so far become reusable, in the order they were drawn. */
	beginRedraw(): void {
		this.reusable = [...this.charts, ...this.reusable];
		this.charts = [];
	}

	/** The next chart of the last draw, tracked again (the redraw keeps it), if any is left. */
	claim(): Chart | undefined {
		const chart = this.reusable.shift();
		if (chart) this.charts.push(chart);
		return chart;
	}

	/** Tracks `next` where `previous` was (a chart re-created on the same canvas). */
	replace(previous: Chart, next: Chart): void {
		const at = this.charts.indexOf(previous);
		if (at >= 0) this.charts[at] = next;
		else this.charts.push(next);
	}

	/** Remembers a chart so destroyAll can release it. */
	track(chart: Chart): void {
		this.charts.push(chart);
	}

	/** Ends a redraw: charts of the last draw that were not reused are destroyed. */
	endRedraw(): void {
		for (const chart of this.reusable.splice(0)) chart.destroy();
	}

	/** Destroys every tracked chart, the sections' too; safe to call twice. */
	destroyAll(): void {
		for (const chart of [...this.charts.splice(0), ...this.reusable.splice(0)]) chart.destroy();
		for (const child of this.sections.values()) child.destroyAll();
	}

	/** How many charts are alive now (tests and leak checks). */
	get live(): number {
		let count = this.charts.length + this.reusable.length;
		for (const child of this.sections.values()) count += child.live;
		return count;
	}
}
