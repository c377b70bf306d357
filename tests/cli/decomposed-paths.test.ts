// Notes and folders whose names are stored decomposed on disk (NFD, as macOS writes them): the CLI
// reads them under their composed (NFC) vault path, and every writer must write to the file that is
// really there, never fail on a path that does not exist nor create a composed twin beside it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli, makeVault, removeVault, reportOf } from "./helpers";

const made: string[] = [];
afterAll(() => made.forEach(removeVault));

function vault(files: Record<string, string>, settings?: Record<string, unknown>): string {
	const extra: Record<string, string> = settings ? { ".obsidian/plugins/portfolio-journal/data.json": JSON.stringify(settings) } : {};
	const root = makeVault({ ".obsidian/app.json": "{}", ...extra, ...files });
	made.push(root);
	return root;
}

// "é" twice: composed (one code point) as people type it, decomposed (e + combining acute) as stored.
const CAFE_NFC = "Caf\u00e9";
const CAFE_NFD = "Cafe\u0301";
const STREAM = (role: string, hours: number) => `---\ntags: [portfolio/stream]\nrole: ${role}\nhours-per-week: ${hours}\n---\nBody stays.\n`;

/** The names in a folder, as the disk has them (to see that no composed twin appeared). */
function names(folder: string): string[] {
	return readdirSync(folder).sort();
}

describe("writing to a note stored decomposed", () => {
	it("link --from the composed name writes into the decomposed file", () => {
		const root = vault({ [`${CAFE_NFD} work.md`]: STREAM("seed", 5), "Main.md": STREAM("anchor", 30) });
		const run = cli(["link", root, "--from", `${CAFE_NFC} work`, "--to", "Main", "--type", "protects"]);
		expect([run.code, run.err]).toEqual([0, `Saved: ${CAFE_NFC} work now protects Main.\n`]);
		// The one file, still decomposed; the new list at the end of the block, the body kept.
		expect(names(root)).toEqual([".obsidian", `${CAFE_NFD} work.md`, "Main.md"].sort());
		expect(readFileSync(join(root, `${CAFE_NFD} work.md`), "utf8")).toBe('---\ntags: [portfolio/stream]\nrole: seed\nhours-per-week: 5\nprotects:\n  - "[[Main]]"\n---\nBody stays.\n');
		expect(reportOf(root).edges).toContainEqual({ from: `${CAFE_NFC} work.md`, to: "Main.md", type: "protects", count: null });
	});

	it("learn into a stream inside a decomposed folder", () => {
		const root = vault({ [`${CAFE_NFD}/Pop-up.md`]: STREAM("seed", 5), "Main.md": STREAM("anchor", 30) });
		const run = cli(["learn", root, "--from", `${CAFE_NFC}/Pop-up.md`, "--to", "Main", "--text", "Regulars became clients.", "--date", "2026-11-20"]);
		expect(run.code).toBe(0);
		expect(names(root)).toEqual([".obsidian", CAFE_NFD, "Main.md"].sort());
		expect(readFileSync(join(root, CAFE_NFD, "Pop-up.md"), "utf8")).toBe('---\ntags: [portfolio/stream]\nrole: seed\nhours-per-week: 5\nlearnings:\n  - "2026-11-20 [[Main]]: Regulars became clients."\n---\nBody stays.\n');
	});
});

describe("review --write with a reviews folder and a template stored decomposed", () => {
	// The settings name both composed, as a person types them in the settings tab.
	const settings = { reviewsFolder: `R${"\u00e9"}visions`, reviewTemplatePath: `Mod${"\u00e8"}le` };
	const files = {
		"Main.md": STREAM("anchor", 30),
		[`Re\u0301visions/old.md`]: "kept\n",
		[`Mode\u0300le.md`]: "## From the template\n",
	};

	it("creates the note in the existing folder, from the template, without a composed twin folder", () => {
		const root = vault(files, settings);
		const run = cli(["review", root, "--quarter", "2026-Q3", "--write"]);
		expect(run.code).toBe(0);
		expect(run.err).not.toContain("template");
		expect(names(root)).toEqual([".obsidian", "Main.md", `Mode\u0300le.md`, `Re\u0301visions`].sort());
		expect(names(join(root, `Re\u0301visions`))).toEqual(["2026-Q3 review.md", "old.md"]);
		expect(readFileSync(join(root, `Re\u0301visions`, "2026-Q3 review.md"), "utf8")).toContain("## From the template");
	});

	it("refuses a review whose file is there already under its decomposed name, writing nothing", () => {
		const root = vault({ ...files, [`Re\u0301visions/2026-Q3 review.md`]: "my own notes\n" }, settings);
		const run = cli(["review", root, "--quarter", "2026-Q3", "--write"]);
		expect(run.code).toBe(1);
		expect(names(join(root, `Re\u0301visions`))).toEqual(["2026-Q3 review.md", "old.md"]);
		expect(readFileSync(join(root, `Re\u0301visions`, "2026-Q3 review.md"), "utf8")).toBe("my own notes\n");
	});
});
