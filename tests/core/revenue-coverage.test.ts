// Totals and income shares rest on the active streams that have annual-revenue set: where some have
// none, the report's totals and the income-concentration finding say so.
import { describe, expect, it } from "vitest";
import { reportText } from "../../src/core/report-text";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { build, streamNote } from "./helpers";

const OPTIONS = { vaultName: "Vault", today: "2026-08-15", settings: DEFAULT_SETTINGS, color: false };

// Eight active streams; only "Paid" has a revenue figure (1,000 a year), the other seven have none.
function mostlyUnknown() {
	const notes = [streamNote("Paid", { role: "anchor", "hours-per-week": 8, "annual-revenue": 1000 })];
	for (let i = 1; i <= 7; i++) notes.push(streamNote(`Unpriced ${i}`, { role: "seed", "hours-per-week": 4 }));
	return build(notes);
}

describe("streams without a revenue figure", () => {
	it("the text report's totals say how many active streams have no figure", () => {
		const text = reportText(mostlyUnknown(), OPTIONS);
		// 8 + 7 × 4 = 36 h; 1,000 from Paid alone; 8 − 1 = 7 streams without a figure.
		expect(text).toContain("Totals: 8 active streams, 36 h a week, $1,000 a year from 1 of 8 streams; 7 have no revenue set");
	});

	it("income-concentration says the share is of the income set on 1 of 8 streams", () => {
		// Paid brings 1,000 of the 1,000 recorded: 100%, over the 70% threshold, but 7 streams are unknown.
		const finding = mostlyUnknown().findings.find((f) => f.code === "income-concentration");
		expect(finding?.message).toBe("Paid brings 100% of the income set on 1 of 8 active streams (7 have no annual-revenue), over 70%: losing it would hit hard.");
	});

	it("with every figure set, the totals and the finding speak of all your income", () => {
		// 50,000 + 10,000 = 60,000; 50,000 / 60,000 = 83%.
		const portfolio = build([streamNote("Big", { "hours-per-week": 10, "annual-revenue": 50000 }), streamNote("Small", { "hours-per-week": 10, "annual-revenue": 10000 })]);
		expect(reportText(portfolio, OPTIONS)).toContain("$60,000 a year\n");
		expect(portfolio.findings.find((f) => f.code === "income-concentration")?.message).toBe("Big brings 83% of your income, over 70%: losing it would hit hard.");
	});

	it("names a missing exchange rate as the cause, not an unset revenue", () => {
		// Home 40,000 in dollars; Berlin 10,000 EUR and Tokyo 250,000 JPY with no rate; Idea has no revenue at all.
		const notes = [
			streamNote("Home", { "hours-per-week": 10, "annual-revenue": 40000 }),
			streamNote("Berlin", { "hours-per-week": 5, "annual-revenue": 10000, currency: "EUR" }),
			streamNote("Tokyo", { "hours-per-week": 5, "annual-revenue": 250000, currency: "JPY" }),
			streamNote("Idea", { "hours-per-week": 2 }),
		];
		const portfolio = build(notes);
		// 10 + 5 + 5 + 2 = 22 h; 40,000 from Home alone: 1 of 4 streams, Idea unset, two without a rate.
		expect(reportText(portfolio, OPTIONS)).toContain("Totals: 4 active streams, 22 h a week, $40,000 a year from 1 of 4 streams; 1 has no revenue set, 2 are in a currency without an exchange rate");
		expect(portfolio.findings.find((f) => f.code === "income-concentration")?.message).toBe(
			"Home brings 100% of the income set on 1 of 4 active streams (1 has no annual-revenue, 2 are in a currency without an exchange rate), over 70%: losing it would hit hard.",
		);
	});
});
