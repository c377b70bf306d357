import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readSettings } from "../../src/cli/read-settings";
import { readVault } from "../../src/cli/read-vault";
import { buildPortfolio } from "../../src/core/build-portfolio";
import { computeMeasures } from "../../src/core/measures";
import { createPathResolver } from "../../src/core/resolver";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { renderReviewNote, reviewFilePath } from "../../src/core/review-note";
import type { Portfolio, Stream } from "../../src/core/types";
import { stream } from "../support/stream-fixture";

function portfolio(streams: Stream[], more: Partial<Portfolio> = {}): Portfolio {
	const totals = { hoursPerWeek: 0, annualRevenue: 0, activeStreams: streams.length };
	return {
		streams,
		totals,
		edges: [],
		learnings: [],
		reviews: [],
		currentQuarter: "2026-Q4",
		lastFinishedQuarter: "2026-Q3",
		diagnostics: [],
		findings: [],
		measures: computeMeasures({ streams, totals, reviews: more.reviews ?? [] }, DEFAULT_SETTINGS),
		scenarios: [],
		...more,
	};
}

function frontmatterOf(note: string): Record<string, unknown> {
	const end = note.indexOf("\n---\n", 4);
	return parse(note.slice(4, end)) as Record<string, unknown>;
}

describe("renderReviewNote", () => {
	it("prefills actuals from today's figures, a quarter of the annual revenue", () => {
		const note = renderReviewNote(portfolio([stream("Client work", { hoursPerWeek: 10, annualRevenue: 30001 }), stream("Old job", { status: "retired", hoursPerWeek: 40 })]), "2026-Q4", DEFAULT_SETTINGS);
		expect(frontmatterOf(note)).toEqual({
			quarter: "2026-Q4",
			draft: true,
			tags: ["portfolio/review"],
			actuals: [{ stream: "[[Client work]]", "hours-per-week": 10, income: 7500, energy: null }],
			learnings: [],
		});
	});

	it("keeps hostile stream names from breaking the table, the links or the frontmatter", () => {
		const evil = stream("A | b]] \nc: d", { path: "Streams/evil.md", targetTime: 50, timeShare: 40, timeDrift: -10 });
		const note = renderReviewNote(portfolio([evil]), "2026-Q4", DEFAULT_SETTINGS);
		expect(Object.keys(frontmatterOf(note))).toEqual(["quarter", "draft", "tags", "actuals", "learnings"]);
		const rows = note.split("\n").filter((l) => l.startsWith("| A"));
		expect(rows).toHaveLength(3);
		// Five columns in the allocation tables, four in the hourly rates: the escaped pipes inside the name do not count.
		expect(rows.map((row) => row.split(/(?<!\\)\|/).length - 2)).toEqual([5, 5, 4]);
		expect(note).not.toContain("[[A | b]]");
	});

	it("links the newest earlier review and not a later one", () => {
		const reviews = ["2026-Q2", "2026-Q3", "2027-Q1"].map((quarter) => ({ path: `Reviews/${quarter} review.md`, quarter, actuals: [], totals: { hoursPerWeek: 0, income: 0 } }));
		const note = renderReviewNote(portfolio([], { reviews }), "2026-Q4", DEFAULT_SETTINGS);
		expect(note).toContain("Previous review: [[2026-Q3 review]]");
		expect(renderReviewNote(portfolio([]), "2026-Q4", DEFAULT_SETTINGS)).not.toContain("Previous review");
	});

	it("fills every documented placeholder of a template and leaves unknown ones", () => {
		const p = portfolio([stream("Seed", { role: "seed" }), stream("Job", { role: "anchor" })], {
			edges: [{ from: "Streams/Seed.md", to: "Streams/Job.md", type: "teaches" }],
			learnings: [{ from: "Streams/Seed.md", to: "Streams/Job.md", quarter: "2026-Q4", date: null, text: "keep {{quarter}} as text", source: "Streams/Seed.md" }],
		});
		const template = "Q={{quarter}}\n{{teaching_questions}}\n{{learnings}}\n{{unknown_thing}}\n{{signs_of_life}}\n";
		const note = renderReviewNote(p, "2026-Q4", DEFAULT_SETTINGS, template);
		const body = note.slice(note.indexOf("\n---\n") + 5);
		expect(body.startsWith("Q=2026-Q4\n- What did [[Seed]] teach [[Job]] this quarter?")).toBe(true);
		expect(body).toContain("keep {{quarter}} as text");
		expect(body).toContain("{{unknown_thing}}");
		expect(body).toContain("- [ ] ");
	});

	it("uses a template with its own frontmatter as the whole note", () => {
		const template = "---\nquarter: {{quarter}}\ntags: [portfolio/review, mine]\n{{actuals_yaml}}\n---\n{{allocation_table}}\n";
		const note = renderReviewNote(portfolio([stream("Job", { hoursPerWeek: 30, targetTime: 100, timeShare: 100, timeDrift: 0 })]), "2026-Q4", DEFAULT_SETTINGS, template);
		expect(frontmatterOf(note)).toEqual({ quarter: "2026-Q4", tags: ["portfolio/review", "mine"], actuals: [{ stream: "[[Job]]", "hours-per-week": 30, income: null, energy: null }] });
		expect(note).toContain("| [[Job]] | 100% | 100% | — | on target |");
	});
});

describe("reviewFilePath", () => {
	const settings = (reviewsFolder: string, reviewFileFormat: string) => ({ ...DEFAULT_SETTINGS, reviewsFolder, reviewFileFormat });

	it("puts the review in the folder with the format's placeholders filled", () => {
		expect(reviewFilePath("2026-Q4", DEFAULT_SETTINGS)).toBe("Reviews/2026-Q4 review.md");
		expect(reviewFilePath("2026-Q4", settings("Journal/Reviews/", "{year} Q{q}"))).toBe("Journal/Reviews/2026 Q4.md");
		expect(reviewFilePath("2026-Q4", settings("", "{quarter}"))).toBe("2026-Q4.md");
	});

	it.each([
		["../../etc/{quarter}", "Reviews/-.-etc-2026-Q4.md"],
		["..\\{quarter}", "Reviews/-2026-Q4.md"],
		["C:{quarter}\nnext: key", "Reviews/C-2026-Q4 next- key.md"],
		["   ", "Reviews/2026-Q4 review.md"],
		["..", "Reviews/2026-Q4.md"],
	])("keeps the file name format %j inside the folder", (format, expected) => {
		expect(reviewFilePath("2026-Q4", settings("Reviews", format))).toBe(expected);
	});

	it("drops .. segments of the folder setting", () => {
		expect(reviewFilePath("2026-Q4", settings("../Outside/../Reviews", "{quarter}"))).toBe("Outside/Reviews/2026-Q4.md");
	});
});

describe("the review of the example vault", () => {
	// Approval test: the whole note a person would get, read and judged once, then kept.
	// To re-approve after an intended change, see tests/approved/README.md.
	it("freelance researcher, 2026-Q4, on 2026-11-21, matches the approved note", () => {
		const root = "seeds/freelance-researcher";
		const notes = readVault(root);
		const { settings } = readSettings(root);
		const portfolio = buildPortfolio(notes, { settings, resolver: createPathResolver(notes.map((n) => n.path)), today: "2026-11-21" });
		const note = renderReviewNote(portfolio, "2026-Q4", settings);
		const approved = "tests/approved/freelance-researcher-2026-Q4.md";
		if (process.env.APPROVE === "1" || !existsSync(approved)) writeFileSync(`${approved}.received`, note);
		expect(note).toBe(readFileSync(approved, "utf8"));
	});
});

describe("the review's hourly rates and energy", () => {
	function seedNote(name: string, quarter: string): string {
		const root = `seeds/${name}`;
		const notes = readVault(root);
		const { settings } = readSettings(root);
		const built = buildPortfolio(notes, { settings, resolver: createPathResolver(notes.map((n) => n.path)), today: "2026-11-21" });
		return renderReviewNote(built, quarter, settings);
	}

	it("shows last quarter's hourly rate and energy per stream, and asks for this quarter's energy", () => {
		const note = seedNote("freelance-researcher", "2026-Q4");
		expect(note).toContain("Give each actual above an `energy` from 1 (drained) to 5");
		// Writing: 15,000 / (8 h x 48) = 39.06 now; in 2026-Q3 4,000 / (8 x 12) = 41.67, energy 5
		// Dollar signs escaped, or Obsidian would read "$39/h | $" as math
		expect(note).toContain("| [[Writing and speaking]] | \\$39/h | \\$42/h | 5/5 |");
	});

	it("prefills a stream paid in euros in euros: 36,000 dollars a year at 1.25 is 28,800 euros, 7,200 a quarter", () => {
		const actuals = frontmatterOf(seedNote("portfolio-executive", "2026-Q3")).actuals as { stream: string; income: number | null }[];
		expect(actuals.find((a) => a.stream === "[[Book and courses]]")?.income).toBe(7200);
	});
});
