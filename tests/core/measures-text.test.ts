// The measures in the text report say what they rest on: how many quarters each used, and whether a
// volatility was declared at all.
import { describe, expect, it } from "vitest";
import { reportText } from "../../src/core/report-text";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { build } from "./helpers";
import { active, reviewsFrom } from "./measures-helpers";

// Two streams over 5 quarters: Flat 1,000 each (declared stable), Rising 1,000 to 5,000 (no volatility declared).
const portfolio = build([active("Flat", 10, 4000, { volatility: "stable" }), active("Rising", 10, 12000), ...reviewsFrom("2025-Q1", 5, (i) => [["Flat", 10, 1000], ["Rising", 10, (i + 1) * 1000]])]);
const text = reportText(portfolio, { vaultName: "Vault", today: "2026-08-15", settings: DEFAULT_SETTINGS, color: false });

describe("the text report's measures", () => {
	it("give the quarters each measure used, 8 at most, rather than claiming 8", () => {
		expect(text).toContain("  Measured volatility (coefficient of variation of quarterly income, the last 8 reviewed quarters at most):");
		// Rising: mean 3,000; deviations ±2,000, ±1,000, 0: squares 2 x 4,000,000 + 2 x 1,000,000 = 10,000,000;
		// sample sd sqrt(10,000,000 / 4) = 1,581.1; CV 1,581.1 / 3,000 = 0.53 (volatile), over 5 quarters.
		expect(text).toContain("    Rising: 0.53 (volatile) over 5 quarters, not declared");
		expect(text).toContain("    Flat: 0.00 (stable) over 5 quarters, declared stable");
		expect(text).toContain("  Forecast of quarterly income (straight line through the last 8 reviewed quarters at most):");
		// Rising rises 1,000 a quarter: 6,000 to 9,000 from its 5 quarters.
		expect(text).toContain("    Rising: 2026-Q2 $6,000, 2026-Q3 $7,000, 2026-Q4 $8,000, 2027-Q1 $9,000 (from 5 quarters)");
		expect(text).not.toContain("declared nothing");
		expect(text).not.toContain("last 8 quarters)");
	});
});
