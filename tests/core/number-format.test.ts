// Digits in the four number formats: what each reads, and what it refuses because another format
// would read the same text as a different number.
import { describe, expect, it } from "vitest";
import { readDigits, type NumberFormat } from "../../src/core/number-format";
import { readNumber } from "../../src/core/numbers";

describe("readDigits", () => {
	it.each<[NumberFormat, string, number | "invalid" | "ambiguous"]>([
		["1,234.5", "1,234.5", 1234 + 0.5],
		["1,234.5", "85,000", 85 * 1000],
		["1,234.5", "85 000", 85 * 1000],
		["1,234.5", "85\u00a0000", 85 * 1000],
		["1,234.5", "12.5", 12.5],
		["1,234.5", "0.125", 0.125],
		["1,234.5", "1,234.500", 1234.5],
		["1,234.5", "1.500", "ambiguous"],
		["1,234.5", "12,5", "invalid"],
		["1,234.5", "85.000,00", "invalid"],
		["1,234.5", "85'000", "invalid"],
		["1.234,5", "1.234,5", 1234 + 0.5],
		["1.234,5", "85.000", 85 * 1000],
		["1.234,5", "12,5", 12.5],
		["1.234,5", "1,500", "ambiguous"],
		["1.234,5", "85,000.00", "invalid"],
		["1 234,5", "85 000,5", 85000 + 0.5],
		["1 234,5", "85\u202f000", 85 * 1000],
		["1 234,5", "85.000", "invalid"],
		["1'234.5", "85'000", 85 * 1000],
		["1'234.5", "85\u2019000.5", 85000 + 0.5],
		["1'234.5", "1.500", "ambiguous"],
	])("%s reads %j as %s", (format, text, expected) => {
		expect(readDigits(text, format)).toBe(expected);
	});
});

describe("readNumber with a format and a currency", () => {
	const usd = { format: "1,234.5" as const, currency: "USD" };
	it.each<[string, number | null, string | null]>([
		["$85,000", 85 * 1000, null],
		["85,000 USD", 85 * 1000, null],
		["$85k", 85 * 1000, null],
		["€85,000", null, "currency-mismatch"],
		["85,000 EUR", null, "currency-mismatch"],
		["£1.2m", null, "currency-mismatch"],
		["1.500", null, "ambiguous-number"],
		["12 foo", null, "invalid-number"],
		["USD", null, "invalid-number"],
	])("amount %j in a USD vault is %s (%s)", (text, value, code) => {
		const reading = readNumber(text, "amount", usd);
		expect([reading.value, reading.code]).toEqual([value, code]);
	});

	it("takes a symbol that can name the vault's currency: $ in a CAD vault, € in a vault set to EUR or €", () => {
		expect(readNumber("$500", "amount", { format: "1,234.5", currency: "CAD" }).value).toBe(500);
		expect(readNumber("€500", "amount", { format: "1,234.5", currency: "EUR" }).value).toBe(500);
		expect(readNumber("500 EUR", "amount", { format: "1,234.5", currency: "€" }).value).toBe(500);
	});
});
