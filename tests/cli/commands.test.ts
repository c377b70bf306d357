// The commands as a user runs them: exit codes, settings taking effect, and review writing nothing.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PLUGIN_DATA } from "../../src/cli/read-settings";
import { runCli } from "../../src/cli/run-cli";
import { cli, CONTROL_CHARACTER, makeVault, removeVault, reportOf, seed, snapshot } from "./helpers";

// Any dot-folder can be Obsidian's config folder (the name is a setting); the seeds use the default one.
const dataJson = `.config-dir/${PLUGIN_DATA}`;
const temps: string[] = [];
afterAll(() => temps.forEach(removeVault));
function temp(files: Record<string, string>): string {
	const root = makeVault(files);
	temps.push(root);
	return root;
}

describe("check", () => {
	it("exits 0 on a vault without error diagnostics", () => {
		const run = cli(["check", seed("freelance-researcher")]);
		expect(run.code).toBe(0);
		expect(run.out).toContain("0 errors");
	});

	it("exits 1 and prints the error with its note when one exists", () => {
		const run = cli(["check", seed("union-organiser")]);
		expect(run.code).toBe(1);
		expect(run.out).toContain("error unresolved-link: Streams/Labour journalism.md, teaches: [[Housing organizing]]");
		expect(run.out).toContain("1 error,");
	});

	it("exits 0 when the only diagnostics are warnings", () => {
		// Tagged both as a stream and as a review: a warning, read as a stream.
		const root = temp({ "S.md": "---\ntags: [portfolio/stream, portfolio/review]\nrole: anchor\n---\n" });
		const run = cli(["check", root]);
		expect(run.out).toContain("warning both-kinds: S.md: tagged both");
		expect(run.out).toContain("0 errors, 1 warning");
		expect(run.code).toBe(0);
	});

	it("prints no control characters from a note, which could rewrite the terminal", () => {
		// YAML's "\e" is ESC: a shared vault must not be able to switch the character set or recolour text.
		const root = temp({ "S.md": '---\ntags: portfolio/stream\nfunds: ["[[\\e(0Nowhere]]"]\n---\n' });
		const run = cli(["check", root]);
		expect(run.out).toContain("(0Nowhere]] does not match any note");
		expect(run.out).not.toMatch(CONTROL_CHARACTER);
	});

	it("exits 1 on an unknown enum word, naming the value", () => {
		const run = cli(["check", temp({ "S.md": "---\ntags: portfolio/stream\nrole: boss\n---\n" })]);
		expect(run.code).toBe(1);
		expect(run.out).toContain('"boss"');
	});
});

describe("bad arguments", () => {
	it.each([
		[["report", "/no/such/vault"], 'No vault folder at "/no/such/vault"'],
		[["report", join(seed("freelance-researcher"), "Home.md")], "No vault folder"],
		[["report", seed("freelance-researcher"), "--colour"], "Unknown option --colour"],
		[["deploy", seed("freelance-researcher")], "Unknown command"],
		[["report", seed("freelance-researcher"), "--today", "yesterday"], "The date after --today must be a real day"],
	])("exit 2 for %j with one clear line", (argv, message) => {
		const run = cli(argv);
		expect(run.code).toBe(2);
		expect(run.out).toBe("");
		expect(run.err).toContain(message);
		expect(run.err.trim().split("\n")).toHaveLength(1);
	});

	it("prints usage for --help", () => {
		const run = cli(["--help"]);
		expect(run.code).toBe(0);
		expect(run.out).toContain("report <vault>");
	});
});

describe("--today", () => {
	it("decides whether the last finished quarter lacks a review", () => {
		const vault = seed("portfolio-executive");
		const inQ4 = reportOf(vault, "2026-11-21");
		const inQ3 = reportOf(vault, "2026-08-01");
		expect(inQ4.findings.map((f) => f.code)).toContain("missing-review");
		expect(inQ3.lastFinishedQuarter).toBe("2026-Q2");
		expect(inQ3.findings.map((f) => f.code)).not.toContain("missing-review");
	});

	it("defaults to the real date the process gives", () => {
		const run = cli(["report", seed("portfolio-executive"), "--json"], "2026-08-01");
		expect((JSON.parse(run.out) as { currentQuarter: string }).currentQuarter).toBe("2026-Q3");
	});
});

describe("settings from data.json", () => {
	const files = { "S.md": "---\ntags: portfolio/stream\nrole: anchor\nannual-revenue: 1200\n---\n" };

	it("uses the fiscal year start and the currency of the union-organiser vault", () => {
		const run = cli(["report", seed("union-organiser"), "--today", "2026-11-21"]);
		// April start: 2026-11-21 is in the third fiscal quarter of FY2026 (Oct-Dec); the second ran Jul-Sep.
		expect(run.out).toContain("quarter FY2026-Q3 (Oct-Dec), last finished FY2026-Q2 (Jul-Sep) (fiscal quarters; FY2026 runs from Apr 2026 to Mar 2027)");
		expect(run.out).toContain("£45,000 a year");
	});

	it("uses calendar quarters and dollars without data.json", () => {
		const run = cli(["report", temp(files), "--today", "2026-11-21"]);
		expect(run.out).toContain("quarter 2026-Q4, last finished 2026-Q3");
		expect(run.out).toContain("$1,200 a year");
	});

	it("takes a custom stream tag", () => {
		const root = temp({ "S.md": "---\ntags: work/stream\nrole: anchor\n---\n", [dataJson]: JSON.stringify({ streamTag: "work/stream" }) });
		expect(reportOf(root).streams.map((s) => s.name)).toEqual(["S"]);
	});

	it("warns on a broken data.json and goes on with the defaults", () => {
		const root = temp({ ...files, [dataJson]: "{ currency: EUR" });
		const run = cli(["report", root, "--today", "2026-11-21"]);
		expect(run.code).toBe(0);
		expect(run.err).toContain("data.json could not be read");
		expect(run.out).toContain("$1,200");
	});
});

describe("review", () => {
	it("prints the note for the missing quarter and where it would go, writing nothing", () => {
		const vault = seed("portfolio-executive");
		const before = snapshot(vault);
		const run = cli(["review", vault, "--today", "2026-11-21"]);
		expect(run.code).toBe(0);
		// Input 8: the note alone on stdout, so `review > note.md` is a valid note; where it goes on stderr.
		expect(run.err).toContain("Would create Reviews/2026-Q3 review.md");
		expect(run.out).toMatch(/^---\nquarter: "?2026-Q3"?\n/u);
		expect(run.out).toContain("portfolio/review");
		expect(run.out).toContain("[[Fractional people chief]]");
		expect(snapshot(vault)).toEqual(before);
	});

	it("refuses (exit 1, one line) instead of printing a second review of a reviewed quarter", () => {
		const run = cli(["review", seed("freelance-researcher"), "--today", "2026-11-21", "--quarter", "2026-Q3"]);
		expect(run.code).toBe(1);
		expect(run.err).toBe("portfolio-journal: A review of 2026-Q3 exists already: Reviews/2026-Q3 review.md. Nothing to create.\n");
		expect(run.out).toBe("");
	});

	it("prints the note without control characters from the vault", () => {
		const root = temp({
			"A.md": '---\ntags: portfolio/stream\nlearnings: ["2026-08-14 [[B]]: \\e(0shared\\rcharts"]\n---\n',
			"B.md": "---\ntags: portfolio/stream\n---\n",
		});
		const run = cli(["review", root, "--quarter", "2026-Q3"]);
		expect(run.out).toContain("(0shared");
		expect(run.out.replace(/\n/gu, "")).not.toMatch(CONTROL_CHARACTER);
	});

	it("takes --quarter and the vault's file name settings", () => {
		const root = temp({
			"S.md": "---\ntags: portfolio/stream\n---\n",
			[dataJson]: JSON.stringify({ reviewsFolder: "Journal/Quarters", reviewFileFormat: "{year} Q{q}" }),
		});
		const before = snapshot(root);
		const run = cli(["review", root, "--quarter", "Q1 2027"]);
		expect(run.err).toContain("Would create Journal/Quarters/2027 Q1.md");
		expect(snapshot(root)).toEqual(before);
	});

	it("uses the template note the settings name", () => {
		const root = temp({
			"S.md": "---\ntags: portfolio/stream\n---\n",
			"Templates/Review.md": "# My review of {{quarter}}\n",
			[dataJson]: JSON.stringify({ reviewTemplatePath: "Templates/Review" }),
		});
		expect(cli(["review", root, "--quarter", "2026-Q3"]).out).toContain("# My review of 2026-Q3");
	});

	it("falls back to the built-in layout, with a warning, when the template setting names a folder", () => {
		const root = temp({
			"S.md": "---\ntags: portfolio/stream\n---\n",
			"Templates/Review.md/note.md": "# Not a template\n",
			[dataJson]: JSON.stringify({ reviewTemplatePath: "Templates/Review.md" }),
		});
		const run = cli(["review", root, "--quarter", "2026-Q3"]);
		expect(run.code).toBe(0);
		expect(run.err).toContain("Templates/Review.md");
		expect(run.err).toContain("Would create Reviews/2026-Q3 review.md");
	});
});

describe("unexpected failures", () => {
	it("end with one line on stderr and exit 2, not a stack trace", () => {
		let err = "";
		const failingIo = {
			out: () => undefined,
			err: (text: string) => (err += text),
			color: false,
			today: (): string => {
				throw new Error("EACCES: permission denied, open 'Streams/Private.md'");
			},
		};
		expect(runCli(["report", seed("freelance-researcher")], failingIo)).toBe(2);
		expect(err).toBe("portfolio-journal: EACCES: permission denied, open 'Streams/Private.md'\n");
	});
});
