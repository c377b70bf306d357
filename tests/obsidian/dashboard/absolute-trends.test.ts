// @vitest-environment happy-dom
// Trends in absolute terms: hours a week and income per quarter, each stream's target as a line.
import { describe, expect, it } from "vitest";
import { absoluteTrend } from "../../../src/obsidian/dashboard/absolute-trend-data";
import { renderTrends } from "../../../src/obsidian/dashboard/trends-section";
import { streamColor } from "../../../src/obsidian/dashboard/theme-colors";
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
});
