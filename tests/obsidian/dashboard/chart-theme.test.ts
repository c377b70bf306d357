// @vitest-environment happy-dom
import type { Chart } from "chart.js";
import { describe, expect, it } from "vitest";
import { ChartRegistry } from "../../../src/obsidian/dashboard/chart-registry";
import { createChartCanvas, drawChart } from "../../../src/obsidian/dashboard/chart-setup";
import { readThemeColors, streamColor, streamColorIndex, withAlpha } from "../../../src/obsidian/dashboard/theme-colors";
import { container, researcher, stream } from "./fixtures";

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
		const canvas = createChartCanvas(el, "Test chart");
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
		const theme: Record<string, string> = { "--text-normal": "#101010", "--color-blue": "rgb(1, 2, 3)" };
		for (const [name, value] of Object.entries(theme)) el.style.setProperty(name, value);
		const colors = readThemeColors(el);
		expect(colors.text).toBe("#101010");
		expect(colors.palette[0]).toBe("rgb(1, 2, 3)");
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

	it("gives a stream the same colour wherever it appears, distinct for up to eight streams", () => {
		const { streams } = researcher();
		const indexes = streams.map((s) => streamColorIndex(streams, s.path));
		expect(new Set(indexes).size).toBe(streams.length);
		const colors = readThemeColors(container());
		expect(streamColor(colors, streams, streams[2]?.path ?? "")).toBe(colors.palette[2]);
		const more = [...streams, stream("Z1"), stream("Z2"), stream("Z3"), stream("Z4")];
		expect(streamColorIndex(more, more[8]?.path ?? "")).toBe(0);
	});

	it("makes translucent fills from hex and rgb colours", () => {
		expect(withAlpha("#ff0000", 0.5)).toBe("rgba(255, 0, 0, 0.5)");
		expect(withAlpha("#0f0", 0.25)).toBe("rgba(0, 255, 0, 0.25)");
		expect(withAlpha("rgb(8, 109, 221)", 0.6)).toBe("rgba(8, 109, 221, 0.6)");
		expect(withAlpha("hsl(0 0% 50%)", 0.6)).toBe("hsl(0 0% 50%)");
	});
});
