// Settings that make no sense are not saved, typed in the tab or found in data.json (which the CLI
// reads too): a vault currency that is a formula, volatility bands in the wrong order.
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, mergeSettings } from "../../src/core/settings";
import { settingRow } from "../../src/obsidian/settings-rows";

const parse = (key: string, text: string, settings = DEFAULT_SETTINGS): unknown => settingRow(key)?.parse(text, settings);

describe("the vault currency", () => {
	it.each(["USD", "eur", "£", "€", "$", "kr", "R$", "CHF"])("takes a code or a symbol: %j", (text) => {
		expect(parse("currency", text)).toEqual({ patch: { currency: text } });
		expect(mergeSettings({ currency: text }).currency).toBe(text);
	});

	it.each(["=1+1", "+44", "@home", "EURO", "12", "US dollar", "-"])("refuses text that is neither, such as %j, so no amount reads like '=1+160,000'", (text) => {
		expect(parse("currency", text)).toEqual({ error: "enter a currency code such as EUR, or a symbol such as £." });
		expect(mergeSettings({ currency: text }).currency).toBe(DEFAULT_SETTINGS.currency);
	});
});

describe("volatility bands", () => {
	it("keep stable below at or under volatile above", () => {
		const settings = { ...DEFAULT_SETTINGS, thresholds: { ...DEFAULT_SETTINGS.thresholds, stableBelow: 0.15, volatileAbove: 0.5 } };
		expect(parse("thresholds.stableBelow", "0.6", settings)).toEqual({ error: "enter a number from 0 to 10, no more than volatile above (0.5)." });
		expect(parse("thresholds.volatileAbove", "0.1", settings)).toEqual({ error: "enter a number from 0 to 10, no less than stable below (0.15)." });
		expect(parse("thresholds.stableBelow", "0.5", settings)).toEqual({ patch: { thresholds: { ...settings.thresholds, stableBelow: 0.5 } } });
	});

	it("in data.json the wrong order falls back to both defaults (0.15 and 0.5)", () => {
		const merged = mergeSettings({ thresholds: { stableBelow: 0.8, volatileAbove: 0.3 } });
		expect([merged.thresholds.stableBelow, merged.thresholds.volatileAbove]).toEqual([0.15, 0.5]);
		expect(mergeSettings({ thresholds: { stableBelow: 0.2, volatileAbove: 0.3 } }).thresholds.stableBelow).toBe(0.2);
	});
});
