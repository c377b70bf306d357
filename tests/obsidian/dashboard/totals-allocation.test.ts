// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { allocationData, type AllocationRow } from "../../../src/obsidian/dashboard/allocation-data";
import { driftClass, renderAllocation } from "../../../src/obsidian/dashboard/allocation-section";
import { largestIncomeStream, renderTotals } from "../../../src/obsidian/dashboard/totals-section";
import { container, context, p, researcher, stream, texts } from "./fixtures";

function statValue(el: HTMLElement, label: string): string {
	const box = Array.from(el.querySelectorAll(".pj-stat")).find((s) => s.querySelector(".pj-stat-label")?.textContent === label);
	return box?.querySelector(".pj-stat-value")?.textContent ?? "(missing)";
}

describe("totals", () => {
	it("shows streams, hours, income in the vault currency, concentration and issue counts", () => {
		const el = container();
		const ctx = context();
		ctx.settings = { ...ctx.settings, currency: "EUR" };
		renderTotals(el, researcher(), ctx);
		expect(statValue(el, "Active streams")).toBe("4");
		expect(statValue(el, "Hours per week")).toBe("40 h");
		expect(statValue(el, "Annual income")).toBe("€100,000");
		expect(statValue(el, "Income concentration")).toBe("60%");
		expect(statValue(el, "Findings")).toBe("2");
		expect(statValue(el, "Data problems")).toBe("1");
		const from = el.querySelector<HTMLAnchorElement>(".pj-stat-detail a.pj-link");
		expect(from?.textContent).toBe("Consulting");
		from?.click();
		expect(ctx.opened).toEqual([p("Consulting")]);
	});

	it("says the notes have errors before anything else", () => {
		const el = container();
		renderTotals(el, researcher(), context());
		expect(el.querySelector(".pj-health")?.classList.contains("pj-health-error")).toBe(true);
	});

	it("calls a portfolio with only notes healthy, and one with warnings worth a look", () => {
		const clean = researcher();
		clean.diagnostics = [];
		clean.findings = clean.findings.filter((f) => f.severity === "info");
		const el = container();
		renderTotals(el, clean, context());
		expect(el.querySelector(".pj-health")?.className).toContain("pj-health-ok");
		const warned = researcher();
		warned.diagnostics = [];
		renderTotals(container(), warned, context());
		expect(document.querySelector(".pj-health")?.className).toContain("pj-health-warn");
	});

	it("flags concentration over the threshold", () => {
		const el = container();
		const ctx = context();
		ctx.settings = { ...ctx.settings, thresholds: { ...ctx.settings.thresholds, incomeConcentration: 55 } };
		renderTotals(el, researcher(), ctx);
		const box = Array.from(el.querySelectorAll(".pj-stat")).find((s) => s.textContent?.startsWith("Income concentration"));
		expect(box?.classList.contains("pj-stat-alert")).toBe(true);
	});

	it("ignores streams that are not active when looking for the largest income share", () => {
		const portfolio = researcher();
		portfolio.streams.push(stream("Paused big", { status: "paused", incomeShare: 95 }));
		expect(largestIncomeStream(portfolio)?.name).toBe("Consulting");
	});
});

describe("allocation data", () => {
	it("lists active streams by current share, with target, drift and the last review's share", () => {
		const data = allocationData(researcher(), "income");
		expect(data.lastQuarter).toBe("2026-Q2");
		expect(data.rows.map((r) => [r.name, r.now, r.target, r.drift, r.last])).toEqual([
			["Consulting", 60, 45, 15, 70],
			["Research", 30, 35, -5, 25],
			["Course", 10, 15, -5, 5],
			["Open science", 0, 5, -5, 0],
		]);
		expect(data.bars).toEqual(data.rows);
	});

	it("caps the bars, summing the rest into Other", () => {
		const portfolio = researcher();
		const data = allocationData(portfolio, "time", 3);
		expect(data.rows).toHaveLength(4);
		expect(data.bars.map((r) => r.name)).toEqual(["Consulting", "Research", "Other (2)"]);
		const other = data.bars[2] as AllocationRow;
		expect([other.path, other.now, other.target, other.drift]).toEqual([null, 30, 30, null]);
	});

	it("has no last values without reviews", () => {
		const portfolio = researcher();
		portfolio.reviews = [];
		const data = allocationData(portfolio, "time");
		expect(data.lastQuarter).toBeNull();
		expect(data.rows.every((r) => r.last === null)).toBe(true);
	});
});

describe("allocation section", () => {
	it("draws a labelled canvas and a drift table for time and for income", () => {
		const el = container();
		renderAllocation(el, researcher(), context());
		expect(el.querySelectorAll("canvas[role=img]")).toHaveLength(2);
		const captions = texts(el, "caption");
		expect(captions).toEqual(["Time share: now, target and drift in points", "Income share: now, target and drift in points", "Hourly rate and measured volatility of each active stream"]);
		const income = el.querySelector(".pj-allocation-income table") as HTMLTableElement;
		expect(texts(income, "th")).toEqual(["Stream", "Now", "Target", "Drift", "Last review (2026-Q2)"]);
		expect(texts(income, "tbody tr:first-child td")).toEqual(["Consulting", "60%", "45%", "+15 pts", "70%"]);
		expect(income.querySelector(".pj-drift-over")?.textContent).toBe("+15 pts");
		expect(income.querySelectorAll(".pj-drift-under")).toHaveLength(0);
	});

	it("marks drift only beyond the threshold, in both directions", () => {
		expect(driftClass(10, 10)).toBeNull();
		expect(driftClass(10.5, 10)).toBe("pj-drift-over");
		expect(driftClass(-12, 10)).toBe("pj-drift-under");
		expect(driftClass(null, 10)).toBeNull();
	});

	it("explains itself when no stream is active", () => {
		const portfolio = researcher();
		portfolio.streams = portfolio.streams.map((s) => ({ ...s, status: "paused" }));
		portfolio.totals = { ...portfolio.totals, activeStreams: 0 };
		const el = container();
		renderAllocation(el, portfolio, context());
		expect(el.querySelector("canvas")).toBeNull();
		expect(el.querySelector(".pj-empty")?.textContent).toContain("No active streams");
	});
});

describe("allocation chart size", () => {
	it("gives every wrapped stream name room on the axis: 16 px a line, so chart.js skips none", () => {
		const el = container();
		const portfolio = researcher();
		portfolio.streams = portfolio.streams.map((s) => ({ ...s, name: `${s.name} with a much longer and realistic name` }));
		renderAllocation(el, portfolio, context());
		const box = el.querySelector<HTMLElement>(".pj-allocation-time .pj-chart");
		// 4 active streams, each name now 3 or 4 lines of 18 characters: at least 4 x 3 x 16 = 192 px of labels.
		const height = parseFloat(box?.style.getPropertyValue("--pj-chart-height") ?? "0");
		expect(height).toBeGreaterThanOrEqual(4 * 3 * 16);
	});
});
