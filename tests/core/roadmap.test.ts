import { describe, expect, it } from "vitest";
import { buildRoadmap } from "../../src/core/roadmap";
import { build, settingsWith, streamNote } from "./helpers";

// Today is 2026-08-15, so the roadmap runs 2026-Q3 .. 2028-Q2 (8 quarters).
const settings = settingsWith({}, { overloadHours: 50, maxNodes: 2 });
const notes = [
	streamNote("Job", { role: "anchor", "hours-per-week": 30, "annual-revenue": 60000, end: "2027-Q2" }),
	streamNote("Consulting", { role: "client", "hours-per-week": 10, "annual-revenue": 30000 }),
	// A date gives its quarter: 2026-12-31 is in 2026-Q4.
	streamNote("Old", { role: "seed", "hours-per-week": 5, "annual-revenue": 2000, end: "2026-12-31" }),
	streamNote("Product", { role: "leverage", status: "planned", start: "Q1 2027", "hours-per-week": 15, "annual-revenue": 20000 }),
	streamNote("Someday", { status: "planned", "hours-per-week": 3 }),
	streamNote("Dropped", { status: "retired", "hours-per-week": 9 }),
];

describe("the roadmap", () => {
	const portfolio = build(notes, settings);
	const roadmap = buildRoadmap(portfolio, settings.thresholds);
	const byQuarter = new Map(roadmap.quarters.map((q) => [q.quarter, q]));
	const names = (quarter: string): string[] => byQuarter.get(quarter)?.streams.map((s) => s.name) ?? [];
	const codes = (quarter: string): string[] => byQuarter.get(quarter)?.findings.map((f) => f.code) ?? [];

	it("covers the current quarter and the next 7", () => {
		expect(roadmap.quarters.map((q) => q.quarter)).toEqual(["2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4", "2028-Q1", "2028-Q2"]);
	});

	it("runs each stream from its start to its end; paused, retired and unscheduled ones not at all", () => {
		expect(names("2026-Q3")).toEqual(["Consulting", "Job", "Old"]);
		expect(names("2026-Q4")).toEqual(["Consulting", "Job", "Old"]); // Old's last quarter
		expect(names("2027-Q1")).toEqual(["Consulting", "Job", "Product"]); // Product launches
		expect(names("2027-Q2")).toEqual(["Consulting", "Job", "Product"]); // Job's last quarter
		expect(names("2027-Q3")).toEqual(["Consulting", "Product"]);
		expect(names("2028-Q2")).toEqual(["Consulting", "Product"]);
		expect(byQuarter.get("2026-Q4")?.streams.find((s) => s.name === "Old")?.ends).toBe(true);
		expect(byQuarter.get("2027-Q1")?.streams.find((s) => s.name === "Product")?.starts).toBe(true);
		expect(byQuarter.get("2027-Q2")?.streams.find((s) => s.name === "Product")?.starts).toBe(false);
		expect(roadmap.unscheduled).toEqual([{ name: "Someday", path: "Streams/Someday.md" }]);
	});

	it("projects each quarter's totals and shares", () => {
		// 2026-Q3: 30 + 10 + 5 = 45 h; 60,000 + 30,000 + 2,000 = 92,000 a year.
		expect(byQuarter.get("2026-Q3")?.totals).toEqual({ hoursPerWeek: 45, annualRevenue: 92000, streams: 3 });
		// 2027-Q1: 30 + 10 + 15 = 55 h; 60,000 + 30,000 + 20,000 = 110,000.
		const q1 = byQuarter.get("2027-Q1");
		expect(q1?.totals).toEqual({ hoursPerWeek: 55, annualRevenue: 110000, streams: 3 });
		// Product: 15 / 55 = 27.27% of the time, 20,000 / 110,000 = 18.18% of the income.
		const product = q1?.streams.find((s) => s.name === "Product");
		expect(product?.timeShare).toBeCloseTo((15 / 55) * 100, 9);
		expect(product?.incomeShare).toBeCloseTo((20000 / 110000) * 100, 9);
		// 2027-Q3, after the job: 10 + 15 = 25 h; 30,000 + 20,000 = 50,000.
		expect(byQuarter.get("2027-Q3")?.totals).toEqual({ hoursPerWeek: 25, annualRevenue: 50000, streams: 2 });
	});

	it("finds a launch into a full quarter, an anchor with no successor and too many nodes", () => {
		// 55 h > the 50 allowed, in the quarter Product starts; 45 h in 2026-Q3 has no launch.
		expect(codes("2027-Q1")).toContain("overload");
		expect(byQuarter.get("2027-Q1")?.findings.find((f) => f.code === "overload")?.message).toBe(
			"Product starts in 2027-Q1, which then takes 55 hours a week, over the 50 you allow: free time first or move the start.",
		);
		// Job (the anchor) ends in 2027-Q2 and no anchor runs in 2027-Q3.
		expect(codes("2027-Q2")).toContain("anchor-without-successor");
		expect(codes("2027-Q1")).not.toContain("anchor-without-successor");
		// Three streams run in 2026-Q3, more than the 2 allowed here; two in 2027-Q3 are fine.
		expect(codes("2026-Q3")).toContain("too-many-nodes");
		expect(codes("2027-Q3")).toEqual([]);
	});

	it("an anchor that ends with a successor starting next quarter raises nothing", () => {
		const withSuccessor = [...notes, streamNote("Lab", { role: "anchor", status: "planned", start: "2027-Q3", "hours-per-week": 20 })];
		const next = buildRoadmap(build(withSuccessor, settings), settings.thresholds);
		expect(next.quarters.find((q) => q.quarter === "2027-Q2")?.findings.map((f) => f.code)).not.toContain("anchor-without-successor");
	});
});

describe("planned-overdue and start/end diagnostics", () => {
	it("fires for a planned stream whose start has passed, which the roadmap then starts now", () => {
		const portfolio = build([streamNote("Book", { status: "planned", start: "2026-Q1", "hours-per-week": 4 })]);
		expect(portfolio.findings.filter((f) => f.code === "planned-overdue").map((f) => f.message)).toEqual([
			"Book was planned to start in 2026-Q1 and is still planned in 2026-Q3: start it (status: active), move its start, or drop it.",
		]);
		const first = buildRoadmap(portfolio, settings.thresholds).quarters[0];
		expect(first?.streams.map((s) => [s.name, s.starts])).toEqual([["Book", true]]);
	});

	it("does not fire for a start this quarter or later", () => {
		const portfolio = build([streamNote("Book", { status: "planned", start: "2026-Q3" })]);
		expect(portfolio.findings.map((f) => f.code)).not.toContain("planned-overdue");
	});

	it("reports an unreadable start and an end before the start", () => {
		const portfolio = build([streamNote("Book", { start: "next spring" }), streamNote("Talk", { start: "2027-Q2", end: "2027-Q1" })]);
		expect(portfolio.diagnostics.map((d) => [d.code, d.property, d.message])).toEqual([
			["invalid-quarter", "start", 'Streams/Book.md, start: "next spring" is neither a quarter nor a date; write it like 2027-Q1 or 2027-01-15.'],
			["end-before-start", "end", "Streams/Talk.md, end: 2027-Q1 comes before the start, 2027-Q2; the stream would never run."],
		]);
	});
});
