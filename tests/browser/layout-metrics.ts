// Runs in the page (pass it to page.evaluate): what a person would notice about the layout of the
// pane matching `root`, measured on the rendered DOM. Self-contained on purpose: playwright sends the
// function's source to the page. Text drawn on a canvas (chart.js axes) is not DOM text and is not measured.

/** One text that fails a check, for the report. */
export interface LayoutOffender {
	text: string;
	fontPx: number;
	contrast: number;
}

/** The figures of layout.json. */
export interface LayoutMetrics {
	/** Width of the pane in CSS px. */
	paneWidth: number;
	/** Smallest rendered font size of any visible text, in CSS px (SVG text scaled by its viewBox). */
	minTextPx: number;
	/** Pairs of visible text boxes (from different texts) that overlap by more than 1 px each way. */
	overlappingText: number;
	/** How far content reaches past the pane's left or right edge, in CSS px; boxes that scroll on their own aside. */
	overflowPx: number;
	/** The lowest WCAG 2.1 contrast ratio of visible text against the background behind it. */
	minContrast: number;
	/** How many visible texts were measured. */
	texts: number;
	/** The texts under 12 px or under 4.5:1, and the overlapping pairs, at most 20 of each, to fix them. */
	small: LayoutOffender[];
	faint: LayoutOffender[];
	overlaps: string[];
}

export const measureLayout = (root: string): LayoutMetrics => {
	const pane = document.querySelector<HTMLElement>(root);
	if (!pane) throw new Error(`No element matches ${root}`);
	const paneRect = pane.getBoundingClientRect();

	// Computed colours come as rgb()/rgba() (0-255) or, for color-mix(), as color(srgb r g b / a) (0-1).
	const parse = (color: string): [number, number, number, number] => {
		const m = (color.match(/[\d.]+(e-?\d+)?/g) ?? []).map(Number);
		const scale = color.startsWith("color(") ? 255 : 1;
		const [r = 0, g = 0, b = 0] = m.slice(0, 3).map((v) => v * scale);
		return [r, g, b, m.length > 3 ? (m[3] ?? 1) : 1];
	};
	const over = (top: number[], bottom: number[]): number[] => {
		const a = top[3] ?? 1;
		return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (bottom[i] ?? 0) * (1 - a)).concat(1);
	};
	const luminance = (rgb: number[]): number => {
		const ch = (v: number): number => {
			const s = v / 255;
			return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		};
		return 0.2126 * ch(rgb[0] ?? 0) + 0.7152 * ch(rgb[1] ?? 0) + 0.0722 * ch(rgb[2] ?? 0);
	};
	const ratio = (a: number[], b: number[]): number => {
		const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
		return (hi + 0.05) / (lo + 0.05);
	};
	// The colour behind an element: the backgrounds of it and its ancestors, composited from the page up.
	const backgroundOf = (el: Element): number[] => {
		const layers: number[][] = [];
		for (let e: Element | null = el; e; e = e.parentElement) {
			const bg = parse(getComputedStyle(e).backgroundColor);
			if ((bg[3] ?? 0) > 0) layers.push(bg);
			if ((bg[3] ?? 0) >= 1) break;
		}
		let color = [255, 255, 255, 1];
		for (const layer of layers.reverse()) color = over(layer, color);
		return color;
	};
	const opacityOf = (el: Element): number => {
		let o = 1;
		for (let e: Element | null = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
		return o;
	};

	// The part of the page an element can show: ancestors that clip their overflow cut it down (a
	// visually hidden table header is a 1 px box that clips its text away).
	const clipOf = (el: Element): { left: number; top: number; right: number; bottom: number } => {
		const box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
		for (let e = el.parentElement; e; e = e.parentElement) {
			const style = getComputedStyle(e);
			if (style.overflowX === "visible" && style.overflowY === "visible" && style.clipPath === "none") continue;
			const r = e.getBoundingClientRect();
			box.left = Math.max(box.left, r.left);
			box.top = Math.max(box.top, r.top);
			box.right = Math.min(box.right, r.right);
			box.bottom = Math.min(box.bottom, r.bottom);
		}
		return box;
	};

	interface Box { id: number; text: string; rect: DOMRect }
	const boxes: Box[] = [];
	const small: LayoutOffender[] = [];
	const faint: LayoutOffender[] = [];
	let minTextPx = Infinity;
	let minContrast = Infinity;
	let count = 0;
	const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = (node.textContent ?? "").trim();
		const el = node.parentElement;
		if (!text || !el) continue;
		if (el.closest("title, style, script, option")) continue;
		if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
		const range = document.createRange();
		range.selectNodeContents(node);
		const clip = clipOf(el);
		const rects = Array.from(range.getClientRects())
			.map((r) => new DOMRect(Math.max(r.left, clip.left), Math.max(r.top, clip.top), Math.min(r.right, clip.right) - Math.max(r.left, clip.left), Math.min(r.bottom, clip.bottom) - Math.max(r.top, clip.top)))
			.filter((r) => r.width > 1 && r.height > 1);
		if (rects.length === 0) continue;
		const style = getComputedStyle(el);
		let px = parseFloat(style.fontSize);
		// SVG text is sized in viewBox units: its screen size is that times the current scale.
		const svg = "getScreenCTM" in el ? (el as unknown as SVGGraphicsElement) : null;
		if (svg) px *= svg.getScreenCTM()?.a ?? 1;
		const fg = parse(svg ? style.fill : style.color);
		fg[3] = (fg[3] ?? 1) * opacityOf(el);
		const bg = backgroundOf(el);
		const contrast = ratio(over(fg, bg), bg);
		count++;
		const sample = text.slice(0, 40);
		if (px < minTextPx) minTextPx = px;
		if (contrast < minContrast) minContrast = contrast;
		if (px < 12 && small.length < 20) small.push({ text: sample, fontPx: Math.round(px * 10) / 10, contrast: Math.round(contrast * 100) / 100 });
		if (contrast < 4.5 && faint.length < 20) faint.push({ text: sample, fontPx: Math.round(px * 10) / 10, contrast: Math.round(contrast * 100) / 100 });
		for (const rect of rects) boxes.push({ id: count, text: sample, rect });
	}

	const overlaps: string[] = [];
	let overlappingText = 0;
	boxes.sort((a, b) => a.rect.top - b.rect.top);
	for (let i = 0; i < boxes.length; i++) {
		const a = boxes[i] as Box;
		for (let j = i + 1; j < boxes.length; j++) {
			const b = boxes[j] as Box;
			if (b.rect.top >= a.rect.bottom - 1) break;
			if (a.id === b.id) continue;
			const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
			const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
			if (x > 1 && y > 1) {
				overlappingText++;
				if (overlaps.length < 20) overlaps.push(`${a.text} / ${b.text}`);
			}
		}
	}

	// Content past the pane's edges, except inside boxes that scroll on their own.
	let overflowPx = Math.max(0, pane.scrollWidth - pane.clientWidth);
	const scrolls = (e: Element): boolean => /(auto|scroll|hidden|clip)/.test(getComputedStyle(e).overflowX);
	for (const el of Array.from(pane.querySelectorAll("*"))) {
		let inScroller = false;
		for (let e = el.parentElement; e && e !== pane; e = e.parentElement) if (scrolls(e)) { inScroller = true; break; }
		if (inScroller || !el.checkVisibility({ checkVisibilityCSS: true })) continue;
		const r = el.getBoundingClientRect();
		if (r.width === 0 && r.height === 0) continue;
		overflowPx = Math.max(overflowPx, r.right - paneRect.right, paneRect.left - r.left);
	}
	const round = (n: number): number => Math.round(n * 100) / 100;
	return {
		paneWidth: round(paneRect.width),
		minTextPx: count === 0 ? 0 : round(minTextPx),
		overlappingText,
		overflowPx: round(Math.max(0, overflowPx)),
		minContrast: count === 0 ? 0 : round(minContrast),
		texts: count,
		small,
		faint,
		overlaps,
	};
};
