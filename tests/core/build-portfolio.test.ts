import { describe, expect, it } from "vitest";
import { assemblePortfolio, buildPortfolio } from "../../src/core/build-portfolio";
import { readNote } from "../../src/core/read-note";
import { createPathResolver } from "../../src/core/resolver";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { build, codesFor, plainNote, reviewNote, settingsWith, streamNote } from "./helpers";

describe("shares, drift and totals", () => {
	// 20 + 10 + 10 = 40 active hours; 60k + 30k + 10k = 100k active revenue. The paused stream counts nowhere.
	const portfolio = build([
		streamNote("Anchor", { "hours-per-week": 20, "annual-revenue": 60000, "target-time": 40, "target-income": 70 }),
		streamNote("Client work", { "hours-per-week": 10, "annual-revenue": "30k", "target-time": 30 }),
		streamNote("Seed", { "hours-per-week": "10h", "annual-revenue": 10000, "target-income": "5%" }),
		streamNote("Old book", { status: "paused", "hours-per-week": 50, "annual-revenue": 90000, "target-time": 10 }),
		streamNote("Idea", { "annual-revenue": 0 }),
	]);
	const byName = Object.fromEntries(portfolio.streams.map((s) => [s.name, s]));

	it("totals the active streams only", () => {
		expect(portfolio.totals).toEqual({ hoursPerWeek: 40, annualRevenue: 100000, activeStreams: 4 });
	});

	it("gives each active stream its share of the totals and its drift from target", () => {
		expect(byName.Anchor).toMatchObject({ timeShare: 50, incomeShare: 60, timeDrift: 10, incomeDrift: -10 });
		expect(byName["Client work"]).toMatchObject({ timeShare: 25, incomeShare: 30, timeDrift: -5, incomeDrift: null });
		expect(byName.Seed).toMatchObject({ timeShare: 25, incomeShare: 10, timeDrift: null, incomeDrift: 5 });
	});

	it("leaves shares null for missing figures and for streams that are not active", () => {
		expect(byName.Idea).toMatchObject({ timeShare: null, incomeShare: 0, timeDrift: null });
		expect(byName["Old book"]).toMatchObject({ timeShare: null, incomeShare: null, timeDrift: null, incomeDrift: null, hoursPerWeek: 50 });
	});

	it("keeps full precision", () => {
		const thirds = build([streamNote("A", { "hours-per-week": 1 }), streamNote("B", { "hours-per-week": 2 })]);
		expect(thirds.streams[0]?.timeShare).toBeCloseTo(100 / 3, 12);
	});

	it("gives null shares when the total is 0", () => {
		const zero = build([streamNote("A", { "hours-per-week": 0 }), streamNote("B")]);
		expect(zero.streams.map((s) => s.timeShare)).toEqual([null, null]);
		expect(zero.totals.hoursPerWeek).toBe(0);
	});

	it("sorts streams by name, case-insensitively", () => {
		const sorted = build([streamNote("beta"), streamNote("Alpha"), streamNote("Gamma")]);
		expect(sorted.streams.map((s) => s.name)).toEqual(["Alpha", "beta", "Gamma"]);
	});
});

describe("the stream graph", () => {
	it("resolves designed edges to vault paths, once each", () => {
		const portfolio = build([
			streamNote("Anchor", { funds: ["[[Seed]]", "[[Streams/Seed|seed]]"], protects: "[[client work#Rates]]" }),
			streamNote("Client work", { teaches: ["[[Anchor]]"] }),
			streamNote("Seed"),
		]);
		expect(portfolio.edges).toEqual([
			{ from: "Streams/Anchor.md", to: "Streams/Client work.md", type: "protects" },
			{ from: "Streams/Anchor.md", to: "Streams/Seed.md", type: "funds" },
			{ from: "Streams/Client work.md", to: "Streams/Anchor.md", type: "teaches" },
		]);
		expect(portfolio.diagnostics).toEqual([]);
	});

	it.each<[string, Record<string, unknown>, string, string]>([
		["unresolved-link", { funds: ["[[Clent work]]"] }, "funds", "[[Clent work]] does not match any note"],
		["link-not-stream", { teaches: "[[Journal]]" }, "teaches", "[[Journal]] points to Journal.md, which is not a stream note"],
		["self-link", { protects: ["[[Anchor]]"] }, "protects", "[[Anchor]] links the stream to itself"],
		["unresolved-link", { learnings: ["[[Nobody]]: x"] }, "learnings", "[[Nobody]]"],
		["self-link", { learnings: ["[[Anchor|me]]: x"] }, "learnings", "[[Anchor|me]]"],
	])("reports %s with the link as written", (code, frontmatter, property, fragment) => {
		const portfolio = build([streamNote("Anchor", frontmatter), streamNote("Client work"), plainNote("Journal.md")]);
		expect(portfolio.diagnostics).toHaveLength(1);
		expect(portfolio.diagnostics[0]).toMatchObject({ code, severity: "error", path: "Streams/Anchor.md", property });
		expect(portfolio.diagnostics[0]?.message).toContain(`Streams/Anchor.md, ${property}: ${fragment}`);
		expect(portfolio.edges).toEqual([]);
	});

	it("aggregates learned edges per pair with counts per quarter", () => {
		const portfolio = build([
			streamNote("Anchor", { learnings: ["2026-02-01 [[Seed]]: a", "2026-05-01 [[Seed]]: b", "[[Seed]]: c"] }),
			streamNote("Seed"),
			reviewNote("2026-Q2", { learnings: ["[[Anchor]] -> [[Seed]]: d", "[[Seed]] -> [[Anchor]]: e"] }),
		]);
		const learned = portfolio.edges.filter((e) => e.type === "learned");
		expect(learned).toEqual([
			{ from: "Streams/Anchor.md", to: "Streams/Seed.md", type: "learned", count: 4, byQuarter: { "2026-Q1": 1, "2026-Q2": 2, undated: 1 } },
			{ from: "Streams/Seed.md", to: "Streams/Anchor.md", type: "learned", count: 1, byQuarter: { "2026-Q2": 1 } },
		]);
	});

	it("lists learnings newest first, undated last, with their source", () => {
		const portfolio = build([
			streamNote("Anchor", { learnings: ["[[Seed]]: undated", "2026-02-01 [[Seed]]: early", "2026-05-20 [[Seed]]: late"] }),
			streamNote("Seed"),
			reviewNote("2026-Q2", { learnings: ["[[Seed]] -> [[Anchor]]: from the review"] }),
		]);
		expect(portfolio.learnings.map((l) => [l.text, l.quarter, l.date, l.source])).toEqual([
			["late", "2026-Q2", "2026-05-20", "Streams/Anchor.md"],
			["from the review", "2026-Q2", null, "Reviews/2026-Q2.md"],
			["early", "2026-Q1", "2026-02-01", "Streams/Anchor.md"],
			["undated", null, null, "Streams/Anchor.md"],
		]);
	});

	it("warns about two streams with one name", () => {
		const portfolio = build([streamNote("Work/Writing"), streamNote("Side/writing")]);
		expect(portfolio.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
			["duplicate-stream-name", "warning", "Side/writing.md"],
			["duplicate-stream-name", "warning", "Work/Writing.md"],
		]);
		expect(portfolio.diagnostics[0]?.message).toContain("Work/Writing.md");
	});
});

describe("reviews", () => {
	const streams = [streamNote("Anchor"), streamNote("Seed")];

	it("keys reviews by quarter, oldest first, with the shares their actuals imply", () => {
		const portfolio = build([
			...streams,
			reviewNote("Q2 review", {
				quarter: "2026-Q2",
				actuals: [
					{ stream: "[[Anchor]]", "hours-per-week": 30, income: 15000 },
					{ stream: "[[Seed]]", "hours-per-week": 10, income: 5000 },
				],
			}),
			reviewNote("2026-Q1 review", { actuals: [{ stream: "[[Anchor]]", "hours-per-week": 40 }, { stream: "[[Seed]]", income: 1000 }] }),
		]);
		expect(portfolio.reviews.map((r) => [r.quarter, r.path])).toEqual([
			["2026-Q1", "Reviews/2026-Q1 review.md"],
			["2026-Q2", "Reviews/Q2 review.md"],
		]);
		expect(portfolio.reviews[1]?.totals).toEqual({ hoursPerWeek: 40, income: 20000 });
		expect(portfolio.reviews[1]?.actuals).toEqual([
			{ stream: "Streams/Anchor.md", hoursPerWeek: 30, income: 15000, timeShare: 75, incomeShare: 75, energy: null },
			{ stream: "Streams/Seed.md", hoursPerWeek: 10, income: 5000, timeShare: 25, incomeShare: 25, energy: null },
		]);
		expect(portfolio.reviews[0]?.actuals).toEqual([
			{ stream: "Streams/Anchor.md", hoursPerWeek: 40, income: null, timeShare: 100, incomeShare: null, energy: null },
			{ stream: "Streams/Seed.md", hoursPerWeek: null, income: 1000, timeShare: null, incomeShare: 100, energy: null },
		]);
	});

	it("keeps the first of two reviews of one quarter and names both", () => {
		const portfolio = build([...streams, reviewNote("b", { quarter: "2026-Q2" }), reviewNote("a", { quarter: "Q2 2026" })]);
		expect(portfolio.reviews.map((r) => r.path)).toEqual(["Reviews/a.md"]);
		expect(codesFor(portfolio, "Reviews/b.md")).toEqual(["duplicate-review"]);
		const message = portfolio.diagnostics[0]?.message ?? "";
		expect(message).toContain("Reviews/a.md");
		expect(message).toContain("Reviews/b.md");
		expect(message).toContain("2026-Q2");
	});

	it("counts a stream named twice in one review's actuals once, and says so", () => {
		const portfolio = build([
			...streams,
			reviewNote("2026-Q2", {
				actuals: [
					{ stream: "[[Anchor]]", "hours-per-week": 30, income: 9000 },
					{ stream: "[[Seed]]", "hours-per-week": 10, income: 1000 },
					{ stream: "[[anchor|the job]]", "hours-per-week": 5, income: 500 },
				],
			}),
		]);
		expect(portfolio.reviews[0]?.totals).toEqual({ hoursPerWeek: 40, income: 10000 });
		expect(portfolio.reviews[0]?.actuals.map((a) => [a.stream, a.timeShare])).toEqual([
			["Streams/Anchor.md", 75],
			["Streams/Seed.md", 25],
		]);
		expect(codesFor(portfolio, "Reviews/2026-Q2.md")).toEqual(["duplicate-actual"]);
		expect(portfolio.diagnostics[0]?.message).toBe("Reviews/2026-Q2.md, actuals: [[anchor|the job]] names Streams/Anchor.md again; only its first row counts. Merge the two rows.");
	});

	it("reports an actual whose stream is not a stream note, and leaves it out", () => {
		const portfolio = build([...streams, plainNote("Journal.md"), reviewNote("2026-Q2", { actuals: [{ stream: "[[Journal]]", income: 10 }, { stream: "[[Anchor]]", income: 30 }] })]);
		expect(codesFor(portfolio, "Reviews/2026-Q2.md")).toEqual(["link-not-stream"]);
		expect(portfolio.reviews[0]?.actuals.map((a) => [a.stream, a.incomeShare])).toEqual([["Streams/Anchor.md", 100]]);
	});
});

describe("the build as a whole", () => {
	it("sets the current and last finished quarters from today and the fiscal year", () => {
		expect(build([], DEFAULT_SETTINGS, "2026-01-10")).toMatchObject({ currentQuarter: "2026-Q1", lastFinishedQuarter: "2025-Q4" });
		expect(build([], settingsWith({ fiscalYearStartMonth: 4 }), "2026-08-15")).toMatchObject({ currentQuarter: "2026-Q2", lastFinishedQuarter: "2026-Q1" });
	});

	it("gives an empty vault an empty model without findings", () => {
		const portfolio = build([plainNote("Home.md")]);
		expect(portfolio).toMatchObject({ streams: [], edges: [], learnings: [], reviews: [], diagnostics: [], findings: [] });
		expect(portfolio.totals).toEqual({ hoursPerWeek: 0, annualRevenue: 0, activeStreams: 0 });
	});

	it("buildPortfolio equals assemblePortfolio over readNote", () => {
		const notes = [streamNote("Anchor", { funds: "[[Seed]]" }), streamNote("Seed"), reviewNote("2026-Q2")];
		const options = { settings: DEFAULT_SETTINGS, resolver: createPathResolver(notes.map((n) => n.path)), today: "2026-08-15" };
		expect(buildPortfolio(notes, options)).toEqual(assemblePortfolio(notes.map((n) => readNote(n, DEFAULT_SETTINGS)), options));
	});

	it("turns a resolver that throws into unresolved links", () => {
		const notes = [streamNote("Anchor", { funds: "[[Seed]]" }), streamNote("Seed")];
		const resolver = {
			resolve(): string | null {
				throw new Error("boom");
			},
		};
		const portfolio = buildPortfolio(notes, { settings: DEFAULT_SETTINGS, resolver, today: "2026-08-15" });
		expect(portfolio.diagnostics.map((d) => d.code)).toEqual(["unresolved-link"]);
	});
});
