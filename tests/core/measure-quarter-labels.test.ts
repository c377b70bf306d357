// @vitest-environment happy-dom
// Under a fiscal year every measure names its quarters as the rest of the product does, with the one
// label function ("FY2025-Q4 (Jan-Mar)"), never the raw "2025-Q4" that reads as October to December.
import { describe, expect, it } from "vitest";
import { reportText } from "../../src/core/report-text";
import { renderAllocation } from "../../src/obsidian/dashboard/allocation-section";
import { renderEnergy } from "../../src/obsidian/dashboard/energy-section";
import { renderForecast } from "../../src/obsidian/dashboard/forecast-section";
import { container, context, texts } from "../obsidian/dashboard/fixtures";
import { build, settingsWith } from "./helpers";
import { active, reviewsFrom } from "./measures-helpers";

// The fiscal year starts in April: FY2025-Q1 is Apr-Jun 2025, ..., FY2025-Q4 is Jan-Mar 2026.
const settings = settingsWith({ fiscalYearStartMonth: 4 });
// One stream, 10 h a week and 48,000 a year; four reviews, income 1,000 to 4,000 and energy 4, 3, 2, 1.
const portfolio = build([active("A", 10, 48000), ...reviewsFrom("2025-Q1", 4, (i) => [["A", 10, (i + 1) * 1000, 4 - i]])], settings);
const FY = ["FY2025-Q1 (Apr-Jun)", "FY2025-Q2 (Jul-Sep)", "FY2025-Q3 (Oct-Dec)", "FY2025-Q4 (Jan-Mar)"];
// A quarter printed without its fiscal label: "2025-Q4" not preceded by "FY".
const RAW = /(?<!FY)\b\d{4}-Q[1-4]\b/u;

describe("measures under a fiscal year", () => {
	it("the text report's measures name fiscal quarters: hourly rates, forecast and energy", () => {
		const text = reportText(portfolio, { vaultName: "Vault", today: "2026-08-15", settings, color: false });
		// Last quarter's rate: 4,000 / (10 h x 12 weeks) = 33.33 an hour.
		expect(text).toContain(`    A: $100/h; in ${FY[3]}: $33/h`);
		// +1,000 a quarter: 5,000 to 8,000 in FY2026-Q1 (Apr-Jun) to FY2026-Q4 (Jan-Mar).
		expect(text).toContain("    A: FY2026-Q1 (Apr-Jun) $5,000, FY2026-Q2 (Jul-Sep) $6,000, FY2026-Q3 (Oct-Dec) $7,000, FY2026-Q4 (Jan-Mar) $8,000");
		expect(text).toContain(`    A: ${FY[0]} 4, ${FY[1]} 3, ${FY[2]} 2, ${FY[3]} 1`);
		expect(text).not.toMatch(RAW);
	});

	it("the low-energy finding names its fiscal quarters", () => {
		const low = portfolio.findings.find((f) => f.code === "low-energy");
		expect(low?.message).toBe(`A felt drained in its last two rated reviews (energy 2 in ${FY[2]} and 1 in ${FY[3]}, out of 5): a hollow routine, worth a change or a plan to wind it down.`);
	});

	it("the dashboard's hourly-rate column, energy table and forecast table name fiscal quarters", () => {
		const el = container();
		const ctx = context();
		ctx.settings = settings;
		renderAllocation(el, portfolio, ctx);
		renderEnergy(el, portfolio, ctx);
		renderForecast(el, portfolio, ctx);
		const headers = texts(el, "th");
		expect(headers).toContain(`In ${FY[3]}`);
		expect(headers).toEqual(expect.arrayContaining(FY));
		expect(texts(el, "td")).toContain("FY2026-Q1 (Apr-Jun) $5,000, FY2026-Q2 (Jul-Sep) $6,000, FY2026-Q3 (Oct-Dec) $7,000, FY2026-Q4 (Jan-Mar) $8,000");
		for (const text of [...headers, ...texts(el, "td"), ...texts(el, "p")]) expect(text).not.toMatch(RAW);
	});
});
