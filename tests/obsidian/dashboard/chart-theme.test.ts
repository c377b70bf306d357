// @vitest-environment happy-dom
import type { Chart } from "chart.js";
import { describe, expect, it } from "vitest";
import { ChartRegistry } from "../../../src/obsidian/dashboard/chart-registry";
import { createChartCanvas, drawChart } from "../../../src/obsidian/dashboard/chart-setup";
import { readThemeColors, streamColor, withAlpha } from "../../../src/obsidian/dashboard/theme-colors";
import { STREAM_PALETTES } from "../../../src/obsidian/dashboard/stream-colors";
import { container, researcher } from "./fixtures";

function fakeChart(log: string[], name: string): Chart {
	return { destroy: () => log.push(name) } as unknown as Chart;
}

describe("ChartRegistry", () => {
	it("destroys every tracked chart once", () => {
		const log: string[] = [];
		const registry = new ChartRegistry();
		registry.track(fakeChart(log, "a"));
		registry.track(fakeChart(log, "b"));
		expect(registry.live).toBe(2);
		registry.destroyAll();
		registry.destroyAll();
		expect(log).toEqual(["a", "b"]);
		expect(registry.live).toBe(0);
	});
});

describe("drawChart", () => {
	it("returns null and tracks nothing when the canvas has no 2D context", () => {
		const el = container();
		const registry = new ChartRegistry();
		const canvas = createChartCanvas(el, "Test chart", registry);
		const chart = drawChart(canvas, { type: "bar", data: { labels: ["a"], datasets: [{ label: "x", data: [1] }] } }, registry);
		expect(chart).toBeNull();
		expect(registry.live).toBe(0);
		expect(canvas.parentElement?.classList.contains("pj-chart")).toBe(true);
		expect(canvas.getAttribute("aria-label")).toBe("Test chart");
	});
});

describe("theme colours", () => {
	it("reads the theme's variables where they are set", () => {
		const el = container();
		// As a theme would set them: custom properties cascade into getComputedStyle.
		const theme: Record<string, string> = { "--text-normal": "#101010", "--background-primary": "rgb(20, 20, 20)" };
		for (const [name, value] of Object.entries(theme)) el.style.setProperty(name, value);
		const colors = readThemeColors(el);
		expect(colors.text).toBe("#101010");
		// rgb(20, 20, 20) is a dark background: the stream palette for dark themes applies.
		expect(colors.dark).toBe(true);
		expect(colors.palette).toEqual(STREAM_PALETTES.dark);
		// Unset variables fall back rather than leaving an empty colour.
		expect(colors.muted).not.toBe("");
	});

	it("reads the theme from the page when the element is not attached yet", () => {
		container();
		const [name, value] = ["--text-normal", "#202020"];
		document.body.style.setProperty(name, value);
		const detached = document.createElement("div");
		expect(readThemeColors(detached).text).toBe(value);
		document.body.style.removeProperty("--text-normal");
	});

	it("gives each stream of a small portfolio its own colour from the theme's palette", () => {
		const { streams } = researcher();
		const colors = readThemeColors(container());
		expect(colors.dark).toBe(false);
		const picked = streams.map((s) => streamColor(colors, streams, s.path));
		expect(new Set(picked).size).toBe(streams.length);
		for (const color of picked) expect(STREAM_PALETTES.light).toContain(color);
		// A path that is no stream gets the grey of "Other".
		expect(streamColor(colors, streams, "Elsewhere.md")).toBe(colors.other);
	});

	it("makes translucent fills from hex and rgb colours", () => {
		expect(withAlpha("#ff0000", 0.5)).toBe("rgba(255, 0, 0, 0.5)");
		expect(withAlpha("#0f0", 0.25)).toBe("rgba(0, 255, 0, 0.25)");
		expect(withAlpha("rgb(8, 109, 221)", 0.6)).toBe("rgba(8, 109, 221, 0.6)");
		expect(withAlpha("hsl(0 0% 50%)", 0.6)).toBe("hsl(0 0% 50%)");
	});
});
