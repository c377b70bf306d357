// The measures of the example vaults, worked out by hand from their notes and settings.
import { describe, expect, it } from "vitest";
import type { ReportJson } from "../../src/core/report-json";
import { reportOf, seed } from "./helpers";

const measure = (r: ReportJson, name: string) => {
	const found = r.measures.streams.find((s) => s.name === name);
	if (!found) throw new Error(`no measures for ${name}`);
	return found;
};
const path = (name: string) => `Streams/${name}.md`;

describe("freelance-researcher: eight reviewed quarters, every measure", () => {
	const report = reportOf(seed("freelance-researcher"));

	it("hourly rates: revenue over hours x 48 weeks now, income over hours x 12 weeks per quarter", () => {
		expect(measure(report, "Retainer consulting").hourlyRate).toBeCloseTo(42000 / (16 * 48), 9); // 54.69
		expect(report.measures.total.hourlyRate).toBeCloseTo(90000 / (48 * 48), 9); // 90,000 / 2,304 = 39.06
		// 2026-Q3: writing brought 4,000 in 8 h a week: 4,000 / (8 x 12 = 96) = 41.67
		expect(measure(report, "Writing and speaking").quarters.at(-1)).toMatchObject({ quarter: "2026-Q3", hourlyRate: 4000 / 96, energy: 5 });
	});

	it("measures writing as variable (CV 0.37) though its note says volatile: the planted mismatch", () => {
		// Incomes 1.5, 2, 2, 2.5, 3, 4.5, 3.5, 4 thousand: mean 23 / 8 = 2.875;
		// squared deviations (thousands²) 1.890625 + 0.765625 x 2 + 0.140625 + 0.015625 + 2.640625 + 0.390625 + 1.265625 = 7.875;
		// sample variance 7.875 / 7 = 1.125, sd 1.0607, CV 1.0607 / 2.875 = 0.369
		const v = measure(report, "Writing and speaking").volatility;
		expect(v.coefficientOfVariation).toBeCloseTo(Math.sqrt(1.125) / 2.875, 9);
		expect([v.band, v.quarters, v.reason]).toEqual(["variable", 8, null]);
		expect(measure(report, "Retainer consulting").volatility.band).toBe("stable"); // 10,500 every quarter: CV 0
	});

	it("concentration: HHI of 42k, 30k, 15k and 3k of 90k", () => {
		// Shares 46.67, 33.33, 16.67, 3.33 %: squares 2,177.78 + 1,111.11 + 277.78 + 11.11 = 3,577.78 (= 2,898 x 10,000 / 8,100)
		const hhi = ((42 ** 2 + 30 ** 2 + 15 ** 2 + 3 ** 2) * 10000) / 90 ** 2;
		expect(report.measures.concentration.hhi).toBeCloseTo(hhi, 6);
		expect(report.measures.concentration.effectiveNumber).toBeCloseTo(10000 / hhi, 6); // 2.8 streams
	});

	it("correlation over 8 common quarters; the constant retainer has none", () => {
		// Research 3, 9, 4.5, 6, 7.5, 8, 7.5, 7.5 (mean 6.625) and writing as above (mean 2.875), in thousands:
		// sum of products of deviations 8.875, sums of squares 27.875 and 7.875: r = 8.875 / sqrt(27.875 x 7.875) = 0.599
		const pair = report.measures.correlations.find((c) => c.a === path("Research projects") && c.b === path("Writing and speaking"));
		expect(pair?.coefficient).toBeCloseTo(8.875 / Math.sqrt(27.875 * 7.875), 9);
		// The retainer's 10,500 every quarter has no spread: its pairs are there, with no coefficient and the reason.
		const retainer = report.measures.correlations.filter((c) => c.a === path("Retainer consulting") || c.b === path("Retainer consulting"));
		expect(retainer.map((c) => [c.quarters, c.coefficient, c.reason])).toEqual(Array(3).fill([8, null, "constant income"]));
		expect(report.findings.some((f) => f.code === "correlated-streams")).toBe(false); // 0.6 is under 0.7
	});

	it("runway from the vault's settings: a 24,000 buffer and 5,500 of costs a month", () => {
		const months = (name: string) => report.measures.runway?.streams.find((r) => r.name === name)?.months;
		expect(months("Retainer consulting")).toBe(16); // others 48,000 / 12 = 4,000 a month; 24,000 / 1,500 = 16
		expect(months("Research projects")).toBe(48); // others 60,000 / 12 = 5,000; 24,000 / 500 = 48
		expect(months("Writing and speaking")).toBeNull(); // others 75,000 / 12 = 6,250 cover 5,500
	});

	it("forecast: the retainer's flat line stays at 10,500 for the 4 quarters after 2026-Q3", () => {
		expect(measure(report, "Retainer consulting").forecast.next).toEqual(["2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3"].map((quarter) => ({ quarter, income: 10500 })));
	});
});

describe("portfolio-executive: a stream paid in euros", () => {
	const report = reportOf(seed("portfolio-executive"));

	it("turns 28,800 euros at 1.25 into 36,000 dollars, and each quarter's euros too", () => {
		const book = report.streams.find((s) => s.name === "Book and courses");
		expect([book?.currency, book?.annualRevenue]).toEqual(["EUR", 36000]);
		const q3 = report.reviews.find((r) => r.quarter === "2025-Q3")?.actuals.find((a) => a.stream === path("Book and courses"));
		expect(q3?.income).toBe(6000); // 4,800 euros x 1.25
	});

	it("measures the euro stream in dollars: its hourly rates and its forecast", () => {
		const book = measure(report, "Book and courses");
		// Now: 36,000 dollars / (6 h x 48 weeks = 288 h) = 125 an hour.
		expect(book.hourlyRate).toBeCloseTo(36000 / 288, 9);
		// 2026-Q2: 7,200 euros x 1.25 = 9,000 dollars over 6 h x 12 weeks = 72 h: 125 an hour.
		expect(book.quarters.at(-1)).toMatchObject({ quarter: "2026-Q2", income: 9000, hourlyRate: 9000 / 72 });
		// Euros 4,800, 9,600, 6,000, 7,200 x 1.25 = dollars 6,000, 12,000, 7,500, 9,000 at x = 0..3.
		// Mean x 1.5, mean y 34,500 / 4 = 8,625; Sxy = (-1.5)(-2,625) + (-0.5)(3,375) + (0.5)(-1,125) + (1.5)(375)
		// = 3,937.5 - 1,687.5 - 562.5 + 562.5 = 2,250; Sxx = 5: slope 450, intercept 8,625 - 1.5 x 450 = 7,950.
		// x = 4..7: 9,750, 10,200, 10,650, 11,100 dollars (in euros the line would end at 8,880).
		expect(book.forecast.slopePerQuarter).toBeCloseTo(450, 9);
		const next = book.forecast.next;
		expect(next.map((n) => n.quarter)).toEqual(["2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2"]);
		[9750, 10200, 10650, 11100].forEach((income, i) => expect(next[i]?.income).toBeCloseTo(income, 9));
	});

	it("has four reviews: enough for volatility and forecasts, too few for correlations", () => {
		expect(measure(report, "Fractional people chief").volatility).toMatchObject({ band: "stable", quarters: 4 });
		expect(measure(report, "Advisor shares").volatility.reason).toBe("no income");
		expect(report.measures.correlations).toEqual([]);
	});
});

describe("union-organiser: energy", () => {
	const report = reportOf(seed("union-organiser"));

	it("finds the union job drained: energy 2 in both of its last two reviews", () => {
		expect(measure(report, "Union job").quarters.map((q) => q.energy)).toEqual([null, null, 3, 2, 2]);
		expect(report.findings.find((f) => f.code === "low-energy")?.path).toBe(path("Union job"));
	});
});
