// Measured volatility, correlation, forecast and energy, from runs of reviews; figures worked out by hand.
import { describe, expect, it } from "vitest";
import { formatVolatility } from "../../src/core/measure-format";
import { reportText } from "../../src/core/report-text";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Portfolio } from "../../src/core/types";
import { build, codesFor, settingsWith } from "./helpers";
import { active, reviewsFrom } from "./measures-helpers";

const of = (p: Portfolio, name: string) => p.measures.streams.find((s) => s.name === name);
const findings = (p: Portfolio, code: string) => p.findings.filter((f) => f.code === code);

describe("measured volatility", () => {
	it("coefficient of variation of the quarterly incomes, with its band", () => {
		const p = build([
			active("Flat", 10, 40000),
			active("Swing", 10, 40000),
			active("Wild", 10, 40000),
			...reviewsFrom("2025-Q1", 4, (i) => [["Flat", 10, 10000], ["Swing", 10, [8000, 12000][i % 2] ?? 0], ["Wild", 10, [0, 20000][i % 2] ?? 0]]),
		]);
		expect(of(p, "Flat")?.volatility).toEqual({ coefficientOfVariation: 0, band: "stable", quarters: 4, reason: null });
		// Swing 8,12,8,12 (thousands): mean 10, squared deviations 4 x 4 = 16, sample variance 16 / 3, sd 2.309; CV 0.2309
		expect(of(p, "Swing")?.volatility.coefficientOfVariation).toBeCloseTo(Math.sqrt(16 / 3) / 10, 12);
		expect(of(p, "Swing")?.volatility.band).toBe("variable"); // 0.15 <= 0.23 <= 0.5
		// Wild 0,20,0,20: mean 10, squared deviations 4 x 100 = 400, variance 400 / 3, sd 11.547; CV 1.1547
		expect(of(p, "Wild")?.volatility.coefficientOfVariation).toBeCloseTo(Math.sqrt(400 / 3) / 10, 12);
		expect(of(p, "Wild")?.volatility.band).toBe("volatile");
	});

	it("needs 4 reviewed quarters: with 3 it says not enough reviews, never a number", () => {
		const p = build([active("Swing", 10, 40000), ...reviewsFrom("2025-Q1", 3, (i) => [["Swing", 10, [8000, 12000][i % 2] ?? 0]])]);
		expect(of(p, "Swing")?.volatility).toEqual({ coefficientOfVariation: null, band: null, quarters: 3, reason: "not enough reviews" });
	});

	it("reviewed in 4 quarters but with no readable income in them, it says the income is missing, not that reviews are", () => {
		// Four reviews, each with an income that cannot count (negative, text): 0 known incomes of the 4 needed.
		const p = build([active("Broken", 10, 40000), ...reviewsFrom("2025-Q1", 4, (i) => [["Broken", 10, [-500, "lots", -1, "?"][i] ?? null]])]);
		const broken = of(p, "Broken");
		expect(broken?.volatility).toEqual({ coefficientOfVariation: null, band: null, quarters: 0, reason: "income missing" });
		expect(broken?.forecast.reason).toBe("income missing");
		expect(formatVolatility(broken!.volatility)).toBe("income missing or unreadable in its reviews (0 of 4 quarters have one)");
		// With 3 reviews the reviews are what is missing.
		const three = build([active("Broken", 10, 40000), ...reviewsFrom("2025-Q1", 3, () => [["Broken", 10, -500]])]);
		expect(of(three, "Broken")?.volatility.reason).toBe("not enough reviews");
	});

	it("looks at the last 8 quarters only", () => {
		// 10 quarters: two wild ones (0 and 100,000) first, then 8 x 10,000: the last 8 are flat
		const incomes = [0, 100000, ...Array<number>(8).fill(10000)];
		const p = build([active("Anchor", 10, 40000), ...reviewsFrom("2024-Q1", 10, (i) => [["Anchor", 10, incomes[i] ?? 0]])]);
		expect(of(p, "Anchor")?.volatility).toMatchObject({ coefficientOfVariation: 0, band: "stable", quarters: 8 });
	});

	it("a stream that brought nothing has no coefficient (0 / 0): 'no income'", () => {
		const p = build([active("Seed", 5, 0, { volatility: "stable" }), ...reviewsFrom("2025-Q1", 4, () => [["Seed", 5, 0]])]);
		expect(of(p, "Seed")?.volatility).toEqual({ coefficientOfVariation: null, band: null, quarters: 4, reason: "no income" });
		expect(findings(p, "volatility-mismatch")).toEqual([]);
	});

	it("volatility-mismatch when the declared word disagrees with the measured band (thresholds are settings)", () => {
		const notes = [
			active("Swing", 10, 40000, { volatility: "stable" }),
			active("Honest", 10, 40000, { volatility: "variable" }),
			...reviewsFrom("2025-Q1", 4, (i) => [["Swing", 10, [8000, 12000][i % 2] ?? 0], ["Honest", 10, [8000, 12000][i % 2] ?? 0]]),
		];
		const found = findings(build(notes), "volatility-mismatch");
		expect(found.map((f) => f.path)).toEqual(["Streams/Swing.md"]);
		expect(found[0]?.message).toContain("declared stable, but its income over the last 4 reviewed quarters measures variable (coefficient of variation 0.23");
		// With stable below 0.25, CV 0.23 is stable: now Honest is the one that disagrees
		expect(findings(build(notes, settingsWith({}, { stableBelow: 0.25 })), "volatility-mismatch").map((f) => f.path)).toEqual(["Streams/Honest.md"]);
	});
});

describe("correlation of quarterly incomes", () => {
	// X = 1..8, Y = 1,3,2,5,4,7,6,8 (thousands). Both means 4.5; deviations of X: ±0.5, ±1.5, ±2.5, ±3.5.
	// Sum of products: 12.25 + 3.75 + 3.75 - 0.25 - 0.25 + 3.75 + 3.75 + 12.25 = 39; sums of squares: 42 and 42.
	// r = 39 / sqrt(42 x 42) = 0.9286.
	const x = [1, 2, 3, 4, 5, 6, 7, 8];
	const y = [1, 3, 2, 5, 4, 7, 6, 8];
	const notes = (quarters: number) => [
		active("X", 10, 40000),
		active("Y", 10, 40000),
		active("Down", 10, 40000),
		active("Flat", 10, 40000),
		...reviewsFrom("2024-Q1", quarters, (i) => [["X", 10, (x[i] ?? 0) * 1000], ["Y", 10, (y[i] ?? 0) * 1000], ["Down", 10, (9 - (x[i] ?? 0)) * 1000], ["Flat", 10, 5000]]),
	];

	it("gives each pair with 8 common quarters its coefficient; a pair with a constant income is listed without one, and says why", () => {
		const p = build(notes(8));
		const pairs = p.measures.correlations.map((c) => [c.a, c.b, c.quarters, c.coefficient, c.reason]);
		// Flat's 5,000 every quarter has no spread: r = covariance / (sd x 0) has no value.
		expect(pairs).toEqual([
			["Streams/Down.md", "Streams/Flat.md", 8, null, "constant income"],
			["Streams/Down.md", "Streams/X.md", 8, expect.closeTo(-1, 12), null], // Down = 9 - X: a perfect mirror
			["Streams/Down.md", "Streams/Y.md", 8, expect.closeTo(-39 / 42, 12), null],
			["Streams/Flat.md", "Streams/X.md", 8, null, "constant income"],
			["Streams/Flat.md", "Streams/Y.md", 8, null, "constant income"],
			["Streams/X.md", "Streams/Y.md", 8, expect.closeTo(39 / 42, 12), null],
		]);
		const text = reportText(p, { vaultName: "Vault", today: "2026-08-15", settings: DEFAULT_SETTINGS, color: false });
		expect(text).toContain("    Down and Flat: none over 8 quarters (an income that never changed moves with nothing)");
		expect(p.measures.correlations.every((c) => c.tentative)).toBe(true);
	});

	it("correlated-streams above 0.7 only, marked tentative", () => {
		const found = findings(build(notes(8)), "correlated-streams");
		expect(found).toHaveLength(1);
		expect(found[0]?.message).toContain("X and Y rose and fell together over 8 reviewed quarters (correlation 0.93, above 0.7); tentative");
		expect(findings(build(notes(8), settingsWith({}, { correlatedAbove: 0.95 })), "correlated-streams")).toEqual([]);
	});

	it("7 common quarters are not enough", () => {
		expect(build(notes(7)).measures.correlations).toEqual([]);
	});
});

describe("forecast", () => {
	it("least-squares line through the last quarters, 4 quarters ahead, per stream and in total", () => {
		// 10,12,14,16 thousand in 2025: +2,000 a quarter, so 18, 20, 22, 24 thousand in 2026
		const p = build([active("A", 10, 40000), active("B", 10, 40000), ...reviewsFrom("2025-Q1", 4, (i) => [["A", 10, 10000 + 2000 * i], ["B", 10, 5000]])]);
		expect(of(p, "A")?.forecast).toEqual({
			basedOn: ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"],
			slopePerQuarter: 2000,
			next: [
				{ quarter: "2026-Q1", income: 18000 },
				{ quarter: "2026-Q2", income: 20000 },
				{ quarter: "2026-Q3", income: 22000 },
				{ quarter: "2026-Q4", income: 24000 },
			],
			reason: null,
		});
		// Total: A + 5,000 = 15, 17, 19, 21 thousand: +2,000 a quarter, next 23,000
		expect(p.measures.total.forecast.next[0]).toEqual({ quarter: "2026-Q1", income: 23000 });
	});

	it("places a skipped quarter in time", () => {
		// Reviews of 2025-Q1, Q2, Q4 and 2026-Q1 (no Q3): x = 0, 1, 3, 4 with income 10 + 2x thousand
		const reviews = reviewsFrom("2025-Q1", 5, (i) => [["A", 10, 10000 + 2000 * i]]).filter((_, i) => i !== 2);
		const p = build([active("A", 10, 40000), ...reviews]);
		expect(of(p, "A")?.forecast.basedOn).toEqual(["2025-Q1", "2025-Q2", "2025-Q4", "2026-Q1"]);
		expect(of(p, "A")?.forecast.next[0]).toEqual({ quarter: "2026-Q2", income: 20000 }); // x = 5: 10 + 2 x 5
	});

	it("stops at 0 when the line falls below it", () => {
		// 12, 8, 4, 0 thousand: -4,000 a quarter; the line gives -4,000 next, shown as 0
		const p = build([active("Falling", 10, 1000), ...reviewsFrom("2025-Q1", 4, (i) => [["Falling", 10, 12000 - 4000 * i]])]);
		expect(of(p, "Falling")?.forecast.slopePerQuarter).toBe(-4000);
		expect(of(p, "Falling")?.forecast.next.map((n) => n.income)).toEqual([0, 0, 0, 0]);
	});

	it("leaves a draft review out: its figures are the day's guess until the mark goes", () => {
		// Three done quarters at 10, 12, 14 thousand and a draft fourth: 3 quarters, not enough
		const reviews = reviewsFrom("2025-Q1", 4, (i) => [["A", 10, 10000 + 2000 * i]]);
		const draft = reviews[3];
		if (draft?.frontmatter) draft.frontmatter.draft = true;
		const p = build([active("A", 10, 40000), ...reviews]);
		expect(of(p, "A")?.forecast.reason).toBe("not enough reviews");
		expect(of(p, "A")?.quarters.map((q) => q.quarter)).toEqual(["2025-Q1", "2025-Q2", "2025-Q3"]);
		expect(p.measures.total.quarters).toHaveLength(3);
	});

	it("needs 4 reviewed quarters", () => {
		const p = build([active("A", 10, 40000), ...reviewsFrom("2025-Q1", 3, () => [["A", 10, 1000]])]);
		expect(of(p, "A")?.forecast).toEqual({ basedOn: ["2025-Q1", "2025-Q2", "2025-Q3"], slopePerQuarter: null, next: [], reason: "not enough reviews" });
		expect(p.measures.total.forecast.reason).toBe("not enough reviews");
	});
});

describe("energy", () => {
	it("is read from each actual, 1 to 5; anything else is reported and counts as missing", () => {
		const p = build([active("A", 10, 40000), ...reviewsFrom("2025-Q1", 4, (i) => [["A", 10, 1000, [4, "3", 6, "high"][i]]])]);
		expect(of(p, "A")?.quarters.map((q) => q.energy)).toEqual([4, 3, null, null]);
		expect(codesFor(p, "Reviews/2025-Q3 review.md")).toEqual(["invalid-energy"]);
		expect(p.diagnostics.find((d) => d.path === "Reviews/2025-Q4 review.md")?.message).toContain('energy: "high" is not a whole number from 1');
	});

	it("low-energy when the last two rated reviews score 2 or less; unrated quarters are skipped", () => {
		const notes = (energies: unknown[]) => [active("A", 10, 40000), ...reviewsFrom("2025-Q1", energies.length, (i) => [["A", 10, 1000, energies[i] ?? null]])];
		const low = findings(build(notes([4, 2, null, 1])), "low-energy");
		expect(low.map((f) => f.message)).toEqual(["A felt drained in its last two rated reviews (energy 2 in 2025-Q2 and 1 in 2025-Q4, out of 5): a hollow routine, worth a change or a plan to wind it down."]);
		expect(findings(build(notes([1, 2, 3])), "low-energy")).toEqual([]); // the latest is 3
		expect(findings(build(notes([2])), "low-energy")).toEqual([]); // one rating is not a pattern
		expect(findings(build(notes([3, 3]), settingsWith({}, { lowEnergy: 3 })), "low-energy")).toHaveLength(1);
	});
});
