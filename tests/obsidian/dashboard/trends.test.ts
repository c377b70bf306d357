// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { Portfolio, Review } from "../../../src/core/types";
import { renderTrends } from "../../../src/obsidian/dashboard/trends-section";
import { trendData } from "../../../src/obsidian/dashboard/trends-data";
import { container, context, researcher, stream, texts } from "./fixtures";

/** `streams` streams reviewed over `quarters` quarters; stream i takes share i+1 (so the last is largest). */
function big(streams: number, quarters: number): Portfolio {
	const portfolio = researcher();
	portfolio.streams = Array.from({ length: streams }, (_, i) => stream(`S${String(i).padStart(3, "0")}`));
	portfolio.reviews = Array.from({ length: quarters }, (_, q): Review => ({
		path: `Reviews/${q}.md`,
		quarter: `${2000 + Math.floor(q / 4)}-Q${(q % 4) + 1}`,
		actuals: portfolio.streams.map((s, i) => ({ stream: s.path, hoursPerWeek: 1, income: 1, timeShare: i + 1, incomeShare: i + 1 })),
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

	it("caps 500 streams over 40 quarters to 8 lines over the last 12 quarters", () => {
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

	it("draws no Other line when every stream fits", () => {
		expect(trendData(big(8, 3), "time").series.every((s) => s.path !== null)).toBe(true);
	});
});

describe("trends section", () => {
	it("draws a labelled line chart per share with a table of its values", () => {
		const el = container();
		renderTrends(el, researcher(), context());
		expect(el.querySelectorAll("canvas[role=img]")).toHaveLength(2);
		const table = el.querySelector(".pj-trend-time .pj-visually-hidden table") as HTMLTableElement;
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
