// The kinds of notes that were read wrong before one reading rule, read through the CLI as a user
// runs it (`report --json`, `check`). Each right value is worked out from the note in the comment.
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseNote } from "../../src/cli/read-vault";
import { cli, makeVault, removeVault, reportOf, ROOT } from "./helpers";

const FIXTURES = join(ROOT, "tests", "fixtures", "reading");
const made: string[] = [];
afterAll(() => made.forEach(removeVault));

/** A temporary copy of a fixture folder as a vault, with the plugin's settings when given. */
function vaultOf(fixture: string, settings?: Record<string, unknown>): string {
	const root = makeVault({});
	made.push(root);
	cpSync(join(FIXTURES, fixture), root, { recursive: true });
	mkdirSync(join(root, ".obsidian", "plugins", "portfolio-journal"), { recursive: true });
	writeFileSync(join(root, ".obsidian", "app.json"), "{}");
	if (settings) writeFileSync(join(root, ".obsidian", "plugins", "portfolio-journal", "data.json"), JSON.stringify(settings));
	return root;
}

describe("an opening fence with a trailing space (input 1)", () => {
	it("reads the block: totals are Agency's 30 h + Blog's 10 h and $40,000 + $5,000", () => {
		const report = reportOf(vaultOf("fence-trailing-space/vault"));
		expect(report.totals).toEqual({ hoursPerWeek: 30 + 10, annualRevenue: 40000 + 5000, activeStreams: 2 });
		expect(report.streams.find((s) => s.name === "Agency")?.role).toBe("anchor");
	});
});

describe("property names in another case, and near misses (input 2)", () => {
	const report = reportOf(vaultOf("property-name-case"));
	const stream = (name: string) => report.streams.find((s) => s.name === name);

	it("reads Role, Hours-per-week, Annual-Revenue and Target-Time as the properties they name", () => {
		expect(stream("Agency")).toMatchObject({ role: "anchor", hoursPerWeek: 30, annualRevenue: 60000, targetTime: 60 });
		expect(report.findings.map((f) => f.code)).not.toContain("no-anchor");
	});

	it("names the property meant by hours_per_week and annualRevenue, and counts neither", () => {
		expect(stream("Garden")).toMatchObject({ hoursPerWeek: null, annualRevenue: null });
		const garden = report.diagnostics.filter((d) => d.path === "Streams/Garden.md");
		expect(garden.map((d) => [d.code, d.property])).toEqual([
			["misspelt-property", "annualRevenue"],
			["misspelt-property", "hours_per_week"],
		]);
		expect(garden.find((d) => d.property === "hours_per_week")?.message).toContain("did you mean hours-per-week?");
		expect(garden.find((d) => d.property === "annualRevenue")?.message).toContain("did you mean annual-revenue?");
	});
});

describe("numbers written the way other countries write them (input 3)", () => {
	const revenue = (report: ReturnType<typeof reportOf>, name: string) => report.streams.find((s) => s.name === name)?.annualRevenue;
	const codeFor = (report: ReturnType<typeof reportOf>, file: string) => report.diagnostics.find((d) => d.path === `Streams/${file}.md`)?.code;

	it("under the default 1,234.5 format, guesses nothing", () => {
		const report = reportOf(vaultOf("locale-numbers"));
		// "12,5": a comma groups thousands in 1,234.5, and "5" is no group of three.
		expect(report.streams.find((s) => s.name === "A decimal comma hours")?.hoursPerWeek).toBeNull();
		expect(codeFor(report, "A decimal comma hours")).toBe("invalid-number");
		// "€85.000" and "85 000 €": euros are not the vault's USD, whatever the digits.
		expect(revenue(report, "B german thousands dot")).toBeNull();
		expect(codeFor(report, "B german thousands dot")).toBe("currency-mismatch");
		expect(revenue(report, "D french space")).toBeNull();
		expect(codeFor(report, "D french space")).toBe("currency-mismatch");
		// "85\u202f000": a narrow no-break space groups thousands: 85 * 1000.
		expect(revenue(report, "H narrow nbsp")).toBe(85 * 1000);
	});

	it("under the default format with the vault in EUR, refuses what another format reads differently", () => {
		const report = reportOf(vaultOf("locale-numbers", { currency: "EUR" }));
		// "€85.000": 85.000 is 85 here but 85000 in 1.234,5, so it is reported, not read as 85.
		expect(revenue(report, "B german thousands dot")).toBeNull();
		expect(codeFor(report, "B german thousands dot")).toBe("ambiguous-number");
		// "85.000,00 €" cannot be read in this format at all.
		expect(codeFor(report, "C german full")).toBe("invalid-number");
		// "85 000 €": a space groups thousands in every format: 85 * 1000 euros.
		expect(revenue(report, "D french space")).toBe(85 * 1000);
	});

	it("under 1.234,5, hours written with a thousands dot are more than a week has: an error, not 1,234.5 h", () => {
		const root = makeVault({
			".obsidian/app.json": "{}",
			".obsidian/plugins/portfolio-journal/data.json": JSON.stringify({ numberFormat: "1.234,5" }),
			"Streams/Typo.md": '---\ntags: [portfolio/stream]\nhours-per-week: "1.234,5"\n---\n',
			"Streams/Real.md": '---\ntags: [portfolio/stream]\nhours-per-week: "37,5"\n---\n',
		});
		made.push(root);
		const report = reportOf(root);
		// "1.234,5" under 1.234,5 is 1234 + 5/10 = 1234.5 hours, over 7 × 24 = 168: not counted.
		expect(report.streams.find((s) => s.name === "Typo")?.hoursPerWeek).toBeNull();
		expect(codeFor(report, "Typo")).toBe("hours-over-week");
		// "37,5" is 37 + 5/10 = 37.5 hours, the only hours counted.
		expect(report.totals.hoursPerWeek).toBe(37.5);
	});

	it("under 1.234,5 with the vault in EUR, reads the German and French amounts", () => {
		const report = reportOf(vaultOf("locale-numbers", { numberFormat: "1.234,5", currency: "EUR" }));
		// "12,5" = 12 + 5/10.
		expect(report.streams.find((s) => s.name === "A decimal comma hours")?.hoursPerWeek).toBe(12.5);
		expect(revenue(report, "B german thousands dot")).toBe(85 * 1000);
		expect(revenue(report, "C german full")).toBe(85 * 1000);
		expect(revenue(report, "D french space")).toBe(85 * 1000);
		// "CHF 85'000": Swiss francs are not euros.
		expect(codeFor(report, "E swiss apostrophe")).toBe("currency-mismatch");
	});

	it("under 1'234.5 with the vault in CHF, reads the Swiss amount", () => {
		const report = reportOf(vaultOf("locale-numbers", { numberFormat: "1'234.5", currency: "CHF" }));
		expect(revenue(report, "E swiss apostrophe")).toBe(85 * 1000);
	});
});

describe("YAML errors (input 7)", () => {
	it("are reported at the note's own line numbers, counting the opening fence as line 1", () => {
		const run = cli(["check", vaultOf("yaml-error-lines/vault")]);
		const lines = run.out.split("\n");
		// Shop.md: line 1 "---", 2 tags, 3 "role: client", 4 "role: anchor": the duplicate is on line 4.
		expect(lines.find((l) => l.includes("Shop.md"))).toMatch(/at line 4\b/u);
		// Garden.md: line 5 is the tab-indented "- [[Shop]]".
		expect(lines.find((l) => l.includes("Garden.md"))).toMatch(/at line 5\b/u);
	});
});

describe("a stream whose name no link can reach (input 4)", () => {
	const vault = vaultOf("unlinkable-names/vault");

	it("is a diagnostic that names the character", () => {
		const issue = reportOf(vault).diagnostics.find((d) => d.path === "Streams/C# tutoring.md" && d.code === "unlinkable-name");
		expect(issue?.message).toContain('holds "#"');
	});

	it("counts no link that spells it for note C: no teaches edge, no 10 h or 5000 for C, and a diagnostic on each", () => {
		const report = reportOf(vault);
		expect(report.edges.filter((e) => e.to === "Streams/C.md")).toEqual([]);
		// Only Dev job's actual is counted: 30 h, 12500.
		expect(report.reviews[0]?.actuals.map((a) => [a.stream, a.hoursPerWeek, a.income])).toEqual([["Streams/Dev job.md", 30, 12500]]);
		const cut = report.diagnostics.filter((d) => d.code === "unreachable-link").map((d) => `${d.path} ${d.property}`);
		expect(cut.sort()).toEqual(["Reviews/2026-Q3 review.md actuals", "Streams/Dev job.md teaches"]);
	});

	it("gets no link from any writer: review, learn and link refuse or leave it out", () => {
		const before = readFileSync(join(vault, "Streams", "Dev job.md"), "utf8");
		const review = cli(["review", vault, "--quarter", "2026-Q4"]);
		expect(review.code).toBe(0);
		expect(review.out).not.toContain("[[C# tutoring]]");
		expect(review.out).toContain('# C# tutoring: no row, since "#" in its name ends a link');
		const link = cli(["link", vault, "--from", "Dev job", "--to", "C# tutoring", "--type", "funds"]);
		// One line on stderr, naming the character.
		expect(link.code).toBe(1);
		expect(link.err.trimEnd().split("\n")).toHaveLength(1);
		expect(link.err).toContain('holds "#"');
		const learn = cli(["learn", vault, "--from", "Dev job", "--to", "C# tutoring", "--text", "Teaching", "--date", "2026-11-20"]);
		expect(learn.code).toBe(1);
		expect(readFileSync(join(vault, "Streams", "Dev job.md"), "utf8")).toBe(before);
	});
});

describe("a file name stored decomposed, linked composed (input 5)", () => {
	it("resolves: the review's actual and the funds edge reach Café pop-up", () => {
		const report = reportOf(vaultOf("nfd-file-names"));
		const cafe = report.streams.find((s) => s.name.normalize("NFC") === "Café pop-up");
		expect(cafe).toBeDefined();
		expect(report.diagnostics.filter((d) => d.code === "unresolved-link")).toEqual([]);
		expect(report.reviews[0]?.actuals.map((a) => [a.stream, a.income])).toEqual([
			["Streams/Bookkeeping.md", 12000],
			[cafe?.path, 900],
		].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
		expect(report.edges).toContainEqual(expect.objectContaining({ from: "Streams/Bookkeeping.md", to: cafe?.path, type: "funds" }));
	});
});

describe("symlinked folders and notes (input 6)", () => {
	/** The fixture with its links made again: Streams -> ../shared-streams, Tutoring.md -> ../shared-streams/Tutoring.md. */
	function linkedVault(): string {
		const root = makeVault({});
		made.push(root);
		cpSync(join(FIXTURES, "symlinks"), root, { recursive: true });
		mkdirSync(join(root, "vault", ".obsidian"), { recursive: true });
		writeFileSync(join(root, "vault", ".obsidian", "app.json"), "{}");
		symlinkSync("../shared-streams", join(root, "vault", "Streams"));
		symlinkSync("../shared-streams/Tutoring.md", join(root, "vault", "Tutoring.md"));
		// A loop: a folder that links back to the vault must not be walked forever.
		symlinkSync("..", join(root, "shared-streams", "Back"));
		return join(root, "vault");
	}

	it("reads each real note once, following the links, and says which path it skipped", () => {
		const vault = linkedVault();
		const run = cli(["report", vault, "--json"]);
		const report = JSON.parse(run.out) as ReturnType<typeof reportOf>;
		// Agency 30 h / $50,000 + Tutoring 6 h / $9,000 + Garden 4 h / $0.
		expect(report.totals).toEqual({ hoursPerWeek: 30 + 6 + 4, annualRevenue: 50000 + 9000 + 0, activeStreams: 3 });
		expect(report.streams.map((s) => s.path).sort()).toEqual(["Garden.md", "Streams/Agency.md", "Streams/Tutoring.md"]);
		expect(run.err).toContain("Tutoring.md is the same file as Streams/Tutoring.md");
		expect(report.edges).toContainEqual(expect.objectContaining({ from: "Garden.md", to: "Streams/Agency.md", type: "teaches" }));
	});
});

describe("review on stdout (input 8)", () => {
	it("prints the note alone, so `review > note.md` gives a note that reads back as the review", () => {
		const vault = vaultOf("fence-trailing-space/vault");
		const run = cli(["review", vault, "--quarter", "2026-Q3"]);
		const note = parseNote("Reviews/2026-Q3 review.md", run.out);
		expect(note.frontmatter).toMatchObject({ quarter: "2026-Q3", draft: true });
		expect(note.tags).toContain("portfolio/review");
		expect(run.err).toContain("Would create Reviews/2026-Q3 review.md");
	});
});
