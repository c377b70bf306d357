// Runs in the page (pass it to page.evaluate): each dashed forecast bar under `root` as a person
// sees it: its box on screen, its dash, and the contrast of its outline against what is behind it.
// Self-contained on purpose: playwright sends the function's source to the page.

/** One forecast bar on screen. */
export interface ForecastShape {
	/** The chart's name, from its label (`Growing: $5,000 in ...` gives `Growing`). */
	chart: string;
	left: number;
	right: number;
	width: number;
	height: number;
	/** The computed `stroke-dasharray` ("none" when solid). */
	dash: string;
	/** WCAG 2.1 contrast ratio of the outline against the background behind the chart. */
	contrast: number;
	visible: boolean;
}

export const readForecastShapes = (root: string): ForecastShape[] => {
	const rgb = (color: string): number[] => (color.match(/[\d.]+/g) ?? []).map(Number);
	const luminance = ([r = 0, g = 0, b = 0]: number[]): number => {
		const ch = (v: number): number => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
		return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
	};
	// The first opaque background from the chart up (the theme's panes are opaque).
	const behind = (el: Element): number[] => {
		for (let e: Element | null = el; e; e = e.parentElement) {
			const bg = rgb(getComputedStyle(e).backgroundColor);
			if (bg.length === 3 || (bg[3] ?? 0) >= 1) return bg;
		}
		return [255, 255, 255];
	};
	return Array.from(document.querySelectorAll(`${root} rect.pj-forecast-bar`)).map((rect) => {
		const svg = rect.closest("svg") as SVGSVGElement;
		const box = rect.getBoundingClientRect();
		const style = getComputedStyle(rect);
		const [hi, lo] = [luminance(rgb(style.stroke)), luminance(behind(svg))].sort((a, b) => b - a) as [number, number];
		return {
			chart: (svg.getAttribute("aria-label") ?? "").split(":")[0] ?? "",
			left: box.left,
			right: box.right,
			width: box.width,
			height: box.height,
			dash: style.strokeDasharray,
			contrast: (hi + 0.05) / (lo + 0.05),
			visible: rect.checkVisibility() && svg.checkVisibility(),
		};
	});
};
