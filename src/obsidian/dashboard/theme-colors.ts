// Chart colours come from Obsidian's CSS variables, read when a chart is drawn, so a chart drawn
// in a dark theme is dark and one drawn in a light theme is light. Canvas cannot use var(...).
import type { Stream } from "../../core/types";

/** The theme colours a chart needs, as concrete CSS colour strings. */
export interface ThemeColors {
	text: string;
	muted: string;
	grid: string;
	background: string;
	accent: string;
	/** Colour of the "Other" series, which should not compete with real streams. */
	other: string;
	/** Colours of streams, indexed through streamColorIndex. */
	palette: string[];
}

// Variable name and a fallback for hosts (tests, old themes) that do not define it.
const PALETTE_VARS: ReadonlyArray<readonly [string, string]> = [
	["--color-blue", "#086ddd"],
	["--color-orange", "#ec7500"],
	["--color-green", "#08b94e"],
	["--color-purple", "#7852ee"],
	["--color-red", "#e93147"],
	["--color-cyan", "#00bfbc"],
	["--color-yellow", "#e0ac00"],
	["--color-pink", "#d53984"],
];

/** Reads the colours in effect for `el` now (call at draw time, never cache across theme changes). */
export function readThemeColors(el: HTMLElement): ThemeColors {
	// A code block may draw before it is attached; the body then carries the theme's variables.
	const target = el.isConnected ? el : el.ownerDocument.body;
	const style = el.ownerDocument.defaultView?.getComputedStyle(target) ?? null;
	const read = (name: string, fallback: string): string => {
		const value = style?.getPropertyValue(name).trim() ?? "";
		return value === "" ? fallback : value;
	};
	return {
		text: read("--text-normal", "#222222"),
		muted: read("--text-muted", "#6b6b6b"),
		grid: read("--background-modifier-border", "#d0d0d0"),
		background: read("--background-primary", "#ffffff"),
		accent: read("--interactive-accent", "#7852ee"),
		other: read("--text-faint", "#999999"),
		palette: PALETTE_VARS.map(([name, fallback]) => read(name, fallback)),
	};
}

/**
 * A stream's place in the palette: its position among all streams (sorted by name in the model),
 * so one stream keeps one colour in every chart of a dashboard.
 */
export function streamColorIndex(streams: readonly Stream[], path: string): number {
	const index = streams.findIndex((s) => s.path === path);
	return (index < 0 ? 0 : index) % PALETTE_VARS.length;
}

/** The colour of a stream in `colors`. */
export function streamColor(colors: ThemeColors, streams: readonly Stream[], path: string): string {
	return colors.palette[streamColorIndex(streams, path)] ?? colors.accent;
}

/** A translucent variant of a CSS colour for fills (hex and rgb forms; anything else unchanged). */
export function withAlpha(color: string, alpha: number): string {
	const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color);
	if (hex?.[1]) {
		const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join("") : hex[1];
		const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
		return `rgba(${r}, ${g}, ${b}, ${alpha})`;
	}
	const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(color);
	if (rgb) return `rgba(${rgb[1]}, ${rgb[2]}, ${rgb[3]}, ${alpha})`;
	return color;
}
