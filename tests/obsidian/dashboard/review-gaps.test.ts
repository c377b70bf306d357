// A draft review and a quarter without a review in the allocation and the trends: neither may pass
// for a quarter's actuals (issue 11, defect 1).
import { describe, expect, it } from "vitest";
import { allocationData } from "../../../src/obsidian/dashboard/allocation-data";
import { trendData } from "../../../src/obsidian/dashboard/trends-data";
import { quarterLabel } from "../../../src/core/quarter-label";
import { build, reviewNote, settingsWith, streamNote } from "../../core/helpers";

const streams = [streamNote("Job", { "hours-per-week": 30 }), streamNote("Side", { "hours-per-week": 10 })];
const actuals = (job: number, side: number) => [
	{ stream: "[[Job]]", "hours-per-week": job, income: 0 },
	{ stream: "[[Side]]", "hours-per-week": side, income: 0 },
];

describe("reviews in the allocation and the trends", () => {
	// Today 2026-11-21: 2026-Q3 is the last finished quarter. Reviews of 2026-Q1 (done) and
	// 2026-Q3 (draft); 2026-Q2 has none.
	const portfolio = build(
		[...streams, reviewNote("2026-Q1 review", { quarter: "2026-Q1", actuals: actuals(20, 20) }), reviewNote("2026-Q3 review", { quarter: "2026-Q3", draft: true, actuals: actuals(30, 10) })],
		undefined,
		"2026-11-21",
	);

	it("compares the allocation with the last review that is not a draft", () => {
		const time = allocationData(portfolio, "time");
		expect(time.lastQuarter).toBe("2026-Q1");
		// 2026-Q1: 20 of 20 + 20 = 40 hours each, so 50%.
		expect(time.rows.map((r) => [r.name, r.last])).toEqual([
			["Job", 50],
			["Side", 50],
		]);
	});

	it("shows the quarter without a review and the draft as gaps on the axis", () => {
		const data = trendData(portfolio, "time");
		expect(data.quarters).toEqual(["2026-Q1", "2026-Q2", "2026-Q3"]);
		expect(data.labels).toEqual(["2026-Q1", "2026-Q2 (no review)", "2026-Q3 (draft)"]);
		expect(data.series.map((s) => [s.name, s.values])).toEqual([
			["Streams/Job.md", [50, null, null]],
			["Streams/Side.md", [50, null, null]],
		]);
	});

	it("labels fiscal quarters on the axis", () => {
		const fiscal = build([...streams, reviewNote("r", { quarter: "2026-Q2", actuals: actuals(1, 1) })], settingsWith({ fiscalYearStartMonth: 4 }), "2026-11-21");
		const data = trendData(fiscal, "time", undefined, undefined, (q) => quarterLabel(q, 4));
		// April start: fiscal Q2 is Jul-Sep, and 2026-11-21 is in Q3, so Q2 is the last finished one.
		expect(data.labels).toEqual(["FY2026-Q2 (Jul-Sep)"]);
	});
});
