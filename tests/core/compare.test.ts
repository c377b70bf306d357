import { describe, expect, it } from "vitest";
import { compareDesigns } from "../../src/core/compare";
import { build, scenarioNote, settingsWith, streamNote } from "./helpers";

// Now: Job 30 h / 60,000, Consulting 10 h / 30,000 (high automation risk), Writing 5 h / 10,000.
// Consulting teaches Writing and Writing teaches Job: 2 teaching edges. No stream is a seed.
const streams = [
	streamNote("Job", { role: "anchor", "hours-per-week": 30, "annual-revenue": 60000 }),
	streamNote("Consulting", { role: "client", "hours-per-week": 10, "annual-revenue": 30000, "automation-risk": "high", teaches: ["[[Writing]]"] }),
	streamNote("Writing", { role: "leverage", "hours-per-week": 5, "annual-revenue": 10000, teaches: ["[[Job]]"] }),
];
// The scenario drops Consulting and adds Workshops (a seed: 10 h, 40,000, teaching Writing).
const scenario = scenarioNote("Workshops instead", {
	changes: [{ stream: "[[Consulting]]", status: "retired" }],
	candidates: [{ name: "Workshops", role: "seed", "hours-per-week": 10, "annual-revenue": "40k", teaches: ["[[Writing]]"] }],
});

describe("compare", () => {
	const portfolio = build([...streams, scenario]);
	const [now, workshops] = compareDesigns(portfolio, settingsWith());

	it("measures now", () => {
		expect(now?.name).toBe("Now");
		// 30 + 10 + 5 = 45 h; 60,000 + 30,000 + 10,000 = 100,000 a year.
		expect([now?.hoursPerWeek, now?.annualRevenue, now?.activeStreams]).toEqual([45, 100000, 3]);
		// 100,000 / (45 h × 48 weeks = 2,160 h) = 46.296 an hour.
		expect(now?.hourlyRate).toBeCloseTo(100000 / 2160, 9);
		// Shares 60, 30, 10: HHI = 3600 + 900 + 100 = 4600; effective number = 10,000 / 4,600 = 2.174.
		expect(now?.hhi).toBeCloseTo(4600, 9);
		expect(now?.effectiveNumber).toBeCloseTo(10000 / 4600, 9);
		// If Job (60,000) stops, 40,000 is kept: 40%.
		expect(now?.incomeKept).toEqual({ amount: 40000, percent: 40, largest: "Job" });
		// Consulting's 30,000 of 100,000 is at high automation risk: 30%.
		expect(now?.automationExposure).toBeCloseTo(30, 9);
		expect(now?.teachingEdges).toBe(2);
		expect(now?.findings.map((f) => f.code)).toEqual(["no-seed"]);
	});

	it("measures a scenario that drops a stream and adds a candidate", () => {
		expect(workshops?.name).toBe("Workshops instead");
		expect(workshops?.streams.map((s) => [s.name, s.candidate, s.path])).toEqual([
			["Job", false, "Streams/Job.md"],
			["Workshops", true, "Scenarios/Workshops instead.md"],
			["Writing", false, "Streams/Writing.md"],
		]);
		// Job 30 + Workshops 10 + Writing 5 = 45 h; 60,000 + 40,000 + 10,000 = 110,000.
		expect([workshops?.hoursPerWeek, workshops?.annualRevenue, workshops?.activeStreams]).toEqual([45, 110000, 3]);
		expect(workshops?.hourlyRate).toBeCloseTo(110000 / 2160, 9);
		// Workshops: 40,000 / 110,000 = 36.36% of income, 10 / 45 = 22.2% of time.
		const candidate = workshops?.streams.find((s) => s.name === "Workshops");
		expect(candidate?.incomeShare).toBeCloseTo((40000 / 110000) * 100, 9);
		expect(candidate?.timeShare).toBeCloseTo((10 / 45) * 100, 9);
		// HHI = (60² + 40² + 10²) / 110² × 10,000 = 5,300 / 12,100 × 10,000 = 4,380.17; effective number = 12,100 / 5,300 = 2.283.
		expect(workshops?.hhi).toBeCloseTo((5300 / 12100) * 10000, 6);
		expect(workshops?.effectiveNumber).toBeCloseTo(12100 / 5300, 9);
		// If Job stops: 110,000 - 60,000 = 50,000 kept, 50 / 110 = 45.45%.
		expect(workshops?.incomeKept.amount).toBe(50000);
		expect(workshops?.incomeKept.percent).toBeCloseTo((50000 / 110000) * 100, 9);
		// Consulting (the only high-risk stream) is gone: 0%.
		expect(workshops?.automationExposure).toBe(0);
		// Workshops -> Writing and Writing -> Job; Consulting -> Writing no longer counts.
		expect(workshops?.teachingEdges).toBe(2);
		// Workshops is a seed: no-seed is cleared, nothing raised.
		expect(workshops?.cleared.map((f) => f.code)).toEqual(["no-seed"]);
		expect(workshops?.raised).toEqual([]);
	});

	it("rates an hour as the measures do: a stream with income but no hours known does not inflate it", () => {
		// Royalties bring 20,000 with no hours recorded: counting its income over the others' hours
		// would claim (100,000 + 20,000) / 2,160 = 55.56 an hour. The one total rate leaves it out:
		// 100,000 / (45 h x 48 weeks = 2,160 h) = 46.296, the dashboard's "All active streams" figure.
		const portfolio = build([...streams, streamNote("Royalties", { role: "leverage", "annual-revenue": 20000 })]);
		const [now] = compareDesigns(portfolio, settingsWith());
		expect(now?.annualRevenue).toBe(120000);
		expect(now?.hourlyRate).toBeCloseTo(100000 / 2160, 9);
		expect(now?.hourlyRate).toBe(portfolio.measures.total.hourlyRate);
	});

	it("raises a finding the scenario brings", () => {
		const heavy = scenarioNote("Heavy", { changes: [{ stream: "[[Job]]", "HOURS-PER-WEEK": 50 }] });
		const [, design] = compareDesigns(build([...streams, heavy]), settingsWith());
		// 50 + 10 + 5 = 65 h, over the 60 allowed.
		expect(design?.hoursPerWeek).toBe(65);
		expect(design?.raised.map((f) => f.code)).toEqual(["overload"]);
	});
});

describe("reading scenario notes", () => {
	it("reports a change naming no stream, an unknown property, an unreadable number and a link to no note", () => {
		const note = scenarioNote("Broken", {
			changes: [{ status: "retired" }, { stream: "[[Job]]", hours: 5 }, { stream: "[[Writing]]", "annual-revenue": "lots" }, { stream: "[[Nobody]]" }],
			candidates: [{ role: "seed" }, "Workshops"],
		});
		const portfolio = build([...streams, note]);
		const mine = portfolio.diagnostics.filter((d) => d.path === "Scenarios/Broken.md").map((d) => [d.code, d.property]);
		expect(mine).toEqual([
			["candidate-without-name", "candidates[1]"],
			["change-without-stream", "changes[1]"],
			["invalid-number", "changes[3].annual-revenue"],
			["invalid-type", "candidates[2]"],
			["unresolved-link", "changes[4].stream"],
			["unknown-property", "changes[2].hours"],
		]);
		const number = portfolio.diagnostics.find((d) => d.code === "invalid-number");
		expect(number?.message).toMatch(/^Scenarios\/Broken\.md, changes\[3\]\.annual-revenue: "lots"/u);
		// The readable changes still apply; the unreadable number changes nothing; the rest of the vault loads.
		expect(portfolio.scenarios[0]?.changes.map((c) => [c.stream, c.set])).toEqual([
			["Streams/Job.md", {}],
			["Streams/Writing.md", {}],
		]);
		expect(portfolio.streams).toHaveLength(3);
	});

	it("names the known property for a near miss of changes or candidates", () => {
		const portfolio = build([...streams, scenarioNote("Typo", { Candidate_s: [{ name: "Workshops" }] })]);
		expect(portfolio.diagnostics.map((d) => [d.code, d.property])).toEqual([["misspelt-property", "Candidate_s"]]);
		expect(portfolio.scenarios[0]?.candidates).toEqual([]);
	});

	it("a candidate named like a stream note is reported and left out", () => {
		const note = scenarioNote("Twice", { candidates: [{ name: "writing", "hours-per-week": 2 }] });
		const portfolio = build([...streams, note]);
		expect(portfolio.diagnostics.map((d) => d.code)).toEqual(["candidate-is-stream"]);
		expect(portfolio.scenarios[0]?.candidates).toEqual([]);
	});
});
