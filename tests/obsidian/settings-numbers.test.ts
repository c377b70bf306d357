// Numbers typed into the settings read as numbers in the notes do: under the number-format setting,
// a space grouping thousands in every format, and text another format reads differently refused.
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { PortfolioSettings } from "../../src/core/types";
import { settingRow } from "../../src/obsidian/settings-rows";

const german: PortfolioSettings = { ...DEFAULT_SETTINGS, numberFormat: "1.234,5", currency: "EUR" };
const english: PortfolioSettings = { ...DEFAULT_SETTINGS, numberFormat: "1,234.5", currency: "USD" };

function parse(key: string, text: string, settings: PortfolioSettings): unknown {
	const row = settingRow(key);
	if (!row) throw new Error(`no row ${key}`);
	return row.parse(text, settings);
}

describe("amount settings follow the number format", () => {
	it.each(["cashBuffer", "monthlyCosts", "exploreMinIncome"])("%s: '24.000' is twenty-four thousand under 1.234,5, never 24", (key) => {
		expect(parse(key, "24.000", german)).toEqual({ patch: { [key]: 24000 } });
		expect(parse(key, "5.500", german)).toEqual({ patch: { [key]: 5500 } });
		// 24 thousand and a half: the comma is the decimal mark in this format.
		expect(parse(key, "24.000,5", german)).toEqual({ patch: { [key]: 24000.5 } });
		expect(parse(key, "€24k", german)).toEqual({ patch: { [key]: 24000 } });
	});

	it.each(["cashBuffer", "monthlyCosts", "exploreMinIncome"])("%s: a space groups thousands in every format", (key) => {
		expect(parse(key, "1 000", german)).toEqual({ patch: { [key]: 1000 } });
		expect(parse(key, "1 000", english)).toEqual({ patch: { [key]: 1000 } });
	});

	it.each(["cashBuffer", "monthlyCosts", "exploreMinIncome"])("%s: text another format reads differently is refused and says so", (key) => {
		// "24.000" is 24 under 1,234.5 but 24,000 under 1.234,5: ambiguous, so nothing is saved.
		const result = parse(key, "24.000", english) as { error: string };
		expect(result.error).toContain("could be read two ways");
		expect((parse(key, "£500", german) as { error: string }).error).toContain("not in EUR");
		expect((parse(key, "-5", german) as { error: string }).error).toContain("negative");
	});

	it("shows a saved amount in the vault's format, so saving the field unchanged keeps it", () => {
		const row = settingRow("cashBuffer");
		const saved = { ...german, cashBuffer: 24000.5 };
		expect(row?.read(saved)).toBe("24.000,5");
		expect(row?.parse(row.read(saved), saved)).toEqual({ patch: { cashBuffer: 24000.5 } });
	});
});

describe("other number settings read the decimal mark of the format", () => {
	it("thresholds and weeks a year take 0,15 and 46,5 under 1.234,5, and show them so", () => {
		expect(parse("thresholds.stableBelow", "0,15", german)).toEqual({ patch: { thresholds: { ...german.thresholds, stableBelow: 0.15 } } });
		expect(parse("weeksPerYear", "46,5", german)).toEqual({ patch: { weeksPerYear: 46.5 } });
		expect(settingRow("thresholds.stableBelow")?.read(german)).toBe("0,15");
		expect(settingRow("thresholds.stableBelow")?.read(english)).toBe("0.15");
		// Still in range: 60 weeks is more than a year has.
		expect(parse("weeksPerYear", "60", german)).toEqual({ error: "enter a number of weeks from 1 to 53." });
	});
});
