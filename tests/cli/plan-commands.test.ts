// roadmap, compare and explore as a user runs them on the freelance researcher's vault (today 2026-11-21, so 2026-Q4).
import { describe, expect, it } from "vitest";
import type { DesignMeasures } from "../../src/core/compare";
import type { Exploration } from "../../src/core/explore";
import type { Roadmap } from "../../src/core/roadmap";
import { cli, seed } from "./helpers";

const vault = seed("freelance-researcher");

function json<T>(argv: string[]): T {
	const run = cli([...argv, "--json"]);
	expect(run.err).toBe("");
	expect(run.code).toBe(0);
	return JSON.parse(run.out) as T;
}

describe("roadmap", () => {
	it("projects the four active streams, then the online course from its start in 2027-Q2", () => {
		const roadmap = json<Roadmap>(["roadmap", vault]);
		expect(roadmap.quarters.map((q) => q.quarter)).toEqual(["2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4", "2028-Q1", "2028-Q2", "2028-Q3"]);
		// 16 + 20 + 8 + 4 = 48 h; 42,000 + 30,000 + 15,000 + 3,000 = 90,000 a year.
		expect(roadmap.quarters[0]?.totals).toEqual({ hoursPerWeek: 48, annualRevenue: 90000, streams: 4 });
		// From 2027-Q2 the course adds 6 h and 18,000: 54 h and 108,000.
		const launch = roadmap.quarters[2];
		expect(launch?.totals).toEqual({ hoursPerWeek: 54, annualRevenue: 108000, streams: 5 });
		expect(launch?.streams.find((s) => s.name === "Online course")).toMatchObject({ starts: true, hoursPerWeek: 6, annualRevenue: 18000 });
		expect(launch?.streams.find((s) => s.name === "Online course")?.incomeShare).toBeCloseTo((18000 / 108000) * 100, 9);
	});

	it("prints a readable table", () => {
		const run = cli(["roadmap", vault]);
		expect(run.code).toBe(0);
		expect(run.out).toContain("2027-Q2: 5 streams, 54 h a week, $108,000 a year");
		expect(run.out).toMatch(/Online course\s+leverage\s+6 h\s+11%\s+\$18,000\s+17%\s+starts/u);
	});

	it("names its quarters by the fiscal year, as the report does", () => {
		// The union organiser's year starts in April: November 2026 is in FY2026-Q3 (Oct-Dec), and the
		// eighth quarter on, FY2028-Q2, runs from July to September 2028.
		const run = cli(["roadmap", seed("union-organiser")]);
		expect(run.out.split("\n")[0]).toBe("Roadmap FY2026-Q3 (Oct-Dec) to FY2028-Q2 (Jul-Sep) (projected: hours a week, income as a yearly rate)");
		expect(run.out).toContain("\nFY2026-Q3 (Oct-Dec): ");
	});
});

describe("compare", () => {
	it("puts now and the scenario side by side", () => {
		const { designs } = json<{ designs: DesignMeasures[] }>(["compare", vault]);
		expect(designs.map((d) => d.name)).toEqual(["Now", "Retainer into a product"]);
		const [, product] = designs;
		// Retainer 8 h / 21,000, Research 20 / 30,000, Writing 8 / 15,000, Open science 4 / 3,000,
		// Online course 10 / 30,000 (now active), Experiment toolkit 4 / 12,000 (a candidate):
		// 54 h and 111,000 a year.
		expect([product?.hoursPerWeek, product?.annualRevenue, product?.activeStreams]).toEqual([54, 111000, 6]);
		// Two streams bring the largest 30,000: either stopping keeps 111,000 - 30,000 = 81,000.
		expect(product?.incomeKept.amount).toBe(81000);
		// HHI = (21² + 30² + 15² + 3² + 30² + 12²) / 111² × 10,000 = 2,619 / 12,321 × 10,000.
		expect(product?.hhi).toBeCloseTo((2619 / 12321) * 10000, 6);
		expect(product?.effectiveNumber).toBeCloseTo(12321 / 2619, 9);
		expect(product?.raised.map((f) => f.code)).toContain("stream-count");
	});

	it("prints one column per design", () => {
		const run = cli(["compare", vault]);
		expect(run.out).toMatch(/Income a year\s+\$90,000\s+\$111,000/u);
		expect(run.out).toContain("Retainer into a product (Scenarios/Retainer into a product.md) against now:");
	});
});

describe("explore", () => {
	it("finds the best two of three streams under 30 hours by hand", () => {
		// An anchor is required: Retainer consulting (16 h, 42,000) is the only one, leaving 14 h for two of
		// Experiment toolkit 4 h / 12k, Online course 6 h / 18k, Open science 4 h / 3k, Writing 8 h / 15k
		// (Research projects' 20 h never fits): all 6 pairs fit. The retainer is always the largest, so
		// the income kept is the pair's: Course + Writing 33k, then Toolkit + Course 30k.
		const result = json<Exploration>(["explore", vault, "--max-hours", "30", "--streams", "3"]);
		expect([result.considered, result.fitting]).toEqual([20, 6]); // C(6, 3) = 20
		expect(result.best.slice(0, 2).map((c) => [c.streams.map((s) => s.name), c.incomeKept.amount])).toEqual([
			[["Online course", "Retainer consulting", "Writing and speaking"], 33000],
			[["Experiment toolkit", "Online course", "Retainer consulting"], 30000],
		]);
	});

	it("says which constraint excluded most when nothing fits", () => {
		// 3 to 5 of 6 candidates: 20 + 15 + 6 = 41 combinations, all under 1,000,000 a year.
		const run = cli(["explore", vault, "--min-income", "1m"]);
		expect(run.code).toBe(0);
		expect(run.out).toContain("No combination fits. At least $1,000,000 a year of income (--min-income) excluded the most: 41 combinations.");
	});

	it.each([
		[["--streams", "5-3"], 'The value of --streams must be a count or a range like 3-5 (1 to 12), not "5-3".'],
		[["--max-hours", "lots"], 'The value of --max-hours must be hours a week, like 45, not "lots".'],
		[["--min-income", "-5"], 'The value of --min-income must be an amount a year, like 80000 or 80k, not "-5".'],
		[["--no-anchor=yes"], "Option --no-anchor takes no value."],
	])("exits 2 with one line on %j", (args, message) => {
		const run = cli(["explore", vault, ...args]);
		expect(run.code).toBe(2);
		expect(run.out).toBe("");
		expect(run.err).toBe(`portfolio-journal: ${message}\n`);
	});

	it("--no-anchor lets a combination go without the retainer", () => {
		const result = json<Exploration>(["explore", vault, "--no-anchor", "--streams", "3-3", "--max-hours", "20"]);
		expect(result.constraints.requireAnchor).toBe(false);
		// Within 20 h the retainer (16 h) leaves too little for two more; of Toolkit 4, Course 6, Open science 4
		// and Writing 8 h, every three fit (14, 18, 16, 18 h): 4 combinations, none with an anchor.
		expect(result.fitting).toBe(4);
		expect(result.best.every((c) => c.streams.every((s) => s.name !== "Retainer consulting"))).toBe(true);
	});
});
