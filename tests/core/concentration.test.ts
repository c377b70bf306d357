import { describe, expect, it } from "vitest";
import { effectiveNumber, herfindahlIndex, incomeKeptIfLargestStops } from "../../src/core/concentration";

describe("herfindahlIndex and effectiveNumber", () => {
	it("the freelance researcher's 40/30/20/10 income split", () => {
		// Amounts 40,000 + 30,000 + 20,000 + 10,000 = 100,000, so shares 40%, 30%, 20%, 10%.
		// HHI = 40² + 30² + 20² + 10² = 1600 + 900 + 400 + 100 = 3000.
		const hhi = herfindahlIndex([40000, 30000, 20000, 10000]);
		expect(hhi).toBeCloseTo(3000, 9);
		// Effective number = 10,000 / 3,000 = 3.333...
		expect(effectiveNumber(hhi)).toBeCloseTo(10 / 3, 9);
	});

	it("n equal streams give 10,000/n and an effective number of n; one stream gives 10,000 and 1", () => {
		// Four equal parts: 4 × 25² = 4 × 625 = 2500; 10,000 / 2,500 = 4.
		expect(herfindahlIndex([5, 5, 5, 5])).toBeCloseTo(2500, 9);
		expect(effectiveNumber(2500)).toBe(4);
		// One part: 100² = 10,000; 10,000 / 10,000 = 1.
		expect(herfindahlIndex([70000])).toBe(10000);
		expect(effectiveNumber(10000)).toBe(1);
	});

	it("leaves out missing amounts, and is null without income", () => {
		// Known: 30 and 10 of 40: 75² + 25² = 5625 + 625 = 6250.
		expect(herfindahlIndex([30, null, 10])).toBeCloseTo(6250, 9);
		expect(herfindahlIndex([0, 0])).toBeNull();
		expect(herfindahlIndex([])).toBeNull();
		expect(effectiveNumber(null)).toBeNull();
	});
});

describe("incomeKeptIfLargestStops", () => {
	it("keeps the total minus the largest", () => {
		// Total 100,000; the largest is 40,000 (index 0): 60,000 kept = 60%.
		expect(incomeKeptIfLargestStops([40000, 30000, 20000, 10000])).toEqual({ largestIndex: 0, amount: 60000, percent: 60 });
		// The largest need not come first: 10 + 50 + 20 = 80; 50 stops; 30 kept = 37.5%.
		expect(incomeKeptIfLargestStops([10, 50, null, 20])).toEqual({ largestIndex: 1, amount: 30, percent: 37.5 });
	});

	it("drops only one of two equal largest streams", () => {
		// 30 + 30 = 60, the first 30 stops, 30 kept = 50%.
		expect(incomeKeptIfLargestStops([30, 30])).toEqual({ largestIndex: 0, amount: 30, percent: 50 });
	});

	it("keeps nothing from a single stream, and has no percent without income", () => {
		expect(incomeKeptIfLargestStops([85000])).toEqual({ largestIndex: 0, amount: 0, percent: 0 });
		expect(incomeKeptIfLargestStops([null])).toEqual({ largestIndex: null, amount: 0, percent: null });
	});
});
