// A vault of awkward and broken notes: the report still runs, and every problem names its file.
import { afterAll, describe, expect, it } from "vitest";
import { cli, makeVault, removeVault, reportOf } from "./helpers";

const root = makeVault({
	"Streams/Bad yaml.md": "---\ntags: [portfolio/stream\nrole: anchor\n---\nThe list above is never closed.\n",
	"Streams/Bom.md": "\uFEFF---\ntags: portfolio/stream\nrole: anchor\nhours-per-week: 10\n---\nSaved by an editor that adds a BOM.\n",
	"Streams/Crlf.md": "---\r\ntags:\r\n  - portfolio/stream\r\nrole: seed\r\nhours-per-week: 5\r\nannual-revenue: 1000\r\n---\r\nWritten on Windows.\r\n",
	"Streams/Dashes.md": "---\ntags: portfolio/stream\nrole: client\nhours-per-week: 5\n---\nA rule below is body:\n---\nrole: seed\nhours-per-week: 99\n---\n",
	"Streams/Lots.md": "---\ntags: portfolio/stream\nrole: leverage\nhours-per-week: 5\nannual-revenue: lots\n---\n",
	"Empty.md": "",
	"No frontmatter.md": "Just a thought, no properties.\n",
	"List.md": "---\n- portfolio/stream\n- role: anchor\n---\n",
});
afterAll(() => removeVault(root));

describe("a vault of broken notes", () => {
	const report = reportOf(root);
	const about = (path: string) => report.diagnostics.filter((d) => d.path === path);

	it("still reads the good streams, whatever their BOM, line ends or later rules", () => {
		const names = report.streams.map((s) => s.name).sort();
		expect(names).toEqual(["Bom", "Crlf", "Dashes", "Lots"]);
		expect(report.totals.hoursPerWeek).toBe(10 + 5 + 5 + 5);
		expect(report.streams.find((s) => s.name === "Dashes")?.role).toBe("client");
		expect(report.streams.find((s) => s.name === "Crlf")?.annualRevenue).toBe(1000);
	});

	it("names the note with invalid YAML", () => {
		expect(about("Streams/Bad yaml.md").map((d) => d.code)).toEqual(["invalid-frontmatter"]);
	});

	it("names the note whose frontmatter is a list", () => {
		const [problem] = about("List.md");
		expect(problem?.code).toBe("invalid-frontmatter");
		// It parses as YAML: a list is valid YAML, just no set of properties.
		expect(problem?.message).toBe("List.md: the frontmatter is a list, not a set of properties (key: value lines); its properties are ignored until it is fixed.");
	});

	it("names the file, the property and the value it could not read as a number", () => {
		const [problem] = about("Streams/Lots.md");
		expect(problem?.code).toBe("invalid-number");
		expect(problem?.property).toBe("annual-revenue");
		expect(problem?.message).toContain('"lots"');
		expect(report.streams.find((s) => s.name === "Lots")?.annualRevenue).toBeNull();
	});

	it("says nothing about empty notes and notes without frontmatter", () => {
		expect(about("Empty.md")).toEqual([]);
		expect(about("No frontmatter.md")).toEqual([]);
	});

	it("prints the same problems in the text report, each with its note path once", () => {
		const run = cli(["report", root, "--today", "2026-11-21"]);
		expect(run.code).toBe(0);
		const diagnostics = run.out.slice(run.out.indexOf("Diagnostics ("), run.out.indexOf("Totals:"));
		for (const path of ["Streams/Bad yaml.md", "List.md", "Streams/Lots.md"]) {
			const lines = diagnostics.split("\n").filter((line) => line.includes(path));
			expect(lines.length).toBeGreaterThan(0);
			// Each diagnostic is two lines (severity and code, then the message); the path is in one of them only.
			for (const line of lines) expect(line.split(path)).toHaveLength(2);
			expect(diagnostics).not.toContain(`in ${path}\n    ${path}`);
		}
	});

	it("makes check fail, listing each broken note", () => {
		const run = cli(["check", root]);
		expect(run.code).toBe(1);
		for (const path of ["Streams/Bad yaml.md", "List.md", "Streams/Lots.md"]) expect(run.out).toContain(path);
	});
});
