import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { colorSlots, fnv1a, STREAM_PALETTES } from "../../../src/obsidian/dashboard/stream-colors";
import { stream } from "./fixtures";

// WCAG 2.1 relative luminance and contrast ratio, written out here so the test does not trust the code under test.
function luminance(hex: string): number {
	const channel = (i: number): number => {
		const v = parseInt(hex.slice(i, i + 2), 16) / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

const names = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 30 }), { selector: (s) => s.toLowerCase(), minLength: 1, maxLength: 20 });
const streamsOf = (list: readonly string[]) => list.map((name, i) => ({ ...stream(name), path: `S/${i}-${name}.md` }));

describe("stream colours", () => {
	it("hashes with FNV-1a as published (test vectors from the FNV reference)", () => {
		expect(fnv1a("")).toBe(0x811c9dc5);
		expect(fnv1a("a")).toBe(0xe40c292c);
		expect(fnv1a("foobar")).toBe(0xbf9cf968);
	});

	it("gives as many streams as the palette has colours a colour each, whatever their names", () => {
		const size = STREAM_PALETTES.light.length;
		fc.assert(
			fc.property(names, (list) => {
				const slots = colorSlots(streamsOf(list.slice(0, size)), size);
				expect(new Set(slots.values()).size).toBe(Math.min(size, list.length));
			}),
		);
	});

	it("does not depend on the order the notes were read in", () => {
		fc.assert(
			fc.property(names, fc.integer({ min: 0, max: 1000 }), (list, seed) => {
				const streams = streamsOf(list);
				const shuffled = [...streams].sort((a, b) => fnv1a(a.path + seed) - fnv1a(b.path + seed));
				expect(colorSlots(shuffled, 12)).toEqual(colorSlots(streams, 12));
			}),
		);
	});

	it("keeps the colours of streams that claim before a newcomer, so adding a stream moves few others", () => {
		fc.assert(
			fc.property(names, fc.string({ minLength: 1, maxLength: 30 }), (list, extra) => {
				fc.pre(!list.some((n) => n.toLowerCase() === extra.toLowerCase()));
				const before = colorSlots(streamsOf(list), 12);
				const added = { ...stream(extra), path: "S/new.md" };
				const after = colorSlots([...streamsOf(list), added], 12);
				// Active streams claim in order of lower-case name: those before the newcomer cannot move.
				for (const s of streamsOf(list)) if (s.name.toLowerCase() < extra.toLowerCase()) expect(after.get(s.path)).toBe(before.get(s.path));
			}),
		);
	});

	it("lets active streams claim first, so the streams charted together differ even past the palette's size in notes", () => {
		const size = STREAM_PALETTES.light.length;
		const retired = Array.from({ length: size }, (_, i) => ({ ...stream(`Aa retired ${i}`), status: "retired" as const }));
		const active = Array.from({ length: size }, (_, i) => stream(`Zz active ${i}`));
		const slots = colorSlots([...retired, ...active], size);
		expect(new Set(active.map((s) => slots.get(s.path))).size).toBe(size);
	});

	it("has palettes readable on both backgrounds of their theme (3:1 for graphics, WCAG 1.4.11), the same length, and no greys", () => {
		expect(STREAM_PALETTES.light).toHaveLength(STREAM_PALETTES.dark.length);
		// Obsidian's default background-primary and background-secondary, light and dark.
		for (const color of STREAM_PALETTES.light) for (const bg of ["#ffffff", "#f6f6f6"]) expect(contrast(color, bg), `${color} on ${bg}`).toBeGreaterThanOrEqual(3);
		for (const color of STREAM_PALETTES.dark) for (const bg of ["#1e1e1e", "#262626"]) expect(contrast(color, bg), `${color} on ${bg}`).toBeGreaterThanOrEqual(3);
		for (const color of [...STREAM_PALETTES.light, ...STREAM_PALETTES.dark]) {
			const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
			// Chroma (max - min channel) of a grey is near 0; the neutral series are greys.
			expect(Math.max(r, g, b) - Math.min(r, g, b), color).toBeGreaterThan(60);
		}
		expect(new Set(STREAM_PALETTES.light).size).toBe(STREAM_PALETTES.light.length);
	});
});
