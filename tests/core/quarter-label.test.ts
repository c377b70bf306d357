import { describe, expect, it } from "vitest";
import { fiscalYearNote, quarterLabel } from "../../src/core/quarter-label";
import { owedReview } from "../../src/core/review-due";

describe("quarterLabel", () => {
	it.each([
		["2026-Q3", 1, "2026-Q3"],
		// April start: Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar of the next calendar year.
		["2026-Q2", 4, "FY2026-Q2 (Jul-Sep)"],
		["2026-Q4", 4, "FY2026-Q4 (Jan-Mar)"],
		// November start: Q1 is Nov, Dec and Jan.
		["2025-Q1", 11, "FY2025-Q1 (Nov-Jan)"],
		["not a quarter", 4, "not a quarter"],
	])("%s with the year starting in month %i reads %s", (quarter, month, label) => {
		expect(quarterLabel(quarter, month)).toBe(label);
	});
});

describe("fiscalYearNote", () => {
	it("names the months and calendar years a fiscal year spans", () => {
		// April start: FY2026 is April 2026 to March 2027; a November start, November 2025 to October 2026.
		expect(fiscalYearNote("2026-Q3", 4)).toBe("FY2026 runs from Apr 2026 to Mar 2027");
		expect(fiscalYearNote("2025-Q1", 11)).toBe("FY2025 runs from Nov 2025 to Oct 2026");
	});
});

describe("owedReview", () => {
	const review = (quarter: string) => ({ path: `${quarter}.md`, quarter, actuals: [], totals: { hoursPerWeek: 0, income: 0 } });
	it("owes the last finished quarter while it has no review, then the current one (unfinished)", () => {
		const now = { currentQuarter: "2026-Q4", lastFinishedQuarter: "2026-Q3" };
		expect(owedReview({ ...now, reviews: [review("2026-Q2")] })).toEqual({ quarter: "2026-Q3", finished: true });
		expect(owedReview({ ...now, reviews: [review("2026-Q2"), { ...review("2026-Q3"), draft: true }] })).toEqual({ quarter: "2026-Q4", finished: false });
		expect(owedReview({ ...now, reviews: [] })).toEqual({ quarter: "2026-Q3", finished: true });
	});
});
