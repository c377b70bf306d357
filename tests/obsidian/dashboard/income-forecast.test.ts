// @vitest-environment happy-dom
// The forecast as a dashed continuation of the absolute income trend: each stream's small chart and
// the total's, with every shape's place worked out by hand from the viewBox (120 x 40).
import { describe, expect, it } from "vitest";
import { renderAbsoluteTrends } from "../../../src/obsidian/dashboard/absolute-trends-section";
import { renderForecast } from "../../../src/obsidian/dashboard/forecast-section";
import { build, streamNote } from "../../core/helpers";
import { reviewsFrom, type Row } from "../../core/measures-helpers";
import { container, context, texts } from "./fixtures";

// Five reviews, 2025-Q2 to 2026-Q2 (i = 0..4):
//   Growing: 1,000, 2,000, 3,000, 4,000, 5,000: a straight line, 1,000 more a quarter.
//   Idle:    0 every quarter (a zero-income stream).
//   New:     reviewed only in the last two quarters, 500 then 1,500: too few for a forecast.
//   Resting: paused, 800 every quarter: not forecast.
const notes = [
	streamNote("Growing", { "hours-per-week": 10, "annual-revenue": 20000 }),
	streamNote("Idle", { "hours-per-week": 2, "annual-revenue": 0 }),
	streamNote("New", { "hours-per-week": 4, "annual-revenue": 6000 }),
	streamNote("Resting", { status: "paused", "hours-per-week": 0, "annual-revenue": 3200 }),
	...reviewsFrom("2025-Q2", 5, (i): Row[] => [["Growing", 10, (i + 1) * 1000], ["Idle", 2, 0], ["Resting", 1, 800], ...(i >= 3 ? [["New", 4, i === 3 ? 500 : 1500] as Row] : [])]),
];
const FORECAST_QUARTERS = ["2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2"];
// 5 recorded quarters and 4 forecast ones share each chart's 120 units: 120 / 9 a slot.
const STEP = 120 / 9;

function draw(render: typeof renderAbsoluteTrends): HTMLElement {
	const el = container();
	render(el, build(notes), context());
	return el;
}

function multiple(el: HTMLElement, name: string): HTMLElement {
	const li = [...el.querySelectorAll<HTMLElement>(".pj-absolute-income .pj-multiple")].find((m) => m.querySelector(".pj-multiple-name")?.textContent === name);
	if (!li) throw new Error(`no chart for ${name}`);
	return li;
}

const boxOf = (rect: Element): number[] => ["x", "y", "width", "height"].map((a) => Number(rect.getAttribute(a)));

describe("income small multiples continue with a dashed forecast", () => {
	const el = draw(renderAbsoluteTrends);

	it("draws the 4 forecast quarters after the 5 recorded ones, dashed, in the stream's colour", () => {
		const growing = multiple(el, "Growing");
		const solid = growing.querySelectorAll("rect.pj-multiple-bar");
		const dashed = [...growing.querySelectorAll("rect.pj-forecast-bar")];
		expect([solid.length, dashed.length]).toEqual([5, 4]);
		const color = solid[0]?.getAttribute("fill");
		for (const bar of dashed) {
			expect(bar.getAttribute("stroke-dasharray")).toBe("3 2");
			expect(bar.getAttribute("stroke")).toBe(color);
		}
		// The line through 1,000 ... 5,000 rises 1,000 a quarter: 6,000, 7,000, 8,000, 9,000 in the slots
		// 5 to 8. The tallest figure, 9,000, takes the full 38 units (40 - 2); a bar's height is value / 9,000 x 38.
		dashed.forEach((bar, j) => {
			const value = 6000 + j * 1000;
			const height = (value / 9000) * 38;
			const [x, y, width, h] = boxOf(bar);
			expect(x).toBeCloseTo((5 + j) * STEP + 0.15 * STEP, 9);
			expect(width).toBeCloseTo(0.7 * STEP, 9);
			expect(h).toBeCloseTo(height, 9);
			expect(y).toBeCloseTo(40 - height, 9);
		});
		// The last recorded bar, 5,000: 5,000 / 9,000 x 38 = 21.11 high, in slot 4.
		expect(boxOf(solid[4] as Element)[0]).toBeCloseTo(4 * STEP + 0.15 * STEP, 9);
		expect(boxOf(solid[4] as Element)[3]).toBeCloseTo((5000 / 9000) * 38, 9);
		// Where the forecast begins: after 5 slots.
		expect(Number(growing.querySelector("line.pj-forecast-start")?.getAttribute("x1"))).toBeCloseTo(5 * STEP, 9);
		expect(texts(growing, ".pj-multiple-forecast")).toEqual(["Forecast, dashed: $9,000 in 2027-Q2"]);
		expect(growing.querySelector("svg")?.getAttribute("aria-label")).toBe("Growing: $5,000 in 2026-Q2. Forecast, dashed: $9,000 in 2027-Q2");
	});

	it("keeps a zero-income stream's forecast of 0 visible as dashed stubs one unit high", () => {
		const idle = multiple(el, "Idle");
		// Income 0 every quarter: no solid bar, and a flat line at 0.
		expect(idle.querySelectorAll("rect.pj-multiple-bar")).toHaveLength(0);
		const dashed = [...idle.querySelectorAll("rect.pj-forecast-bar")];
		expect(dashed.map((bar) => boxOf(bar)[3])).toEqual([1, 1, 1, 1]);
		expect(dashed.map((bar) => boxOf(bar)[1])).toEqual([39, 39, 39, 39]);
		expect(texts(idle, ".pj-multiple-forecast")).toEqual(["Forecast, dashed: $0 in 2027-Q2"]);
	});

	it("draws no forecast for a stream with fewer than 4 reviewed quarters, or a paused one, and says why", () => {
		const fresh = multiple(el, "New");
		expect(fresh.querySelectorAll("rect.pj-forecast-bar, line.pj-forecast-start")).toHaveLength(0);
		// Its two bars keep their recorded slots 3 and 4 on the grid's 9-slot axis.
		const xs = [...fresh.querySelectorAll("rect.pj-multiple-bar")].map((bar) => boxOf(bar)[0] ?? NaN);
		expect(xs).toHaveLength(2);
		xs.forEach((x, i) => expect(x).toBeCloseTo((3 + i) * STEP + 0.15 * STEP, 9));
		expect(texts(fresh, ".pj-multiple-no-forecast")).toEqual(["No forecast: not enough reviews (2 of 4 quarters)"]);
		const resting = multiple(el, "Resting");
		expect(resting.querySelectorAll("rect.pj-forecast-bar")).toHaveLength(0);
		expect(texts(resting, ".pj-multiple-no-forecast")).toEqual(["No forecast: the stream is paused"]);
	});

	it("says what the dashed outline is, and only under income", () => {
		expect(texts(el, ".pj-absolute-income .pj-forecast-key")).toEqual(["Dashed outline: the forecast of the next 4 quarters, a straight line through the last 8 reviewed quarters (4 at least)."]);
		expect(el.querySelectorAll(".pj-absolute-time .pj-forecast-key, .pj-absolute-time rect.pj-forecast-bar")).toHaveLength(0);
	});

	it("marks the forecast columns of the values table as forecast", () => {
		const table = el.querySelector(".pj-absolute-income table") as HTMLElement;
		expect(table.querySelector("caption")?.textContent).toBe("Income of each stream in each reviewed quarter, and the target; the last columns are a forecast");
		expect(texts(table, "th").slice(-4)).toEqual(FORECAST_QUARTERS.map((q) => `${q} (forecast)`));
		const cells = (name: string): string[] => texts([...table.querySelectorAll<HTMLElement>("tbody tr")].find((tr) => tr.querySelector("td")?.textContent === name) as HTMLElement, "td");
		expect(cells("Growing").slice(-4)).toEqual(["$6,000", "$7,000", "$8,000", "$9,000"]);
		expect(cells("New").slice(-4)).toEqual(Array(4).fill("not enough reviews (2 of 4 quarters)"));
	});
});

describe("the total's forecast", () => {
	const el = draw(renderForecast);

	it("continues the total income as dashed bars, drawn without a chart library", () => {
		expect(el.querySelectorAll("canvas")).toHaveLength(0);
		const chart = el.querySelector("svg.pj-forecast-chart") as SVGSVGElement;
		// Totals: 1,000 + 0 + 800 = 1,800; 2,800; 3,800; 4,000 + 800 + 500 = 5,300; 5,000 + 800 + 1,500 = 7,300.
		// Least squares over x = 0..4: mean x 2, mean y (1,800 + 2,800 + 3,800 + 5,300 + 7,300) / 5 = 4,200;
		// Sxy = (-2)(-2,400) + (-1)(-1,400) + 0 + (1)(1,100) + (2)(3,100) = 4,800 + 1,400 + 1,100 + 6,200 = 13,500; Sxx = 10;
		// slope 1,350, intercept 4,200 - 2 x 1,350 = 1,500: x = 5..8 gives 8,250, 9,600, 10,950, 12,300.
		const forecast = [8250, 9600, 10950, 12300];
		const dashed = [...chart.querySelectorAll("rect.pj-forecast-bar")];
		expect(dashed).toHaveLength(4);
		dashed.forEach((bar, j) => {
			expect(bar.getAttribute("stroke-dasharray")).toBe("3 2");
			expect(boxOf(bar)[3]).toBeCloseTo(((forecast[j] ?? 0) / 12300) * 38, 9);
			expect(boxOf(bar)[0]).toBeCloseTo((5 + j) * STEP + 0.15 * STEP, 9);
		});
		expect(chart.querySelectorAll("rect.pj-multiple-bar")).toHaveLength(5);
		expect(texts(el, ".pj-multiple-forecast")).toEqual(["Forecast, dashed: $12,300 in 2027-Q2"]);
		expect(row(el, "All streams")).toEqual(["All streams", "2026-Q3 $8,250, 2026-Q4 $9,600, 2027-Q1 $10,950, 2027-Q2 $12,300", "$1,350"]);
	});
});

function row(el: HTMLElement, first: string): string[] {
	const tr = [...el.querySelectorAll<HTMLElement>("tbody tr")].find((r) => r.querySelector("td")?.textContent === first);
	return tr ? texts(tr, "td") : [];
}

describe("the small multiples can be compared", () => {
	const el = draw(renderAbsoluteTrends);

	it("share one scale across a grid, said in words, so a small stream's bars look small", () => {
		// The grid's largest figure is Growing's forecast of 9,000 (recorded, targets and forecasts alike):
		// every income chart's top is 9,000, so New's 1,500 is 1,500 / 9,000 x 38 = 6.33 high, not the full 38.
		const fresh = multiple(el, "New");
		const heights = [...fresh.querySelectorAll("rect.pj-multiple-bar")].map((bar) => boxOf(bar)[3] ?? NaN);
		expect(heights[0]).toBeCloseTo((500 / 9000) * 38, 9);
		expect(heights[1]).toBeCloseTo((1500 / 9000) * 38, 9);
		// Resting's 800 each quarter: 800 / 9,000 x 38 = 3.38.
		const resting = [...multiple(el, "Resting").querySelectorAll("rect.pj-multiple-bar")].map((bar) => boxOf(bar)[3] ?? NaN);
		for (const h of resting) expect(h).toBeCloseTo((800 / 9000) * 38, 9);
		expect(texts(el, ".pj-absolute-income .pj-multiple-scale")).toEqual(["Every chart has the same scale: from 0 at the bottom to $9,000 at the top."]);
		// Hours: Growing's 10 a week is the largest, so the hours charts share a top of 10 h.
		expect(texts(el, ".pj-absolute-time .pj-multiple-scale")).toEqual(["Every chart has the same scale: from 0 at the bottom to 10 h at the top."]);
	});

	it("name the first quarter and the last under each chart", () => {
		// Recorded 2025-Q2 to 2026-Q2, forecast to 2027-Q2.
		expect(texts(multiple(el, "Growing"), ".pj-multiple-axis span")).toEqual(["2025-Q2", "2027-Q2"]);
		expect(texts(el, ".pj-absolute-time .pj-multiple-axis span").slice(0, 2)).toEqual(["2025-Q2", "2026-Q2"]);
	});

	it("give the total's chart its scale and quarters too", () => {
		const total = draw(renderForecast);
		// Its top is the forecast's 12,300 (worked out in "the total's forecast" above).
		expect(texts(total, ".pj-multiple-scale")).toEqual(["From 0 at the bottom to $12,300 at the top."]);
		expect(texts(total, ".pj-multiple-axis span")).toEqual(["2025-Q2", "2027-Q2"]);
	});
});
