// `export <vault> --csv`, read back with an independent parser (papaparse), as a spreadsheet would.
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { exportCsv } from "../../src/cli/commands/export";
import { readSettings } from "../../src/cli/read-settings";
import { readVault } from "../../src/cli/read-vault";
import { buildPortfolio } from "../../src/core/build-portfolio";
import { createPathResolver } from "../../src/core/resolver";
import { cli, makeVault, removeVault, seed } from "./helpers";

/** The CSV's rows as objects keyed by the header, parsed by papaparse. */
function parse(csv: string): Record<string, string>[] {
	const result = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
	expect(result.errors).toEqual([]);
	return result.data;
}

const stream = (frontmatter: string) => `---\ntags: portfolio/stream\n${frontmatter}\n---\n`;
const review = (quarter: string, actuals: string) => `---\ntags: portfolio/review\nquarter: ${quarter}\nactuals:\n${actuals}\n---\n`;
// Single-quoted YAML, so a name with double quotes stays one value.
const actual = (name: string, hours: number, income: number) => `  - stream: '[[${name.replace(/'/gu, "''")}]]'\n    hours-per-week: ${hours}\n    income: ${income}`;

/** The executive vault's CSV with its first two streams renamed on the model (a tab or a line break is awkward in a file name). */
function exportRenamed(firstName: string, secondName: string): string {
	const root = seed("portfolio-executive");
	const notes = readVault(root);
	const { settings } = readSettings(root);
	const portfolio = buildPortfolio(notes, { settings, resolver: createPathResolver(notes.map((n) => n.path)), today: "2026-11-21" });
	const [first, second] = portfolio.streams;
	if (!first || !second) throw new Error("the executive vault has streams");
	first.name = firstName;
	second.name = secondName;
	return exportCsv(portfolio, settings);
}

describe("export --csv", () => {
	it("writes each stream's hours and income per quarter, grouped by fiscal year with a total per stream", () => {
		// The union organiser's fiscal year starts in April: its 2025-Q2 runs from July to September 2025.
		const run = cli(["export", seed("union-organiser"), "--csv"]);
		expect([run.code, run.err]).toEqual([0, ""]);
		const rows = parse(run.out);
		expect(Object.keys(rows[0] ?? {})).toEqual(["fiscal year", "quarter", "first day", "last day", "stream", "hours per week", "hours", "income", "currency"]);
		expect(rows[0]).toEqual({
			"fiscal year": "2025",
			quarter: "2025-Q2",
			"first day": "2025-07-01",
			"last day": "2025-09-30",
			stream: "Housing organising",
			"hours per week": "6",
			hours: "72", // 6 h a week x 48 weeks / 4 = 72 hours in the quarter
			income: "0",
			currency: "GBP",
		});
		expect([...new Set(rows.map((r) => r["fiscal year"]))]).toEqual(["2025", "2026"]);
		// Fiscal 2025 holds 2025-Q2, Q3 and Q4: the union job brought 6,000 each quarter, 18,000 in all, in 3 x 20 x 12 = 720 hours
		const jobTotal = rows.find((r) => r["fiscal year"] === "2025" && r.quarter === "year total" && r.stream === "Union job");
		expect(jobTotal).toMatchObject({ "first day": "2025-07-01", "last day": "2026-03-31", "hours per week": "", hours: "720", income: "18000" });
		// The year's quarter rows come before its totals, and 2026's rows after both.
		const order = rows.map((r) => `${r["fiscal year"]} ${r.quarter === "year total" ? "total" : "quarter"}`);
		expect(order.indexOf("2025 total")).toBeGreaterThan(order.lastIndexOf("2025 quarter"));
		expect(order.indexOf("2026 quarter")).toBeGreaterThan(order.lastIndexOf("2025 total"));
	});

	it("gives income in the vault currency: 4,800 euros at 1.25 is 6,000 dollars", () => {
		const rows = parse(cli(["export", seed("portfolio-executive"), "--csv"]).out);
		const book = rows.find((r) => r.quarter === "2025-Q3" && r.stream === "Book and courses");
		expect([book?.income, book?.currency]).toEqual(["6000", "USD"]);
	});

	describe("of a vault with hostile names and a currency without a rate", () => {
		// (A name starting with a tab cannot be linked, so that case is below, on a built portfolio.)
		const names = ["=HYPERLINK(\"evil.example\")", "+1 side gig", "-2 side gig", "@home", "Plain, with comma"];
		const files: Record<string, string> = { "Streams/Pounds.md": stream("currency: GBP") };
		for (const name of names) files[`Streams/${name}.md`] = stream("hours-per-week: 1");
		files["Reviews/2026-Q1.md"] = review("2026-Q1", [...names.map((n) => actual(n, 1, 100)), actual("Pounds", 2, 500)].join("\n"));
		const root = makeVault(files);
		afterAll(() => removeVault(root));
		const rows = parse(cli(["export", root, "--csv", "--today", "2026-05-01"]).out);

		it("neutralises every cell a spreadsheet would run as a formula (OWASP: a leading ')", () => {
			const streams = rows.filter((r) => r.quarter === "2026-Q1").map((r) => r.stream);
			expect(streams).toEqual(expect.arrayContaining(["'=HYPERLINK(\"evil.example\")", "'+1 side gig", "'-2 side gig", "'@home", "Plain, with comma"]));
			for (const cell of rows.flatMap((r) => Object.values(r))) expect(cell).not.toMatch(/^[=+\-@\t\r]/u);
		});

		it("leaves the income of a currency without a rate empty, and its year total too", () => {
			const pounds = rows.filter((r) => r.stream === "Pounds");
			expect(pounds.map((r) => [r.quarter, r.hours, r.income])).toEqual([
				["2026-Q1", "24", ""], // 2 h x 12 weeks; pounds cannot be counted as dollars
				["year total", "24", ""],
			]);
		});
	});

	it("neutralises names starting with a tab or a carriage return too", () => {
		const streams = parse(exportRenamed("\tTabbed", "\rReturned")).map((r) => r.stream);
		expect(streams).toContain("'\tTabbed");
		expect(streams).toContain("'\rReturned");
	});

	it("quotes a cell holding a line break, so each record stays one CRLF line for any reader", () => {
		const csv = exportRenamed("Line\nbreak", "Carriage\rreturn");
		expect(csv).toContain(',"Line\nbreak",');
		expect(csv).toContain(',"Carriage\rreturn",');
		// Outside quoted cells only the record ends, CRLF, remain: no bare LF or CR that a reader
		// (Python's csv, Excel) would take for the end of a row.
		const unquoted = csv.replace(/"(?:[^"]|"")*"/gu, "").replace(/\r\n/gu, "");
		expect(unquoted).not.toMatch(/[\r\n]/u);
		const streams = parse(csv).map((r) => r.stream);
		expect(streams).toContain("Line\nbreak");
		expect(streams).toContain("Carriage\rreturn");
	});

	it("asks for the format with one line and exit 2", () => {
		const run = cli(["export", seed("union-organiser")]);
		expect(run.code).toBe(2);
		expect(run.err).toBe("portfolio-journal: The export needs a format: portfolio-journal export <vault> --csv.\n");
		expect(run.out).toBe("");
	});
});
