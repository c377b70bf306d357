import { describe, expect, it } from "vitest";
import { formatAmount, formatHours, formatPercent, formatPoints } from "../../src/core/format";

describe("format", () => {
	it.each<[number | null, string, string]>([
		[85000, "USD", "$85,000"],
		[85000.4, "usd", "$85,000"],
		[1200, "EUR", "€1,200"],
		[1500, "£", "£1,500"],
		[1500, "kr ", "kr1,500"],
		[null, "USD", "—"],
		[Number.NaN, "USD", "—"],
	])("formatAmount(%j, %j)", (n, currency, expected) => {
		expect(formatAmount(n, currency)).toBe(expected);
	});

	it.each<[number | null, number, string]>([
		[42, 0, "42%"],
		[41.6, 0, "42%"],
		[33.333, 1, "33.3%"],
		[null, 0, "—"],
	])("formatPercent(%j, %d)", (n, digits, expected) => {
		expect(formatPercent(n, digits)).toBe(expected);
	});

	it.each<[number | null, string]>([
		[17, "+17 pts"],
		[-3.4, "-3 pts"],
		// One point is singular; a drift that rounds to nothing is no "+0" or "0 pts".
		[1.4, "+1 pt"],
		[-0.6, "-1 pt"],
		[0.2, "on target"],
		[-0.4, "on target"],
		[null, "—"],
	])("formatPoints(%j)", (n, expected) => {
		expect(formatPoints(n)).toBe(expected);
	});

	it.each<[number | null, string]>([
		[38, "38 h"],
		[7.5, "7.5 h"],
		[null, "—"],
	])("formatHours(%j)", (n, expected) => {
		expect(formatHours(n)).toBe(expected);
	});
});
