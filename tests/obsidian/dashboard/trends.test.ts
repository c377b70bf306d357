// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { Portfolio, Review } from "../../../src/core/types";
import { streamColor } from "../../../src/obsidian/dashboard/theme-colors";
import { renderTrends, seriesColors } from "../../../src/obsidian/dashboard/trends-section";
import { percentStack, trendData } from "../../../src/obsidian/dashboard/trends-data";
import { container, context, researcher, stream, texts } from "./fixtures";

/** `streams` streams reviewed over `quarters` quarters; stream i takes share i+1 (so the last is largest). */
function big(streams: number, quarters: number): Portfolio {
	const portfolio = researcher();
	portfolio.streams = Array.from({ length: streams }, (_, i) => stream(`S${String(i).padStart(3, "0")}`));
	portfolio.reviews = Array.from({ length: quarters }, (_, q): Review => ({
		path: `Reviews/${q}.md`,
		quarter: `${2000 + Math.floor(q / 4)}-Q${(q % 4) + 1}`,
		actuals: portfolio.streams.map((s, i) => ({ stream: s.path, hoursPerWeek: 1, income: 1, timeShare: i + 1, incomeShare: i + 1, energy: null })),
		totals: { hoursPerWeek: streams, income: streams },
	}));
	return portfolio;
}

describe("trend data", () => {
	it("gives each reviewed stream its share per quarter, largest latest share first", () => {
		const data = trendData(researcher(), "income", undefined, (path) => path.slice(8, -3));
		expect(data.quarters).toEqual(["2026-Q1", "2026-Q2"]);
		expect(data.series.map((s) => [s.name, s.values])).toEqual([
			["Consulting", [75, 70]],
			["Research", [25, 25]],
			["Course", [0, 5]],
			["Open science", [null, 0]],
		]);
	});

	it("caps 500 streams over 40 quarters to 8 series over the last 12 quarters", () => {
		const portfolio = big(500, 40);
		const data = trendData(portfolio, "time");
		expect(data.quarters).toHaveLength(12);
		expect(data.quarters[11]).toBe("2009-Q4");
		expect(data.droppedQuarters).toBe(28);
		expect(data.series).toHaveLength(8);
		expect(data.series.slice(0, 7).map((s) => s.values[0])).toEqual([500, 499, 498, 497, 496, 495, 494]);
		const other = data.series[7];
		expect(other?.path).toBeNull();
		expect(other?.name).toBe("Other (493)");
		// The rest are shares 1..493: their sum.
		expect(other?.values[0]).toBe((493 * 494) / 2);
	});

	it("draws no Other series when every stream fits", () => {
		expect(trendData(big(8, 3), "time").series.every((s) => s.path !== null)).toBe(true);
	});

	it("stacks each quarter to 100%, leaving out what was not recorded", () => {
		const series = [
			{ path: "a", name: "A", values: [50, 30, null, 0] },
			{ path: "b", name: "B", values: [25, null, null, 0] },
			{ path: null, name: "Other (2)", values: [25, 30, null, 0] },
		];
		expect(percentStack(series, 4)).toEqual([
			[50, 50, null, null],
			[25, null, null, null],
			[25, 50, null, null],
		]);
		const stacked = percentStack(trendData(big(500, 40), "income").series, 12);
		for (let q = 0; q < 12; q++) expect(stacked.reduce((sum, s) => sum + (s[q] ?? 0), 0)).toBeCloseTo(100, 6);
	});
});

describe("trend colours", () => {
	it("keeps a stream's colour across charts when the palette has one for every stream", () => {
		const portfolio = researcher();
		const colors = context().colors;
		const data = trendData(portfolio, "income");
		expect(seriesColors(data.series, portfolio, colors)).toEqual(data.series.map((s) => streamColor(colors, portfolio.streams, s.path ?? "")));
	});

	it("keeps each stream's own colour past the palette's size too, and draws Other in grey", () => {
		const portfolio = big(40, 4);
		const colors = context().colors;
		const data = trendData(portfolio, "time");
		const picked = seriesColors(data.series, portfolio, colors);
		// 40 streams over 8 series: 7 streams by their latest share, then "Other".
		expect(picked).toHaveLength(8);
		expect(picked.slice(0, 7)).toEqual(data.series.slice(0, 7).map((s) => streamColor(colors, portfolio.streams, s.path ?? "")));
		expect(picked[7]).toBe(colors.other);
	});
});

describe("trends section", () => {
	it("draws a labelled bar chart per share, a legend in the chart's colours, and its values under show values", () => {
		const el = container();
		const ctx = context();
		const portfolio = researcher();
		renderTrends(el, portfolio, ctx);
		expect(el.querySelectorAll("canvas[role=img]")).toHaveLength(2);
		const legend = el.querySelector(".pj-trend-income .pj-chart-legend") as HTMLElement;
		// Open science brought no income in either quarter: no segment, so no legend entry; its row stays in the table.
		expect(texts(legend, ".pj-legend-label")).toEqual(["Consulting", "Research", "Course"]);
		expect(texts(el, ".pj-trend-income .pj-values tbody tr td:first-child")).toEqual(["Consulting", "Research", "Course", "Open science"]);
		const swatches = Array.from(legend.querySelectorAll<HTMLElement>(".pj-swatch")).map((s) => s.style.getPropertyValue("--pj-swatch"));
		expect(swatches).toEqual(seriesColors(trendData(portfolio, "income").series, portfolio, ctx.colors).slice(0, 3));
		const values = el.querySelector(".pj-trend-time details.pj-values") as HTMLDetailsElement;
		expect(values.open).toBe(false);
		expect(values.querySelector("summary")?.textContent).toBe("Show values");
		const table = values.querySelector("table") as HTMLTableElement;
		expect(texts(table, "th")).toEqual(["Stream", "2026-Q1", "2026-Q2"]);
		expect(texts(table, "tbody tr:first-child td")).toEqual(["Consulting", "50%", "45%"]);
	});

	it("says how to start without reviews, and that one review is not yet a trend", () => {
		const none = container();
		renderTrends(none, { ...researcher(), reviews: [] }, context());
		expect(none.querySelector("canvas")).toBeNull();
		expect(none.querySelector(".pj-empty")?.textContent).toContain("No quarterly reviews yet");
		const one = container();
		const portfolio = researcher();
		renderTrends(one, { ...portfolio, reviews: portfolio.reviews.slice(0, 1) }, context());
		expect(one.textContent).toContain("Only one review so far");
	});

	it("notes the quarters it leaves out", () => {
		const el = container();
		renderTrends(el, big(10, 15), context());
		expect(el.textContent).toContain("Last 12 quarters shown; 3 older ones left out.");
	});
});
