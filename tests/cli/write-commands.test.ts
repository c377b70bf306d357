// The CLI's writing commands: `learn`, `link` and `review --write` make the plugin's edit, report
// --json reads it back, every other byte stays, and a refused edit changes nothing (exit 1, one line).
import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli, makeVault, removeVault, reportOf, ROOT, snapshot } from "./helpers";

const made: string[] = [];
afterAll(() => made.forEach(removeVault));

function vault(files: Record<string, string>): string {
	const root = makeVault({ ".obsidian/app.json": "{}", ...files });
	made.push(root);
	return root;
}

const AGENCY = "--- \ntags: [portfolio/stream]   # the fence above has a trailing space\nrole: anchor\nhours-per-week: 30\nannual-revenue: 40000\n---\nAgency work.\n";
const BLOG = "---\ntags: [portfolio/stream]\nrole: leverage\nhours-per-week: 10\nannual-revenue: 5000\n---\n";

/** The lines of `after` that `before` does not have; and `after` without them must be `before`. */
function addedLines(before: string, after: string): string[] {
	const added = after.split("\n").filter((line) => !before.split("\n").includes(line));
	expect(after.split("\n").filter((line) => !added.includes(line)).join("\n")).toBe(before);
	return added;
}

describe("learn", () => {
	it("writes a learning that report --json reads back, and leaves every other byte as it was", () => {
		const root = vault({ "Streams/Agency.md": AGENCY, "Streams/Blog.md": BLOG });
		const run = cli(["learn", root, "--from", "Agency", "--to", "Streams/Blog.md", "--text", "Client questions became a post.", "--date", "2026-11-20"]);
		expect([run.code, run.out]).toEqual([0, ""]);
		const after = readFileSync(join(root, "Streams/Agency.md"), "utf8");
		expect(addedLines(AGENCY, after)).toEqual(["learnings:", '  - "2026-11-20 [[Blog]]: Client questions became a post."']);
		const report = reportOf(root);
		expect(report.learnings).toEqual([{ from: "Streams/Agency.md", to: "Streams/Blog.md", quarter: "2026-Q4", date: "2026-11-20", text: "Client questions became a post.", source: "Streams/Agency.md" }]);
		// Still one block: 30 + 10 hours, 40,000 + 5,000 a year.
		expect(report.totals).toEqual({ hoursPerWeek: 30 + 10, annualRevenue: 40000 + 5000, activeStreams: 2 });
	});

	it("refuses a note whose properties are not valid YAML: exit 1, one line, the note byte for byte unchanged", () => {
		// The stream tag is inline, so the note is still a stream while its YAML is broken.
		const broken = "---\nlearnings: [\n---\n#portfolio/stream\n";
		const root = vault({ "Streams/Agency.md": broken, "Streams/Blog.md": BLOG });
		const before = snapshot(root);
		const run = cli(["learn", root, "--from", "Agency", "--to", "Blog", "--text", "x"]);
		// "learnings: [" is the note's line 2 (line 1 is the fence); its list never closes on that line.
		expect([run.code, run.err]).toEqual([1, "portfolio-journal: Nothing was written to Streams/Agency.md: the frontmatter is not valid YAML at line 2 (flow sequence in block collection must be sufficiently indented and end with a ]). Fix that in the note, then run the command again.\n"]);
		expect(snapshot(root)).toEqual(before);
	});

	// The stream tag inside the broken block: the note is no stream until its YAML parses, but it is
	// the note the person means, so the command refuses (exit 1) and says why, rather than "no such stream".
	const TAG_IN_BROKEN_YAML = "---\ntags: [portfolio/stream]\nrole: anchor\nrole: client\nhours-per-week: 30\n---\nBody.\n";
	it.each([
		["learn --from", ["learn", "--from", "Agency", "--to", "Blog", "--text", "x"], "--from"],
		["learn --to", ["learn", "--from", "Blog", "--to", "Streams/Agency.md", "--text", "x"], "--to"],
		["link --from", ["link", "--from", "agency", "--to", "Blog", "--type", "funds"], "--from"],
		["link --to", ["link", "--from", "Blog", "--to", "Agency", "--type", "teaches"], "--to"],
	])("%s a stream whose tag sits in broken YAML: exit 1, one line naming the problem and its line, nothing written", (_name, [command = "", ...args], flag) => {
		const root = vault({ "Streams/Agency.md": TAG_IN_BROKEN_YAML, "Streams/Blog.md": BLOG });
		const before = snapshot(root);
		const run = cli([command, root, ...args]);
		expect(run.code).toBe(1);
		expect(run.out).toBe("");
		const lines = run.err.trimEnd().split("\n");
		expect(lines).toHaveLength(1);
		// Line 1 "---", 2 tags, 3 "role: anchor", 4 "role: client": the second role is the duplicate.
		expect(lines[0]).toMatch(new RegExp(`^portfolio-journal: Nothing was written: the note Streams/Agency\\.md \\(${flag} "[^"]+"\\) cannot be read as a stream, since the frontmatter is not valid YAML at line 4 \\(map keys must be unique\\)\\. Fix that in the note, then run the command again\\.$`, "u"));
		expect(snapshot(root)).toEqual(before);
	});

	it("refuses a property written in two cases, and writes nothing", () => {
		const twice = "---\ntags: [portfolio/stream]\nlearnings: []\nLearnings: []\n---\n";
		const root = vault({ "Streams/Agency.md": twice, "Streams/Blog.md": BLOG });
		const before = snapshot(root);
		expect(cli(["learn", root, "--from", "Agency", "--to", "Blog", "--text", "x"]).code).toBe(1);
		expect(snapshot(root)).toEqual(before);
	});

	it.each([
		[["--to", "Blog", "--text", "x"], "--from"],
		[["--from", "Agency", "--to", "Nobody", "--text", "x"], "--to"],
		[["--from", "Agency", "--to", "Blog"], "--text"],
		[["--from", "Agency", "--to", "Blog", "--text", "x", "--date", "2026-02-30"], "--date"],
	])("exits 2 with one line on bad arguments %j", (args, named) => {
		const root = vault({ "Streams/Agency.md": AGENCY, "Streams/Blog.md": BLOG });
		const run = cli(["learn", root, ...args]);
		expect(run.code).toBe(2);
		expect(run.err).toContain(named);
	});
});

describe("link", () => {
	it("adds the designed edge to the first stream's note, once", () => {
		const root = vault({ "Streams/Agency.md": AGENCY, "Streams/Blog.md": BLOG });
		expect(cli(["link", root, "--from", "Agency", "--to", "Blog", "--type", "funds"]).code).toBe(0);
		const after = readFileSync(join(root, "Streams/Agency.md"), "utf8");
		expect(addedLines(AGENCY, after)).toEqual(["funds:", '  - "[[Blog]]"']);
		expect(reportOf(root).edges).toContainEqual({ from: "Streams/Agency.md", to: "Streams/Blog.md", type: "funds", count: null });
		const again = cli(["link", root, "--from", "Agency", "--to", "Blog", "--type", "funds"]);
		expect([again.code, again.err]).toEqual([0, "Nothing to do: Agency already funds Blog.\n"]);
		expect(readFileSync(join(root, "Streams/Agency.md"), "utf8")).toBe(after);
	});

	it("appends to the list as the note spells it (`Teaches:`), never a second key", () => {
		const spelt = "---\ntags: [portfolio/stream]\nTeaches:\n  - \"[[Agency]]\"\n---\n";
		const root = vault({ "Streams/Agency.md": AGENCY, "Streams/Blog.md": BLOG, "Streams/Course.md": spelt });
		expect(cli(["link", root, "--from", "Course", "--to", "Blog", "--type", "teaches"]).code).toBe(0);
		expect(readFileSync(join(root, "Streams/Course.md"), "utf8")).toBe('---\ntags: [portfolio/stream]\nTeaches:\n  - "[[Agency]]"\n  - "[[Blog]]"\n---\n');
	});
});

describe("review --write", () => {
	it("creates the note it prints, and refuses the second time (exit 1), changing nothing", () => {
		const root = vault({});
		cpSync(join(ROOT, "seeds", "portfolio-executive"), root, { recursive: true });
		const printed = cli(["review", root, "--today", "2026-11-21"]);
		const written = cli(["review", root, "--today", "2026-11-21", "--quarter", "2026-Q3", "--write"]);
		expect([written.code, written.out, written.err]).toEqual([0, "", "Created Reviews/2026-Q3 review.md.\n"]);
		expect(readFileSync(join(root, "Reviews/2026-Q3 review.md"), "utf8")).toBe(printed.out);
		const before = snapshot(root);
		const again = cli(["review", root, "--today", "2026-11-21", "--quarter", "2026-Q3", "--write"]);
		expect(again.code).toBe(1);
		expect(snapshot(root)).toEqual(before);
	});

	it("never writes over a file at the review's path", () => {
		const root = vault({ "S.md": "---\ntags: portfolio/stream\n---\n", "Reviews/2026-Q3 review.md": "my own notes\n" });
		const run = cli(["review", root, "--quarter", "2026-Q3", "--write"]);
		expect(run.code).toBe(1);
		expect(readFileSync(join(root, "Reviews/2026-Q3 review.md"), "utf8")).toBe("my own notes\n");
	});
});
