// One colour per stream, everywhere: graph nodes, allocation rows, trend series, legends. A stream's
// colour comes from a hash of its name, not from its rank or position, so it stays the same as
// other streams come and go; only a stream that would share a colour with another moves along.
// Past the palette's nine hues, further streams take a hue again in a darker (light theme) or
// lighter (dark theme) shade, so up to 27 streams, charted side by side, never share a colour.
// Pure (no DOM): the palettes are plain hex strings and the theme is chosen by the caller.
import type { Stream } from "../../core/types";

/**
 * Nine hues for light themes and the same nine lightened for dark ones, in the same order so a
 * stream keeps its hue across a theme switch. Each has a contrast of at least 4:1 against Obsidian's
 * default backgrounds (primary and secondary) of its theme: above the 3:1 WCAG 2.1 asks of graphics
 * (success criterion 1.4.11). None is grey, so the neutral series (now, target, last review, other)
 * never look like a stream; none is the error red. Nine, not more: beyond that, hues a person can tell
 * apart at a glance run out (a brick beside an orange misleads more than one repeated colour). The
 * order only decides which hash lands on which hue; it is chosen so the example vaults' streams get
 * clearly different ones.
 */
export const STREAM_PALETTES = {
	light: ["#b3247c", "#8a6200", "#c25400", "#1a7f37", "#1f6fd1", "#00777a", "#7a4bd6", "#5f7a00", "#d62d55"],
	dark: ["#f07ac0", "#d9a53f", "#f08c3a", "#4cc46a", "#5aa2ff", "#3cc8c4", "#b294ff", "#a9c23f", "#ff7a8f"],
} as const;

/** FNV-1a, 32 bits (Fowler, Noll, Vo): a small, well-spread hash of a string's UTF-16 units. */
export function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash >>> 0;
}

/**
 * Each stream's slot: `hue + size × shade`, for a palette of `size` hues. A stream's home hue is the
 * hash of its name (lower case, NFC), so moving its note to another folder keeps it. Active streams
 * claim slots first, each group in order of name; one whose home hue is taken takes the next free
 * one. The first `size` streams fill shade 0, the next `size` shade 1, and so on: no two streams share
 * a slot, and one that claims before a newcomer keeps its slot.
 */
export function colorSlots(streams: readonly Pick<Stream, "path" | "name" | "status">[], size: number): Map<string, number> {
	// Each stream's sort key worked out once, not in every comparison of the sort (500 streams: 9,000).
	// Active streams claim first: they are the ones charted side by side.
	const ordered = streams
		.map((s) => ({ path: s.path, key: s.name.normalize("NFC").toLowerCase(), rank: s.status === "active" ? 0 : 1 }))
		.sort((a, b) => a.rank - b.rank || compare(a.key, b.key) || compare(a.path, b.path));
	const slots = new Map<string, number>();
	const taken = new Set<number>();
	for (const stream of ordered) {
		// The shade whose hues are not all taken yet; within it, the first free hue from home.
		const base = Math.floor(taken.size / size) * size;
		let hue = fnv1a(stream.key) % size;
		while (taken.has(base + hue)) hue = (hue + 1) % size;
		taken.add(base + hue);
		slots.set(stream.path, base + hue);
	}
	return slots;
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

const slotCache = new WeakMap<readonly Stream[], Map<string, number>>();

/**
 * A lookup of each stream's colour in `palette` for the streams of one portfolio (computed once per
 * model). A path that is not a stream gets `fallback`.
 */
export function streamColorLookup(streams: readonly Stream[], palette: readonly string[], fallback: string): (path: string) => string {
	let slots = slotCache.get(streams);
	if (!slots) {
		slots = colorSlots(streams, palette.length);
		slotCache.set(streams, slots);
	}
	const known = slots;
	// Shades move away from the background: lighter for the dark theme's palette, darker otherwise.
	const lightTheme = palette !== STREAM_PALETTES.dark;
	return (path) => {
		const slot = known.get(path);
		if (slot === undefined) return fallback;
		const hue = palette[slot % palette.length];
		return hue === undefined ? fallback : shade(hue, Math.floor(slot / palette.length) % SHADES.length, lightTheme);
	};
}

// How far each shade mixes a hue towards black (light theme) or white (dark theme): 0, 40%, 65%.
const SHADES = [0, 0.4, 0.65] as const;

/**
 * A hue moved away from the theme's background by the shade's share: darker on a light background,
 * lighter on a dark one, so a shade keeps (and gains) contrast. `#rrggbb` in and out.
 */
export function shade(hex: string, level: number, lightTheme: boolean): string {
	const amount = SHADES[level] ?? 0;
	if (amount === 0) return hex;
	const target = lightTheme ? 0 : 255;
	const channel = (i: number): string =>
		Math.round(parseInt(hex.slice(i, i + 2), 16) * (1 - amount) + target * amount)
			.toString(16)
			.padStart(2, "0");
	return `#${channel(1)}${channel(3)}${channel(5)}`;
}
