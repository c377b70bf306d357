// Chart colours come from Obsidian's CSS variables, read when a chart is drawn, so a chart drawn
// in a dark theme is dark and one drawn in a light theme is light. Canvas cannot use var(...).
import type { Stream } from "../../core/types";
import { STREAM_PALETTES, streamColorLookup } from "./stream-colors";

/** The theme colours a chart needs, as concrete CSS colour strings. */
export interface ThemeColors {
	text: string;
	muted: string;
	grid: string;
	background: string;
	accent: string;
	/** Colour of the "Other" series, which should not compete with real streams. */
	other: string;
	/** True when the background is dark: the dark stream palette applies. */
	dark: boolean;
	/** The stream palette of this theme (see stream-colors.ts). */
	palette: readonly string[];
}

/** Reads the colours in effect for `el` now (call at draw time, never cache across theme changes). */
export function readThemeColors(el: HTMLElement): ThemeColors {
	// A code block may draw before it is attached; the body then carries the theme's variables.
	const target = el.isConnected ? el : el.ownerDocument.body;
	const style = el.ownerDocument.defaultView?.getComputedStyle(target) ?? null;
	const read = (name: string, fallback: string): string => {
		const value = style?.getPropertyValue(name).trim() ?? "";
		return value === "" ? fallback : value;
	};
	const background = read("--background-primary", "#ffffff");
	const dark = isDark(background, el.ownerDocument.body);
	return {
		text: read("--text-normal", "#222222"),
		muted: read("--text-muted", "#5c5c5c"),
		grid: read("--background-modifier-border", "#d0d0d0"),
		background,
		accent: read("--interactive-accent", "#7852ee"),
		other: read("--text-faint", "#999999"),
		dark,
		palette: dark ? STREAM_PALETTES.dark : STREAM_PALETTES.light,
	};
}

/** A dark theme by its background's luminance; by Obsidian's body class when the colour cannot be read. */
function isDark(background: string, body: HTMLElement): boolean {
	const rgb = parseRgb(background);
	if (!rgb) return body.classList.contains("theme-dark");
	const [r, g, b] = rgb;
	return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

/** The colour of a stream (by path) among `streams`, the same in every chart of the dashboard. */
export function streamColor(colors: ThemeColors, streams: readonly Stream[], path: string): string {
	return streamColorLookup(streams, colors.palette, colors.other)(path);
}

/** The red, green and blue (0-255) of a hex or rgb() colour; null for other forms. */
export function parseRgb(color: string): [number, number, number] | null {
	const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
	if (hex?.[1]) {
		const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join("") : hex[1];
		const [r = 0, g = 0, b = 0] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
		return [r, g, b];
	}
	const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(color.trim());
	return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

/** A translucent variant of a CSS colour for fills (hex and rgb forms; anything else unchanged). */
export function withAlpha(color: string, alpha: number): string {
	const rgb = parseRgb(color);
	return rgb ? `rgba(${rgb[0]}, ${rgb[1]}, ${rgb[2]}, ${alpha})` : color;
}
