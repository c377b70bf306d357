// The two report formats: the JSON keys people script against, and the terminal text people read.
import { afterAll, describe, expect, it } from "vitest";
import { bar } from "../../src/core/report-text";
import { PLUGIN_DATA } from "../../src/cli/read-settings";
import { cli, CONTROL_CHARACTER, makeVault, removeVault, reportOf, seed } from "./helpers";

describe("JSON report shape (DESIGN.md §4)", () => {
	const report = reportOf(seed("portfolio-executive"));
	const keys = (o: object) => Object.keys(o).sort();

	it("has the documented top-level keys", () => {
		expect(keys(report)).toEqual(["currentQuarter", "diagnostics", "edges", "findings", "lastFinishedQuarter", "learnings", "measures", "reviews", "streams", "totals"]);
		expect(keys(report.totals)).toEqual(["activeStreams", "annualRevenue", "hoursPerWeek"]);
	});

	it("gives each stream the documented keys, plus category, volatility, automation risk, start, end and time blocks", () => {
		const documented = ["name", "path", "role", "status", "hoursPerWeek", "annualRevenue", "targetTime", "targetIncome", "timeShare", "incomeShare", "timeDrift", "incomeDrift"];
		for (const s of report.streams) expect(keys(s)).toEqual([...documented, "category", "volatility", "automationRisk", "start", "end", "timeBlocks", "currency"].sort());
	});

	it("gives edges, learnings, reviews and issues their keys, with null for what is missing", () => {
		for (const e of report.edges) expect(keys(e)).toEqual(["count", "from", "to", "type"]);
		expect(report.edges.filter((e) => e.type !== "learned").every((e) => e.count === null)).toBe(true);
		for (const l of report.learnings) expect(keys(l)).toEqual(["date", "from", "quarter", "source", "text", "to"]);
		for (const r of report.reviews) expect(keys(r)).toEqual(["actuals", "draft", "path", "quarter"]);
		const missing = report.findings.find((f) => f.code === "missing-review");
		expect(missing && keys(missing)).toEqual(["code", "message", "path", "property", "severity"]);
		expect(missing?.path).toBeNull();
	});

	it("is one JSON object and nothing else on stdout", () => {
		const run = cli(["report", seed("portfolio-executive"), "--json", "--today", "2026-11-21"]);
		expect(() => JSON.parse(run.out) as unknown).not.toThrow();
		expect(run.out.trimStart().startsWith("{")).toBe(true);
	});
});

describe("text report", () => {
	const text = cli(["report", seed("freelance-researcher"), "--today", "2026-11-21"]).out;

	it("opens with the vault and the quarter", () => {
		expect(text.split("\n").slice(0, 2)).toEqual(["Portfolio journal: freelance-researcher", "As of 2026-11-21: quarter 2026-Q4, last finished 2026-Q3"]);
	});

	it("shows totals in the vault's currency and each stream's share against its target", () => {
		expect(text).toContain("Totals: 4 active streams, 48 h a week, $90,000 a year");
		const research = text.split("\n").findIndex((l) => l.includes("Research projects (client, services)"));
		const timeLine = text.split("\n")[research + 1] ?? "";
		expect(timeLine).toContain(`${Math.round((20 / 48) * 100)}%  target 30%, +${Math.round((20 / 48) * 100 - 30)} pts`);
		expect(timeLine).toContain(bar((20 / 48) * 100, 30));
	});

	it("lists planned streams apart, the edges, the findings and their notes", () => {
		expect(text).toContain("Not counted now:\n  Online course (planned)");
		expect(text).toContain("Edges: 9 designed, 10 learned");
		expect(text).toContain("Retainer consulting funds Open science");
		expect(text).toContain("Findings (3)\n  warning overlapping-blocks in Streams/Open science.md");
		expect(text).toContain("  warning over-target in Streams/Research projects.md");
		expect(text).toContain("Diagnostics: none");
	});

	it("has no escape codes when stdout is not a terminal", () => {
		expect(text).not.toContain("\u001b[");
	});
});

describe("text report of hostile notes", () => {
	const root = makeVault({
		"Streams/A.md": '---\ntags: portfolio/stream\nlearnings: ["[[B]]: \\e[2Jgone\\r\\u0007"]\n---\n',
		"Streams/B.md": '---\ntags: portfolio/stream\nrole: "\\e[31mred"\n---\n',
	});
	afterAll(() => removeVault(root));

	it("prints no control characters from the notes, even without colour", () => {
		const text = cli(["report", root, "--today", "2026-11-21"]).out;
		expect(text).toContain("[2Jgone");
		expect(text).not.toMatch(CONTROL_CHARACTER);
	});
});

describe("text report without active streams", () => {
	const empty = makeVault({ [`.config-dir/${PLUGIN_DATA}`]: '{"streamTag": "#Work/Stream"}', "Note.md": "Plain\n" });
	const paused = makeVault({ "Streams/A.md": "---\ntags: portfolio/stream\nstatus: paused\n---\n" });
	afterAll(() => [empty, paused].forEach(removeVault));

	it("names the stream tag once, with one hash, in an empty vault", () => {
		expect(cli(["report", empty, "--today", "2026-11-21"]).out).toContain("No streams yet: tag a note with #work/stream to start.");
	});

	it("points at the status when streams exist but none is active", () => {
		const text = cli(["report", paused, "--today", "2026-11-21"]).out;
		expect(text).toContain("No active streams: set status: active on the streams that count now.");
		expect(text).toContain("Not counted now:\n  A (paused)");
	});
});

describe("bar", () => {
	it("fills one cell per 4% and marks the target", () => {
		expect(bar(40, 20)).toBe(`${"█".repeat(5)}│${"█".repeat(5)}${"░".repeat(15)}`);
		expect(bar(0, 100)).toBe(`${"░".repeat(24)}│░`);
		expect(bar(100, null)).toBe(`${"█".repeat(25)} `);
		expect(bar(null, 10)).toBe(`${"░".repeat(3)}│${"░".repeat(22)}`);
	});
});
