// Runs in the page (pass it to page.evaluate): what each chart's DOM legend says, and whether each
// legend colour really appears on its chart's canvas (translucent fills within rounding).
// Self-contained on purpose: playwright sends the function's source to the page.

/** One legend entry as a person sees it. */
export interface LegendEntry {
	label: string;
	/** The swatch's computed background colour. */
	color: string;
	/** Whether the chart beside the legend has pixels of that colour. */
	drawn: boolean;
}

/** For the allocation section and each trend chart under `root`, its legend entries in order. */
export const readChartLegends = (root: string): LegendEntry[][] =>
	Array.from(document.querySelectorAll(`${root} .pj-section-allocation, ${root} .pj-trend`)).map((box) => {
		const pixels = new Set<string>();
		for (const canvas of Array.from(box.querySelectorAll("canvas"))) {
			const { data } = (canvas.getContext("2d") as CanvasRenderingContext2D).getImageData(0, 0, canvas.width, canvas.height);
			for (let i = 0; i < data.length; i += 4) if ((data[i + 3] ?? 0) > 0) pixels.add(`${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`);
		}
		const drawn = Array.from(pixels, (p) => p.split(",").map(Number));
		return Array.from(box.querySelectorAll(".pj-chart-legend .pj-legend-item")).map((item) => {
			const color = getComputedStyle(item.querySelector(".pj-swatch") as Element).backgroundColor;
			const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
			// Canvas pixels are unpremultiplied from a premultiplied store: faint fills round a little.
			const near = (px: number[]): boolean =>
				Math.abs((px[3] ?? 0) - a * 255) <= 2 && Math.abs((px[0] ?? 0) - r) <= 4 && Math.abs((px[1] ?? 0) - g) <= 4 && Math.abs((px[2] ?? 0) - b) <= 4;
			return { label: item.textContent ?? "", color, drawn: drawn.some(near) };
		});
	});
