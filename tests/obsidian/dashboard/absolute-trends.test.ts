// @vitest-environment happy-dom
// Trends in absolute terms: hours a week and income per quarter, each stream's target as a line.
import { describe, expect, it } from "vitest";
import { absoluteTrend } from "../../../src/obsidian/dashboard/absolute-trend-data";
import { renderTrends } from "../../../src/obsidian/dashboard/trends-section";
import { streamColor } from "../../../src/obsidian/dashboard/theme-colors";
import { build, reviewNote } from "../../core/helpers";
import { active, reviewsFrom, type Row } from "../../core/measures-helpers";
import { container, context, p, researcher, texts } from "./fixtures";

describe("absolute trends", () => {
	it("gives each stream's hours and income per quarter and its target in the same units", () => {
		const time = absoluteTrend(researcher(), "time");
		expect(time.quarters).toEqual(["2026-Q1", "2026-Q2"]);
		// Latest hours: Consulting 18, Research 12, Course 6, Open science 4 (largest first).
		expect(time.rows.map((r) => r.name)).toEqual(["Consulting", "Research", "Course", "Open science"]);
		const consulting = time.rows[0];
		expect(consulting?.values).toEqual([20, 18]);
		// Target 40% of each quarter's 40 hours = 16 hours.
		expect(consulting?.targets).toEqual([0.4 * 40, 0.4 * 40]);
		// Open science was not reviewed in 2026-Q1: no figure, not zero.
		expect(time.rows[3]?.values).toEqual([null, 4]);
		const income = absoluteTrend(researcher(), "income");
		// Consulting's income target 45% of each quarter's 20,000 = 9,000.
		expect(income.rows.find((r) => r.path === p("Consulting"))?.targets).toEqual([0.45 * 20000, 0.45 * 20000]);
	});

	it("draws a small chart per stream in its colour, with a dashed target and the figures in words", () => {
		const el = container();
		const ctx = context();
		const portfolio = researcher();
		renderTrends(el, portfolio, ctx);
		const hours = el.querySelector(".pj-absolute-time") as HTMLElement;
		expect(texts(hours, ".pj-multiple-name")).toEqual(["Consulting", "Research", "Course", "Open science"]);
		expect(texts(hours, ".pj-multiple-caption")[0]).toBe("18 h in 2026-Q2, target 16 h");
		const first = hours.querySelector(".pj-multiple") as HTMLElement;
		// Two quarters, two bars, in Consulting's colour; the target as one polyline.
		const bars = Array.from(first.querySelectorAll("rect.pj-multiple-bar"));
		expect(bars).toHaveLength(2);
		for (const bar of bars) expect(bar.getAttribute("fill")).toBe(streamColor(ctx.colors, portfolio.streams, p("Consulting")));
		expect(first.querySelectorAll("polyline.pj-multiple-target")).toHaveLength(1);
		const income = el.querySelector(".pj-absolute-income") as HTMLElement;
		expect(texts(income, ".pj-multiple-caption")[0]).toBe("$14,000 in 2026-Q2, target $9,000");
	});

	it("names the quarter with its fiscal label under a fiscal year, as the rest of the dashboard does", () => {
		const el = container();
		const ctx = context();
		// A fiscal year from April: 2026-Q2 is its second quarter, July to September.
		ctx.settings = { ...ctx.settings, fiscalYearStartMonth: 4 };
		renderTrends(el, researcher(), ctx);
		const hours = el.querySelector(".pj-absolute-time") as HTMLElement;
		expect(texts(hours, ".pj-multiple-caption")[0]).toBe("18 h in FY2026-Q2 (Jul-Sep), target 16 h");
		expect(texts(hours, "th")).toContain("FY2026-Q2 (Jul-Sep)");
	});
});

describe("a draft review counts nowhere in the absolute trends", () => {
	// Four reviewed quarters, 2025-Q3 to 2026-Q2: Retainer 10 h and 1,000, 2,000, 3,000, 4,000; Talks 5 h
	// and 1,000 each quarter, targets 50% each. Then a draft of 2026-Q3 with Retainer at 60,000 and 40 h.
	const notes = [
		active("Retainer", 10, 16000, { "target-time": 50, "target-income": 50 }),
		active("Talks", 5, 4000, { "target-time": 50, "target-income": 50 }),
		...reviewsFrom("2025-Q3", 4, (i): Row[] => [["Retainer", 10, (i + 1) * 1000], ["Talks", 5, 1000]]),
		reviewNote("2026-Q3 review", { quarter: "2026-Q3", draft: true, actuals: [{ stream: "[[Retainer]]", "hours-per-week": 40, income: 60000 }, { stream: "[[Talks]]", "hours-per-week": 5, income: 1000 }] }),
	];
	const portfolio = build(notes, undefined, "2026-09-20");

	it("leaves the draft's quarter out, as the share trends do, so its figures and totals reach no chart", () => {
		for (const metric of ["time", "income"] as const) expect(absoluteTrend(portfolio, metric).quarters).toEqual(["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]);
		const income = absoluteTrend(portfolio, "income");
		const retainer = income.rows.find((r) => r.name === "Retainer");
		expect(retainer?.values).toEqual([1000, 2000, 3000, 4000]);
		// Targets from the counted totals: 50% of (4,000 + 1,000) = 2,500 in 2026-Q2, not 50% of 61,000.
		expect(retainer?.targets.at(-1)).toBe(0.5 * (4000 + 1000));
	});

	it("starts the forecast right after the last counted review, with all 4 of its quarters", () => {
		const el = container();
		renderTrends(el, portfolio, context());
		const chart = [...el.querySelectorAll<HTMLElement>(".pj-absolute-income .pj-multiple")].find((m) => m.querySelector(".pj-multiple-name")?.textContent === "Retainer") as HTMLElement;
		// 4 recorded bars, then 2026-Q3 to 2027-Q2 forecast: Retainer's line 1,000 a quarter more ends at
		// 4,000 + 4 x 1,000 = 8,000 in 2027-Q2.
		expect(chart.querySelectorAll("rect.pj-multiple-bar")).toHaveLength(4);
		expect(chart.querySelectorAll("rect.pj-forecast-bar")).toHaveLength(4);
		expect(texts(chart, ".pj-multiple-caption")).toEqual(["$4,000 in 2026-Q2, target $2,500", "Forecast, dashed: $8,000 in 2027-Q2"]);
		const headers = texts(el.querySelector(".pj-absolute-income table") as HTMLElement, "th");
		expect(headers).not.toContain("2026-Q3");
		expect(headers).toContain("2026-Q3 (forecast)");
	});
});
