// The example vaults read through the CLI agree with figures worked out by hand from their notes.
import { describe, expect, it } from "vitest";
import type { ReportJson } from "../../src/core/report-json";
import { reportOf, seed } from "./helpers";

function stream(report: ReportJson, name: string): ReportJson["streams"][number] {
	const found = report.streams.find((s) => s.name === name);
	if (!found) throw new Error(`no stream ${name}`);
	return found;
}

/** Checks each active stream's shares and drifts against hours, revenue and targets read off its note. */
function expectAllocation(report: ReportJson, rows: [name: string, hours: number, revenue: number, targetTime: number, targetIncome: number][]): void {
	const totalHours = rows.reduce((sum, r) => sum + r[1], 0);
	const totalRevenue = rows.reduce((sum, r) => sum + r[2], 0);
	expect(report.totals.hoursPerWeek).toBe(totalHours);
	expect(report.totals.annualRevenue).toBe(totalRevenue);
	expect(report.totals.activeStreams).toBe(rows.length);
	for (const [name, hours, revenue, targetTime, targetIncome] of rows) {
		const s = stream(report, name);
		expect(s.status, name).toBe("active");
		expect(s.hoursPerWeek, name).toBe(hours);
		expect(s.annualRevenue, name).toBe(revenue);
		expect(s.timeShare, name).toBeCloseTo((hours / totalHours) * 100, 6);
		expect(s.incomeShare, name).toBeCloseTo((revenue / totalRevenue) * 100, 6);
		expect(s.timeDrift, name).toBeCloseTo((hours / totalHours) * 100 - targetTime, 6);
		expect(s.incomeDrift, name).toBeCloseTo((revenue / totalRevenue) * 100 - targetIncome, 6);
	}
}

/** Learned edges are the distinct (from, to) pairs of the learnings, counted. */
function expectLearned(report: ReportJson, learnings: [from: string, to: string, quarter: string][], folder = "Streams/"): void {
	expect(report.learnings).toHaveLength(learnings.length);
	const counts = new Map<string, number>();
	for (const [from, to] of learnings) counts.set(`${from}>${to}`, (counts.get(`${from}>${to}`) ?? 0) + 1);
	const learned = report.edges.filter((e) => e.type === "learned");
	expect(learned).toHaveLength(counts.size);
	for (const [key, count] of counts) {
		const [from = "", to = ""] = key.split(">");
		expect(learned.find((e) => e.from === `${folder}${from}.md` && e.to === `${folder}${to}.md`)?.count, key).toBe(count);
	}
	const quarters = (list: { quarter: string | null }[]): string[] => list.map((l) => l.quarter ?? "undated").sort();
	expect(quarters(report.learnings)).toEqual(quarters(learnings.map(([, , quarter]) => ({ quarter }))));
}

function designed(report: ReportJson): string[] {
	return report.edges.filter((e) => e.type !== "learned").map((e) => `${e.from} ${e.type} ${e.to}`).sort();
}

function codes(issues: ReportJson["findings"]): string[] {
	return issues.map((i) => `${i.code} ${i.path ?? "-"}`).sort();
}

describe("freelance-researcher (40/30/20/10, the demo vault)", () => {
	const report = reportOf(seed("freelance-researcher"));

	it("computes time and income shares from 16+20+8+4 hours and 42k+30k+15k+3k", () => {
		expectAllocation(report, [
			["Retainer consulting", 16, 42000, 40, 40],
			["Research projects", 20, 30000, 30, 30],
			["Writing and speaking", 8, 15000, 20, 20],
			["Open science", 4, 3000, 10, 10],
		]);
		expect(stream(report, "Research projects").timeShare).toBeCloseTo((20 / 48) * 100);
		const planned = stream(report, "Online course");
		expect([planned.status, planned.timeShare, planned.incomeShare]).toEqual(["planned", null, null]);
	});

	it("reads links written with an alias, a heading and a folder path", () => {
		const s = (n: string) => `Streams/${n}.md`;
		expect(designed(report)).toEqual(
			[
				`${s("Retainer consulting")} funds ${s("Open science")}`,
				`${s("Retainer consulting")} funds ${s("Writing and speaking")}`,
				`${s("Retainer consulting")} protects ${s("Research projects")}`,
				`${s("Research projects")} teaches ${s("Writing and speaking")}`,
				`${s("Research projects")} teaches ${s("Retainer consulting")}`,
				`${s("Writing and speaking")} teaches ${s("Research projects")}`,
				`${s("Writing and speaking")} teaches ${s("Online course")}`,
				`${s("Writing and speaking")} protects ${s("Retainer consulting")}`,
				`${s("Open science")} teaches ${s("Research projects")}`,
			].sort(),
		);
	});

	it("collects 3 stream learnings and 10 review learnings into learned edges", () => {
		const [ret, res, wri, ope] = ["Retainer consulting", "Research projects", "Writing and speaking", "Open science"] as const;
		expectLearned(report, [
			[ret, res, "2026-Q3"], [res, wri, "2026-Q3"], [ope, ret, "2026-Q3"],
			[ret, res, "2025-Q3"], [ope, res, "2025-Q3"],
			[res, wri, "2025-Q4"], [wri, ret, "2025-Q4"],
			[wri, res, "2026-Q1"], [ret, ope, "2026-Q1"],
			[ope, wri, "2026-Q2"], [res, ret, "2026-Q2"],
			[wri, ret, "2026-Q3"], [res, ope, "2026-Q3"],
		]);
	});

	it("has eight reviews, the last one's quarter read from its file name", () => {
		expect(report.reviews.map((r) => r.quarter)).toEqual(["2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]);
		const last = report.reviews[7];
		const research = last?.actuals.find((a) => a.stream === "Streams/Research projects.md");
		expect(research?.timeShare).toBeCloseTo((20 / (16 + 20 + 8 + 4)) * 100);
		expect(research?.incomeShare).toBeCloseTo((7500 / (10500 + 7500 + 4000 + 750)) * 100);
	});

	it("flags only the planted problems: research projects over its time target, a mentoring hour inside research time, writing declared volatile but steadily rising", () => {
		expect(report.diagnostics).toEqual([]);
		expect(codes(report.findings)).toEqual(["over-target Streams/Research projects.md", "overlapping-blocks Streams/Open science.md", "volatility-mismatch Streams/Writing and speaking.md"]);
	});
});

describe("union-organiser (50/25/15/10, pounds, fiscal year from April)", () => {
	const report = reportOf(seed("union-organiser"));

	it("computes shares from 20+10+6+4 hours and 24k+9k+12k+0, leaving the paused podcast out", () => {
		expectAllocation(report, [
			["Union job", 20, 24000, 50, 55],
			["Labour journalism", 10, 9000, 25, 25],
			["Union consulting", 6, 12000, 15, 20],
			["Housing organising", 4, 0, 10, 0],
		]);
		expect(stream(report, "Podcast").hoursPerWeek).toBe(12);
		expect(stream(report, "Podcast").timeShare).toBeNull();
	});

	it("uses fiscal quarters: 21 November 2026 is in the third quarter of the year that began in April", () => {
		expect(report.currentQuarter).toBe("2026-Q3");
		expect(report.lastFinishedQuarter).toBe("2026-Q2");
		expect(report.reviews.map((r) => r.quarter)).toEqual(["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]);
	});

	it("resolves lower-case, heading and folder links, and reports the misspelt one", () => {
		expect(designed(report)).toHaveLength(7);
		expect(designed(report)).toContain("Streams/Housing organising.md teaches Streams/Union job.md");
		expect(designed(report)).toContain("Streams/Union consulting.md funds Streams/Housing organising.md");
		expect(report.diagnostics).toHaveLength(1);
		const [typo] = report.diagnostics;
		expect([typo?.code, typo?.severity, typo?.path]).toEqual(["unresolved-link", "error", "Streams/Labour journalism.md"]);
		expect(typo?.message).toContain("[[Housing organizing]]");
		// One letter from a stream's name: the diagnostic names the stream it most likely meant.
		expect(typo?.message).toContain("did you mean [[Housing organising]]?");
	});

	it("finds the consulting stream silent in the last reviewed quarter", () => {
		const [job, jou, con, hou] = ["Union job", "Labour journalism", "Union consulting", "Housing organising"] as const;
		expectLearned(report, [
			[jou, job, "2026-Q2"], [hou, jou, "2026-Q2"],
			[job, jou, "2025-Q2"], [hou, job, "2025-Q2"],
			[con, job, "2025-Q3"], [jou, hou, "2025-Q3"],
			[con, jou, "2025-Q4"], [hou, jou, "2025-Q4"],
			[con, hou, "2026-Q1"], [job, con, "2026-Q1"],
			[job, hou, "2026-Q2"],
		]);
		expect(codes(report.findings)).toEqual(["low-energy Streams/Union job.md", "overlapping-blocks Streams/Union consulting.md", "silent-stream Streams/Union consulting.md"]);
	});
});

describe("portfolio-executive (five income-node categories)", () => {
	const report = reportOf(seed("portfolio-executive"));

	// Book and courses earns 28,800 euros a year; the vault's rate is 1.25 dollars a euro: 36,000 dollars.
	it("computes shares from 24+6+4+6+2 hours and 180k+36k+6k+48k+0", () => {
		expectAllocation(report, [
			["Fractional people chief", 24, 180000, 50, 60],
			["Book and courses", 6, 36000, 15, 15],
			["Newsletter", 4, 6000, 10, 5],
			["AI tools", 6, 48000, 15, 15],
			["Advisor shares", 2, 0, 10, 5],
		]);
		// The five active streams cover the five node categories; the planned Leadership cohort (products) does not count yet.
		expect(report.streams.filter((s) => s.status === "active").map((s) => s.category).sort()).toEqual(["applications", "content", "equity", "products", "services"]);
		expect([stream(report, "Leadership cohort").status, stream(report, "Leadership cohort").timeShare]).toEqual(["planned", null]);
	});

	it("keeps high automation risk under half of income: (6k + 48k) of 270k", () => {
		const high = report.streams.filter((s) => s.automationRisk === "high").map((s) => s.name).sort();
		expect(high).toEqual(["AI tools", "Newsletter"]);
		expect(((6000 + 48000) / 270000) * 100).toBeLessThan(50);
		expect(report.findings.map((f) => f.code)).not.toContain("automation-exposure");
	});

	it("counts 8 designed edges and 11 learnings", () => {
		expect(designed(report)).toHaveLength(8);
		const [chf, bok, nws, ai] = ["Fractional people chief", "Book and courses", "Newsletter", "AI tools"] as const;
		expectLearned(report, [
			[bok, nws, "2026-Q4"],
			[chf, bok, "2025-Q3"], [nws, bok, "2025-Q3"],
			[ai, chf, "2025-Q4"], [bok, nws, "2025-Q4"],
			[nws, ai, "2026-Q1"], [chf, ai, "2026-Q1"],
			[chf, nws, "2026-Q2"], [bok, chf, "2026-Q2"], [nws, bok, "2026-Q2"], [ai, chf, "2026-Q2"],
		]);
	});

	it("flags the missing 2026-Q3 review and the unconnected equity node", () => {
		expect(report.diagnostics).toEqual([]);
		expect(codes(report.findings)).toEqual([
			"isolated-stream Streams/Advisor shares.md",
			"missing-review -",
			"overlapping-blocks Streams/Fractional people chief.md",
			"silent-stream Streams/Advisor shares.md",
		]);
		expect(report.findings.find((f) => f.code === "missing-review")?.message).toContain("2026-Q3");
	});
});
