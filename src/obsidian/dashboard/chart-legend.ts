// Chart legends drawn as DOM, not by chart.js: text that wraps on a phone, is read by screen
// readers, follows the theme's font, and costs the bundle nothing.

/** One series of a chart: its name and the colours the chart draws it with. */
export interface LegendItem {
	label: string;
	/** The fill, exactly as given to the chart. */
	color: string;
	/** An outline, for series the chart draws with a border. */
	border?: string;
	/** The stream's path, when the series is one stream. */
	path?: string;
}

/** Renders a legend list: a colour swatch and the name of each series, in chart order. */
export function renderChartLegend(parent: HTMLElement, items: readonly LegendItem[], label: string): HTMLElement {
	const list = parent.createEl("ul", { cls: ["pj-legend", "pj-chart-legend"], attr: { "aria-label": label } });
	for (const item of items) {
		const entry = list.createEl("li", { cls: "pj-legend-item" });
		if (item.path) entry.setAttr("data-path", item.path);
		renderSwatch(entry, item.color, item.border);
		entry.createSpan({ text: item.label, cls: "pj-legend-label" });
	}
	return list;
}

/** A small square of `color` (a stream's or a series'), hidden from screen readers: the text beside it names it. */
export function renderSwatch(parent: HTMLElement, color: string, border?: string): HTMLElement {
	const swatch = parent.createSpan({ cls: "pj-swatch", attr: { "aria-hidden": "true" } });
	// The one style set from code: a theme colour read at draw time, shared with the canvas.
	swatch.style.setProperty("--pj-swatch", color);
	if (border) swatch.style.setProperty("--pj-swatch-border", border);
	return swatch;
}
