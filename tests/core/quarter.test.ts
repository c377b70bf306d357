import { describe, expect, it } from "vitest";
import { compareQuarters, nextQuarter, parseQuarter, previousQuarter, quarterBounds, quarterOfDate, quarterOfDateText } from "../../src/core/quarter";

describe("parseQuarter", () => {
	it.each([
		["2026-Q3", "2026-Q3"],
		["Q3 2026", "2026-Q3"],
		["2026Q3", "2026-Q3"],
		["2026-q3", "2026-Q3"],
		["2026 Q3", "2026-Q3"],
		["q1-2027", "2027-Q1"],
		["2026-Q3 review", "2026-Q3"],
		["Review Q4 2025", "2025-Q4"],
	])("%s", (text, expected) => {
		expect(parseQuarter(text)).toBe(expected);
	});

	it.each(["", "2026", "Q5 2026", "2026-Q0", "Quarterly review", "12026-Q3x"])("finds none in %j", (text) => {
		expect(parseQuarter(text)).toBeNull();
	});
});

describe("quarterOfDate under fiscal start months", () => {
	it.each<[string, number, string]>([
		["2026-01-01", 1, "2026-Q1"],
		["2026-03-31", 1, "2026-Q1"],
		["2026-04-01", 1, "2026-Q2"],
		["2026-12-31", 1, "2026-Q4"],
		["2026-04-01", 4, "2026-Q1"],
		["2026-06-30", 4, "2026-Q1"],
		["2026-07-01", 4, "2026-Q2"],
		["2027-02-10", 4, "2026-Q4"],
		["2026-03-31", 4, "2025-Q4"],
		["2026-07-01", 7, "2026-Q1"],
		["2026-06-30", 7, "2025-Q4"],
		["2027-01-15", 7, "2026-Q3"],
		["2026-10-01", 10, "2026-Q1"],
		["2026-12-31", 10, "2026-Q1"],
		["2027-01-01", 10, "2026-Q2"],
		["2027-09-30", 10, "2026-Q4"],
	])("%s with start month %d is %s", (date, start, expected) => {
		expect(quarterOfDate(date, start)).toBe(expected);
	});

	it("takes Date objects", () => {
		expect(quarterOfDate(new Date(2026, 7, 14), 1)).toBe("2026-Q3");
	});

	it("quarterOfDateText refuses what is not a real day", () => {
		expect(quarterOfDateText("2026-13-01", 1)).toBeNull();
		expect(quarterOfDateText("14/08/2026", 1)).toBeNull();
		expect(quarterOfDateText("2026-08-14", 1)).toBe("2026-Q3");
	});
});

describe("quarter arithmetic", () => {
	it("steps across year boundaries", () => {
		expect(previousQuarter("2026-Q1")).toBe("2025-Q4");
		expect(previousQuarter("2026-Q3")).toBe("2026-Q2");
		expect(nextQuarter("2026-Q4")).toBe("2027-Q1");
		expect(nextQuarter("2026-Q2")).toBe("2026-Q3");
	});

	it("orders quarters in time", () => {
		const sorted = ["2027-Q1", "2025-Q4", "2026-Q2", "2026-Q1"].sort(compareQuarters);
		expect(sorted).toEqual(["2025-Q4", "2026-Q1", "2026-Q2", "2027-Q1"]);
		expect(compareQuarters("2026-Q2", "2026-Q2")).toBe(0);
	});

	it.each<[string, number, string, string]>([
		["2026-Q1", 1, "2026-01-01", "2026-03-31"],
		["2024-Q1", 1, "2024-01-01", "2024-03-31"],
		["2026-Q4", 1, "2026-10-01", "2026-12-31"],
		["2026-Q1", 4, "2026-04-01", "2026-06-30"],
		["2026-Q4", 4, "2027-01-01", "2027-03-31"],
		["2026-Q3", 7, "2027-01-01", "2027-03-31"],
		["2027-Q4", 10, "2028-07-01", "2028-09-30"],
		["2023-Q4", 12, "2024-09-01", "2024-11-30"],
	])("bounds of %s with start month %d", (quarter, start, first, last) => {
		expect(quarterBounds(quarter, start)).toEqual({ start: first, end: last });
	});

	it("every day of a quarter's bounds lies in that quarter", () => {
		for (const start of [1, 4, 7, 10]) {
			const bounds = quarterBounds("2026-Q2", start);
			expect(quarterOfDate(bounds.start, start)).toBe("2026-Q2");
			expect(quarterOfDate(bounds.end, start)).toBe("2026-Q2");
		}
	});
});
