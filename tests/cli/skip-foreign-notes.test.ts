// A note whose text never names one of our tags cannot be ours: the CLI skips it before parsing its
// YAML or scanning its body. The report is the same with and without the skip, and an unreadable
// frontmatter is reported only in a note that could be ours.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { portfolioReadOptions, readVault } from "../../src/cli/read-vault";
import { reportJson } from "../../src/core/report-json";
import { reportText } from "../../src/core/report-text";
import { buildPortfolio } from "../../src/core/build-portfolio";
import { createPathResolver } from "../../src/core/resolver";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { generateVault, noteText } from "../support/generate-vault";
import { cli, seed } from "./helpers";

const TODAY = "2026-11-21";
const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function vaultOf(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), "pj-skip-"));
	made.push(dir);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

/** The report's JSON and text, from the notes read with or without the skip. */
function reports(dir: string, skip: boolean): { json: string; text: string } {
	const notes = readVault(dir, undefined, { ...portfolioReadOptions(DEFAULT_SETTINGS), skip });
	const portfolio = buildPortfolio(notes, { settings: DEFAULT_SETTINGS, resolver: createPathResolver(notes.map((n) => n.path)), today: TODAY });
	return {
		json: JSON.stringify(reportJson(portfolio)),
		text: reportText(portfolio, { vaultName: "vault", today: TODAY, settings: DEFAULT_SETTINGS, color: false }),
	};
}

// Tags written every way Obsidian reads them, in case and nesting the literal test must not miss.
const AWKWARD = {
	"Streams/Upper.md": "---\ntags: [Portfolio/Stream]\nhours-per-week: 4\n---\n",
	"Streams/Nested.md": "---\ntags:\n  - PORTFOLIO/STREAM/side\nhours-per-week: 2\n---\n",
	"Streams/Inline.md": "---\nhours-per-week: 6\n---\nA stream, tagged in the text: #portfolio/Stream\n",
	"Reviews/Q3.md": "---\ntag: Portfolio/Review\nquarter: 2026-Q3\nactuals: []\n---\n",
	"Notes/Broken and ours.md": "---\ntags: portfolio/stream\nrole: [anchor\n---\n",
	"Notes/Broken and foreign.md": "---\nserves: [4\n---\nA recipe.\n",
	"Notes/List.md": "---\n- a\n- b\n---\nNot properties.\n",
	"Notes/Plain.md": "Links to [[Upper]] and #journal.\n",
	// Our tag named in the body but not as a tag: in a code block, in running text, inside a word.
	"Notes/Code sample.md": "---\nserves: [4\n---\n```md\n#portfolio/stream is only an example\n```\n",
	"Notes/Prose.md": "---\nserves: [4\n---\nWe use the portfolio/stream tag, and x#portfolio/stream is no tag.\n",
	// A tag in the body makes a note ours, whatever its frontmatter says.
	"Notes/Broken, tagged in the text.md": "---\nrole: [anchor\n---\nTagged #portfolio/stream\n",
};

describe("the CLI's skip of notes that cannot be ours", () => {
	const generated = generateVault({ notes: 800, streams: 12, quarters: 4, today: TODAY });
	const vaults: [string, string][] = [
		["freelance-researcher", seed("freelance-researcher")],
		["union-organiser", seed("union-organiser")],
		["portfolio-executive", seed("portfolio-executive")],
		["a generated vault", vaultOf(Object.fromEntries(generated.notes.map((n) => [n.path, noteText(n)])))],
		["tags in every case and place", vaultOf(AWKWARD)],
	];

	it.each(vaults)("reports the same with and without it: %s", (_name, dir) => {
		const skipped = reports(dir, true);
		expect(skipped).toEqual(reports(dir, false));
		expect((JSON.parse(skipped.json) as { streams: unknown[] }).streams.length).toBeGreaterThan(0);
	});

	it("reads every spelling of our tags, and reports the broken note that names one", () => {
		const report = JSON.parse(reports(vaultOf(AWKWARD), true).json) as { streams: { name: string }[]; reviews: unknown[]; diagnostics: { code: string; path: string }[] };
		// "Broken and ours" names our tag, but its YAML cannot be read: no stream, one diagnostic.
		// "Broken, tagged in the text" is a stream by its inline tag, its properties unread; the code
		// sample and the prose only mention the tag, so their broken YAML is none of our business.
		expect(report.streams.map((s) => s.name).sort()).toEqual(["Broken, tagged in the text", "Inline", "Nested", "Upper"]);
		expect(report.reviews).toHaveLength(1);
		const invalid = report.diagnostics.filter((d) => d.code === "invalid-frontmatter").map((d) => d.path);
		expect(invalid).toEqual(["Notes/Broken and ours.md", "Notes/Broken, tagged in the text.md"]);
	});

	it("lets check pass on a vault without a single stream, whatever its notes' YAML", () => {
		const dir = vaultOf({ "Recipes/Soup.md": "---\nserves: [4\n---\n", "Recipes/Bread.md": "---\n- flour\n---\n", "Journal.md": "Plain #journal text.\n" });
		const run = cli(["check", dir, "--today", TODAY]);
		expect(run.out).toContain("0 errors");
		expect(run.code).toBe(0);
	});
});
