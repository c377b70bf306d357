import { describe, expect, it } from "vitest";
import { readNumber, type NumberKind } from "../../src/core/numbers";

describe("readNumber accepts the forms people type", () => {
	it.each<[unknown, NumberKind, number]>([
		[85000, "amount", 85000],
		[0, "hours", 0],
		[12.5, "hours", 12.5],
		["85000", "amount", 85000],
		["85,000", "amount", 85000],
		["85 000", "amount", 85000],
		["1,234,567.5", "amount", 1234567.5],
		["$85,000", "amount", 85000],
		["€85000", "amount", 85000],
		["£1,500", "amount", 1500],
		["¥900", "amount", 900],
		["85000€", "amount", 85000],
		["USD 85,000", "amount", 85000],
		["85000 EUR", "amount", 85000],
		["85k", "amount", 85000],
		["85K", "amount", 85000],
		["$85k", "amount", 85000],
		["1.2m", "amount", 1200000],
		["2.5M", "amount", 2500000],
		["  42  ", "hours", 42],
		["40h", "hours", 40],
		["7.5 h", "hours", 7.5],
		["50%", "percent", 50],
		["12.5 %", "percent", 12.5],
		[100, "percent", 100],
		["100%", "percent", 100],
		// All 7 × 24 = 168 hours of a week: the most a stream can take.
		[168, "hours", 168],
	])("%j as %s reads as %d", (value, kind, expected) => {
		expect(readNumber(value, kind)).toEqual({ value: expected, problem: null, code: null });
	});

	it.each<[unknown]>([[null], [undefined], [""], ["   "]])("%j is missing, not a problem", (value) => {
		expect(readNumber(value, "amount")).toEqual({ value: null, problem: null, code: null });
	});
});

describe("readNumber rejects the rest with a sentence naming the value", () => {
	it.each<[unknown, NumberKind, string, string]>([
		["forty", "hours", "invalid-number", '"forty" is not a number of hours'],
		["about 40", "hours", "invalid-number", '"about 40"'],
		["85,5", "amount", "invalid-number", '"85,5" is not an amount'],
		["12 foo", "amount", "invalid-number", '"12 foo"'],
		["40h", "amount", "invalid-number", '"40h" is not an amount'],
		["85k", "hours", "invalid-number", '"85k" is not a number of hours'],
		["50", "percent", "", ""],
		[true, "hours", "invalid-number", "true is a yes/no value"],
		[[40], "hours", "invalid-number", "[40] is a list"],
		[{ a: 1 }, "amount", "invalid-number", '{"a":1} is an object'],
		[Number.NaN, "amount", "invalid-number", "NaN is not a finite number"],
		[Number.POSITIVE_INFINITY, "amount", "invalid-number", "Infinity is not a finite number"],
		[-5, "hours", "negative-number", "-5 is negative"],
		["-5h", "hours", "negative-number", '"-5h" is negative'],
		["-$85,000", "amount", "negative-number", '"-$85,000" is negative'],
		["$-85", "amount", "negative-number", '"$-85" is negative'],
		[101, "percent", "percent-over-100", "101 is over 100%"],
		["150%", "percent", "percent-over-100", '"150%" is over 100%'],
		// A week has 7 × 24 = 168 hours: 168 is the most a stream can take, 168.5 is a mistake.
		[168.5, "hours", "hours-over-week", "168.5 is 168.5 hours a week, more than a week has (168)"],
		["200h", "hours", "hours-over-week", '"200h" is 200 hours a week'],
	])("%j as %s", (value, kind, code, start) => {
		const reading = readNumber(value, kind);
		if (code === "") {
			expect(reading.problem).toBeNull();
			return;
		}
		expect(reading.value).toBeNull();
		expect(reading.code).toBe(code);
		expect(reading.problem).toContain(start);
	});
});
