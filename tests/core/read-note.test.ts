import { describe, expect, it } from "vitest";
import { readNote } from "../../src/core/read-note";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { frontmatterTags } from "../../src/core/tags";
import type { NoteInput } from "../../src/core/types";
import { settingsWith } from "./helpers";

const PATH = "Streams/Client work.md";

/** The note as a tag index hands it over: its frontmatter's tags joined to the inline ones. */
function indexed(note: NoteInput): NoteInput {
	return { ...note, tags: [...frontmatterTags(note.frontmatter), ...note.tags] };
}

function readStreamNote(frontmatter: Record<string, unknown>) {
	const record = readNote({ path: PATH, frontmatter: { tags: ["portfolio/stream"], ...frontmatter }, tags: ["portfolio/stream"] }, DEFAULT_SETTINGS);
	if (record.kind !== "stream") throw new Error(`expected a stream, got ${record.kind}`);
	return record;
}

describe("a note's kind comes from its tags", () => {
	it.each<[string, NoteInput, string]>([
		["frontmatter list", { path: "a.md", frontmatter: { tags: ["portfolio/stream"] }, tags: [] }, "stream"],
		["comma text", { path: "a.md", frontmatter: { tags: "work, portfolio/review" }, tags: [] }, "review"],
		["quoted #", { path: "a.md", frontmatter: { tags: "#Portfolio/Stream" }, tags: [] }, "stream"],
		["tag property", { path: "a.md", frontmatter: { tag: "portfolio/stream" }, tags: [] }, "stream"],
		["inline tag", { path: "a.md", frontmatter: null, tags: ["#portfolio/stream"] }, "stream"],
		["nested tag", { path: "a.md", frontmatter: null, tags: ["#portfolio/stream/side"] }, "stream"],
		["other tags", { path: "a.md", frontmatter: { tags: ["project"] }, tags: ["#idea"] }, "other"],
		["a longer tag that only starts alike", { path: "a.md", frontmatter: { tags: "portfolio/streams" }, tags: ["#portfolio/streamline"] }, "other"],
		["the tag as part of another word", { path: "a.md", frontmatter: { tags: ["myportfolio/stream"] }, tags: [] }, "other"],
		["a list mixing numbers and tags", { path: "a.md", frontmatter: { tags: [2026, "Portfolio/Review"] }, tags: [] }, "review"],
		["no tags", { path: "a.md", frontmatter: { role: "anchor" }, tags: [] }, "other"],
	])("%s", (_label, note, kind) => {
		expect(readNote(indexed(note), DEFAULT_SETTINGS).kind).toBe(kind);
	});

	// The tag index (Obsidian's getAllTags, or the CLI reading the same rules) is the one source.
	it("takes a note's tags from NoteInput.tags only, not from its frontmatter again", () => {
		expect(readNote({ path: "a.md", frontmatter: { tags: ["portfolio/stream"] }, tags: [] }, DEFAULT_SETTINGS).kind).toBe("other");
		expect(readNote({ path: "a.md", frontmatter: { tags: ["project"] }, tags: ["portfolio/stream"] }, DEFAULT_SETTINGS).kind).toBe("stream");
	});

	it("uses the tags from the settings", () => {
		const settings = settingsWith({ streamTag: "#career/node" });
		expect(readNote(indexed({ path: "a.md", frontmatter: { tags: ["career/node"] }, tags: [] }), settings).kind).toBe("stream");
		expect(readNote(indexed({ path: "a.md", frontmatter: { tags: ["portfolio/stream"] }, tags: [] }), settings).kind).toBe("other");
	});

	it("reads a note with both tags as a stream, with a both-kinds warning", () => {
		const record = readNote(indexed({ path: "a.md", frontmatter: { tags: ["portfolio/stream", "portfolio/review"] }, tags: [] }), DEFAULT_SETTINGS);
		expect(record.kind).toBe("stream");
		expect(record.diagnostics.map((d) => [d.code, d.severity])).toEqual([["both-kinds", "warning"]]);
	});

	it("sees both kinds when one tag is inline and the other in the frontmatter", () => {
		const record = readNote(indexed({ path: "a.md", frontmatter: { tags: "portfolio/review" }, tags: ["#portfolio/stream"] }), DEFAULT_SETTINGS);
		expect(record.kind).toBe("stream");
		expect(record.diagnostics.map((d) => d.code)).toEqual(["both-kinds"]);
	});

	it("reports a broken frontmatter, and still follows the inline tags", () => {
		const stream = readNote({ path: "x.md", frontmatter: null, tags: ["portfolio/stream"], frontmatterError: "bad indentation" }, DEFAULT_SETTINGS);
		expect(stream.kind).toBe("stream");
		expect(stream.diagnostics[0]?.code).toBe("invalid-frontmatter");
		expect(stream.diagnostics[0]?.message).toContain("x.md");
		expect(stream.diagnostics[0]?.message).toContain("bad indentation");
		const other = readNote({ path: "y.md", frontmatter: null, tags: [], frontmatterError: "bad" }, DEFAULT_SETTINGS);
		expect(other.kind).toBe("other");
		expect(other.diagnostics.map((d) => d.code)).toEqual(["invalid-frontmatter"]);
	});
});

describe("stream fields", () => {
	it("reads every documented property", () => {
		const record = readStreamNote({
			role: "Anchor",
			category: "employment",
			status: "paused",
			"hours-per-week": "32h",
			"annual-revenue": "$85,000",
			volatility: "stable",
			"target-time": "40%",
			"target-income": 60,
			"automation-risk": "low",
			funds: ["[[Seed]]"],
			teaches: "[[Writing|the book]]",
			protects: [["Anchor"]],
		});
		expect(record).toMatchObject({
			name: "Client work",
			role: "anchor",
			category: "employment",
			status: "paused",
			hoursPerWeek: 32,
			annualRevenue: 85000,
			volatility: "stable",
			targetTime: 40,
			targetIncome: 60,
			automationRisk: "low",
			funds: [{ written: "[[Seed]]", linkpath: "Seed" }],
			teaches: [{ written: "[[Writing|the book]]", linkpath: "Writing" }],
			protects: [{ written: "[[Anchor]]", linkpath: "Anchor" }],
			diagnostics: [],
		});
	});

	it("defaults to active with every field missing", () => {
		expect(readStreamNote({})).toMatchObject({ status: "active", role: null, hoursPerWeek: null, funds: [], learnings: [], diagnostics: [] });
	});

	it.each<[string, unknown, string, string]>([
		["hours-per-week", "forty", "invalid-number", '"forty"'],
		["hours-per-week", true, "invalid-number", "true"],
		["annual-revenue", "lots", "invalid-number", '"lots"'],
		["annual-revenue", -5000, "negative-number", "-5000"],
		["hours-per-week", "-3", "negative-number", '"-3"'],
		["hours-per-week", 169, "hours-over-week", "169 is 169 hours a week"],
		["target-time", 120, "percent-over-100", "120"],
		["target-income", "101%", "percent-over-100", '"101%"'],
		["role", "anker", "unknown-value", '"anker" is not one of anchor, client, leverage, seed'],
		["category", "crypto", "unknown-value", "employment, services, products, content, applications, equity"],
		["status", "done", "unknown-value", "active, planned, paused, retired"],
		["volatility", "wild", "unknown-value", "stable, variable, volatile"],
		["automation-risk", 3, "unknown-value", "low, medium, high"],
		["funds", 42, "invalid-type", "42"],
		["teaches", ["[[A]]", 7], "invalid-type", "7"],
		["protects", { a: 1 }, "invalid-type", '{"a":1}'],
		["learnings", "just a thought", "invalid-learning", '"just a thought"'],
		["learnings", 12, "invalid-type", "12"],
	])("%s: %j gives %s", (property, value, code, fragment) => {
		const record = readStreamNote({ [property]: value });
		const issue = record.diagnostics.find((d) => d.code === code);
		expect(issue, JSON.stringify(record.diagnostics)).toBeDefined();
		expect(issue?.severity).toBe("error");
		expect(issue?.path).toBe(PATH);
		expect(issue?.property).toBe(property);
		expect(issue?.message).toContain(PATH);
		expect(issue?.message).toContain(property);
		expect(issue?.message).toContain(fragment);
	});

	it("counts a rejected value as missing, never as a guess", () => {
		const record = readStreamNote({ "hours-per-week": "forty", status: "done", role: "anker" });
		expect(record.hoursPerWeek).toBeNull();
		expect(record.status).toBe("active");
		expect(record.role).toBeNull();
	});
});

describe("learnings in a stream note", () => {
	it.each<[unknown, { to: string; from: string | null; text: string; date: string | null; quarter: string | null }]>([
		["[[Seed]]: pricing", { to: "Seed", from: null, text: "pricing", date: null, quarter: null }],
		["2026-05-02 [[Seed]]: pricing", { to: "Seed", from: null, text: "pricing", date: "2026-05-02", quarter: "2026-Q2" }],
		["[[Streams/Seed|seed]]:   how to price  ", { to: "Streams/Seed", from: null, text: "how to price", date: null, quarter: null }],
		["[[Anchor]] -> [[Seed]]: tact", { to: "Seed", from: "Anchor", text: "tact", date: null, quarter: null }],
		[{ to: "[[Seed]]", text: "pricing", date: "2026-11-30" }, { to: "Seed", from: null, text: "pricing", date: "2026-11-30", quarter: "2026-Q4" }],
		[{ from: "Anchor", to: "Seed", text: "tact" }, { to: "Seed", from: "Anchor", text: "tact", date: null, quarter: null }],
	])("%j", (item, expected) => {
		const [learning] = readStreamNote({ learnings: [item] }).learnings;
		expect(learning).toEqual({
			to: { written: expect.any(String) as string, linkpath: expected.to },
			from: expected.from === null ? null : { written: expect.any(String) as string, linkpath: expected.from },
			text: expected.text,
			date: expected.date,
			quarter: expected.quarter,
		});
	});

	it("dates a learning by the fiscal year", () => {
		const settings = settingsWith({ fiscalYearStartMonth: 4 });
		const record = readNote({ path: PATH, frontmatter: { tags: "portfolio/stream", learnings: ["2027-02-10 [[Seed]]: x"] }, tags: ["portfolio/stream"] }, settings);
		expect(record.kind === "stream" && record.learnings[0]?.quarter).toBe("2026-Q4");
	});

	it.each<[unknown]>([["Seed: pricing"], ["[[Seed]]"], ["[[Seed]]:   "], ["2026-13-45 [[Seed]]: x"], [{ to: "Seed" }], [{ text: "x" }], [{ to: "Seed", text: "x", date: "soon" }], [7]])(
		"reports %j as an invalid learning",
		(item) => {
			const record = readStreamNote({ learnings: [item] });
			expect(record.learnings).toEqual([]);
			expect(record.diagnostics.map((d) => d.code)).toEqual(["invalid-learning"]);
			expect(record.diagnostics[0]?.message).toContain(`${PATH}, learnings:`);
			expect(record.diagnostics[0]?.message).toContain("[[Other stream]]: what it learned");
		},
	);
});

describe("review notes", () => {
	function readReviewNote(path: string, frontmatter: Record<string, unknown>) {
		const record = readNote({ path, frontmatter: { tags: ["portfolio/review"], ...frontmatter }, tags: ["portfolio/review"] }, DEFAULT_SETTINGS);
		if (record.kind !== "review") throw new Error("expected a review");
		return record;
	}

	it.each<[string, unknown, string]>([
		["Reviews/Review.md", "2026-Q2", "2026-Q2"],
		["Reviews/Review.md", "Q2 2026", "2026-Q2"],
		["Reviews/Review.md", "2026q2", "2026-Q2"],
		["Reviews/2026-Q1 review.md", undefined, "2026-Q1"],
		["Reviews/Q4 2025.md", null, "2025-Q4"],
		["Reviews/2026-Q1 review.md", "2026-Q2", "2026-Q2"],
	])("%s with quarter %j is %s", (path, quarter, expected) => {
		const record = readReviewNote(path, quarter === undefined ? {} : { quarter });
		expect(record.quarter).toBe(expected);
		expect(record.diagnostics).toEqual([]);
	});

	it("reports a review without a readable quarter", () => {
		const record = readReviewNote("Reviews/Summer.md", {});
		expect(record.quarter).toBeNull();
		expect(record.diagnostics.map((d) => d.code)).toEqual(["review-without-quarter"]);
		expect(record.diagnostics[0]?.message).toContain("Reviews/Summer.md, quarter:");
	});

	it("reports an unreadable quarter property and falls back to the file name", () => {
		const record = readReviewNote("Reviews/2026-Q1 review.md", { quarter: "spring" });
		expect(record.quarter).toBe("2026-Q1");
		expect(record.diagnostics.map((d) => d.code)).toEqual(["invalid-quarter"]);
		expect(record.diagnostics[0]?.message).toContain('"spring"');
	});

	it("reads actuals and review learnings", () => {
		const record = readReviewNote("Reviews/2026-Q2.md", {
			actuals: [
				{ stream: "[[Anchor]]", "hours-per-week": 38, income: "21,000" },
				{ stream: [["Seed"]], "hours-per-week": "4h" },
			],
			learnings: ["[[Anchor]] -> [[Seed]]: tact", { from: "[[Seed]]", to: "[[Anchor]]", text: "a new tool" }],
		});
		expect(record.actuals).toEqual([
			{ stream: { written: "[[Anchor]]", linkpath: "Anchor" }, hoursPerWeek: 38, income: 21000, energy: null },
			{ stream: { written: "[[Seed]]", linkpath: "Seed" }, hoursPerWeek: 4, income: null, energy: null },
		]);
		expect(record.learnings.map((l) => [l.from?.linkpath, l.to.linkpath, l.text, l.quarter])).toEqual([
			["Anchor", "Seed", "tact", "2026-Q2"],
			["Seed", "Anchor", "a new tool", "2026-Q2"],
		]);
	});

	it.each<[string, unknown, string, string]>([
		["actuals", "[[Anchor]]: 38h", "invalid-type", '"[[Anchor]]: 38h"'],
		["actuals", [{ "hours-per-week": 3 }], "invalid-type", "names no stream"],
		["actuals", [7], "invalid-type", "7 is not an actual"],
		["actuals", [{ stream: "[[A]]", income: "much" }], "invalid-number", '"much"'],
		["actuals", [{ stream: "[[A]]", "hours-per-week": -1 }], "negative-number", "-1"],
		["learnings", ["[[Seed]]: only a target"], "invalid-learning", '"[[From stream]] -> [[To stream]]: what was learned"'],
		["learnings", [{ to: "Seed", text: "no from" }], "invalid-learning", "no from"],
		// A date that is no day is reported in a review as in a stream note, not kept as written.
		["learnings", ["2026-02-30 [[Anchor]] -> [[Seed]]: tact"], "invalid-learning", '"2026-02-30 [[Anchor]]'],
		["learnings", [{ from: "Anchor", to: "Seed", text: "tact", date: "2026-04-31" }], "invalid-learning", "2026-04-31"],
	])("%s: %j gives %s", (property, value, code, fragment) => {
		const record = readReviewNote("Reviews/2026-Q2.md", { [property]: value });
		const issue = record.diagnostics.find((d) => d.code === code);
		expect(issue, JSON.stringify(record.diagnostics)).toBeDefined();
		expect(issue?.message).toContain("Reviews/2026-Q2.md");
		expect(issue?.message).toContain(fragment);
	});
});
