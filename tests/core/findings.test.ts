import { describe, expect, it } from "vitest";
import type { NoteInput, Portfolio } from "../../src/core/types";
import { build, reviewNote, settingsWith, streamNote } from "./helpers";

// A healthy portfolio: 4 active streams with an anchor and a seed, connected, targets summing to 100,
// 40 hours, income spread out, reviewed last quarter (2026-Q2, today being in 2026-Q3) and each stream teaching.
function healthy(change: Record<string, Record<string, unknown>> = {}, extra: NoteInput[] = []): NoteInput[] {
	const base: Record<string, Record<string, unknown>> = {
		Anchor: { role: "anchor", "hours-per-week": 20, "annual-revenue": 50000, "target-time": 50, "target-income": 50, funds: ["[[Seed]]"] },
		Clients: { role: "client", "hours-per-week": 10, "annual-revenue": 30000, "target-time": 25, "target-income": 30, teaches: "[[Anchor]]" },
		Book: { role: "leverage", "hours-per-week": 6, "annual-revenue": 15000, "target-time": 15, "target-income": 15, protects: ["[[Clients]]"] },
		Seed: { role: "seed", "hours-per-week": 4, "annual-revenue": 5000, "target-time": 10, "target-income": 5 },
	};
	const notes = Object.entries(base).map(([name, fm]) => streamNote(name, { ...fm, ...(change[name] ?? {}) }));
	const learnings = ["[[Anchor]] -> [[Seed]]: a", "[[Clients]] -> [[Anchor]]: b", "[[Book]] -> [[Clients]]: c", "[[Seed]] -> [[Book]]: d"];
	return [...notes, reviewNote("2026-Q2", { learnings }), ...extra];
}

function codes(portfolio: Portfolio): string[] {
	return portfolio.findings.map((f) => f.code);
}

describe("findings", () => {
	it("a healthy portfolio has none", () => {
		expect(build(healthy()).findings).toEqual([]);
	});

	it("stream-count fires outside min..max, not at the bounds", () => {
		expect(codes(build(healthy({ Seed: { status: "paused" }, Book: { status: "retired" } })))).toContain("stream-count");
		expect(codes(build(healthy({ Seed: { status: "paused" } })))).not.toContain("stream-count");
		const five = healthy({}, [streamNote("Fifth", { teaches: "[[Seed]]" })]);
		expect(codes(build(five))).not.toContain("stream-count");
		const six = healthy({}, [streamNote("Fifth", { teaches: "[[Seed]]" }), streamNote("Sixth", { teaches: "[[Seed]]" })]);
		const finding = build(six).findings.find((f) => f.code === "stream-count");
		expect(finding?.message).toBe("You have 6 active streams; a portfolio holds together best with 3 to 5.");
	});

	it("no-anchor and no-seed look at active streams only", () => {
		const portfolio = build(healthy({ Anchor: { role: "client" }, Seed: { status: "paused" } }));
		expect(portfolio.findings.filter((f) => f.code === "no-anchor" || f.code === "no-seed").map((f) => [f.code, f.severity])).toEqual([
			["no-anchor", "warning"],
			["no-seed", "info"],
		]);
	});

	it("isolated-stream fires for a stream with no edge in or out", () => {
		const portfolio = build(healthy({}, [streamNote("Loner", { "target-time": 0, "target-income": 0 })]));
		const isolated = portfolio.findings.filter((f) => f.code === "isolated-stream");
		expect(isolated.map((f) => f.path)).toEqual(["Streams/Loner.md"]);
		expect(isolated[0]?.message).toContain("Loner");
	});

	it("a learned edge alone keeps a stream from being isolated", () => {
		const notes = healthy({ Book: { protects: [] } });
		expect(codes(build(notes))).not.toContain("isolated-stream");
	});

	it("over-target and under-target fire strictly beyond the drift points, per dimension", () => {
		// Total 40 h: Anchor 20 h = 50%. Target 39 -> +11 fires; target 40 -> +10 does not.
		const over = build(healthy({ Anchor: { "target-time": 39 }, Seed: { "target-time": 21 } }));
		expect(over.findings.filter((f) => f.code === "over-target").map((f) => f.message)).toEqual([
			"Anchor takes 50% of your time against a 39% target (+11 points).",
		]);
		expect(over.findings.filter((f) => f.code === "under-target").map((f) => f.message)).toEqual([
			"Seed takes only 10% of your time against a 21% target (-11 points).",
		]);
		const atThreshold = build(healthy({ Anchor: { "target-time": 40 }, Seed: { "target-time": 20 } }));
		expect(codes(atThreshold)).not.toContain("over-target");
		expect(codes(atThreshold)).not.toContain("under-target");
	});

	it("rounds shares and points as the dashboard's tables do (whole numbers), so the two never disagree", () => {
		// Anchor 25 h of 45 h = 55.56% -> "56%"; against a 39% target: +16.56 -> "+17 points".
		const portfolio = build(healthy({ Anchor: { "hours-per-week": 25, "target-time": 39 } }));
		expect(portfolio.findings.filter((f) => f.code === "over-target").map((f) => f.message)).toEqual([
			"Anchor takes 56% of your time against a 39% target (+17 points).",
		]);
	});

	it("income drift is its own finding", () => {
		// Total income 100k: Clients 30k = 30%. Target 19 -> +11 points.
		const portfolio = build(healthy({ Clients: { "target-income": 19 }, Seed: { "target-income": 16 } }));
		expect(portfolio.findings.filter((f) => f.code === "over-target").map((f) => f.message)).toEqual([
			"Clients brings 30% of your income against a 19% target (+11 points).",
		]);
	});

	it("targets-sum fires beyond the tolerance, per dimension", () => {
		const off = build(healthy({ Seed: { "target-time": 8 } }));
		expect(off.findings.filter((f) => f.code === "targets-sum").map((f) => f.message)).toEqual([
			"The time targets of your active streams add up to 98%, not 100%: adjust target-time.",
		]);
		expect(codes(build(healthy({ Seed: { "target-time": 9 } })))).not.toContain("targets-sum");
		expect(codes(build(healthy({ Seed: { "target-time": 11 } })))).not.toContain("targets-sum");
	});

	it("targets-sum stays quiet when no active stream has a target", () => {
		const none = { "target-time": null, "target-income": null };
		expect(codes(build(healthy({ Anchor: none, Clients: none, Book: none, Seed: none })))).not.toContain("targets-sum");
	});

	it("overload fires over the hours threshold, not at it", () => {
		// 40 h by default; +20 h on the anchor makes 60 (at), +21 makes 61 (over).
		expect(codes(build(healthy({ Anchor: { "hours-per-week": 40, "target-time": null } })))).not.toContain("overload");
		const over = build(healthy({ Anchor: { "hours-per-week": 41, "target-time": null } }));
		expect(over.findings.find((f) => f.code === "overload")?.message).toBe("Your active streams take 61 hours a week, over the 60 you allow.");
	});

	it("income-concentration fires over the threshold, not at it", () => {
		// Anchor 70k of 70k + 30k (Clients 25k, Book 4k, Seed 1k) = 70% exactly.
		const split = { Clients: { "annual-revenue": 25000 }, Book: { "annual-revenue": 4000 }, Seed: { "annual-revenue": 1000 } };
		expect(codes(build(healthy({ ...split, Anchor: { "annual-revenue": 70000 } }), settingsWith({}, { driftPoints: 100 })))).not.toContain("income-concentration");
		const over = build(healthy({ ...split, Anchor: { "annual-revenue": 71000 } }), settingsWith({}, { driftPoints: 100 }));
		expect(over.findings.find((f) => f.code === "income-concentration")).toMatchObject({ path: "Streams/Anchor.md", severity: "warning" });
	});

	it("silent-stream names the streams that taught nothing in the last reviewed quarter", () => {
		const notes = healthy({}, [reviewNote("2026-Q1", { learnings: ["[[Anchor]] -> [[Seed]]: old"] })]).map((note) =>
			note.path === "Reviews/2026-Q2.md" ? reviewNote("2026-Q2", { learnings: ["[[Anchor]] -> [[Seed]]: a", "[[Clients]] -> [[Anchor]]: b"] }) : note,
		);
		const silent = build(notes).findings.filter((f) => f.code === "silent-stream");
		expect(silent.map((f) => [f.path, f.severity])).toEqual([
			["Streams/Book.md", "info"],
			["Streams/Seed.md", "info"],
		]);
		expect(silent[0]?.message).toContain("2026-Q2");
	});

	it("silent-stream stays quiet without reviews", () => {
		const notes = healthy().filter((note) => !note.path.startsWith("Reviews/"));
		expect(codes(build(notes))).not.toContain("silent-stream");
	});

	it("missing-review fires when the last finished quarter has no review", () => {
		expect(build(healthy(), undefined, "2026-10-02").findings.map((f) => [f.code, f.message])).toContainEqual([
			"missing-review",
			'There is no review of 2026-Q3 yet: run "Create quarterly review" to record what each stream took and taught.',
		]);
		expect(codes(build(healthy(), undefined, "2026-09-30"))).not.toContain("missing-review");
	});

	it("automation-exposure fires when over half the income is at high risk, not at exactly half", () => {
		expect(codes(build(healthy({ Anchor: { "automation-risk": "high" } })))).not.toContain("automation-exposure");
		const over = build(healthy({ Anchor: { "automation-risk": "high" }, Seed: { "automation-risk": "high" } }));
		expect(over.findings.find((f) => f.code === "automation-exposure")?.message).toBe(
			"55% of your income comes from streams at high automation risk (Anchor, Seed), over 50%.",
		);
	});

	it("thresholds come from the settings", () => {
		const strict = settingsWith({}, { overloadHours: 39, driftPoints: 0, maxStreams: 3 });
		const found = codes(build(healthy({ Seed: { "target-time": 9 }, Book: { "target-time": 16 } }), strict));
		expect(found).toEqual(expect.arrayContaining(["overload", "stream-count", "over-target", "under-target"]));
		expect(codes(build(healthy({ Seed: { "target-time": 9 }, Book: { "target-time": 16 } })))).toEqual([]);
	});
});
