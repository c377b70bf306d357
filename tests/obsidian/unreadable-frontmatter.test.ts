// A frontmatter Obsidian cannot read as properties, in every shape the real cache may give it (see
// tests/fakes/metadata-cache.ts for what is known): the plugin finds the block by either of its marks,
// reads the note's text, and says exactly what the CLI says, naming the problem and the note's line.
import type { CachedMetadata, TFile } from "obsidian";
import { describe, expect, it } from "vitest";
import { parseNote } from "../../src/cli/read-vault";
import { DEFAULT_SETTINGS, readNote } from "../../src/core";
import { frontmatterProblem } from "../../src/core/yaml-problem";
import { obsidianYaml } from "../../src/obsidian/commands/note-writer";
import { candidacy } from "../../src/obsidian/note-candidate";
import { toNoteInput } from "../../src/obsidian/note-input";
import { tagMentionTest } from "../../src/core/tag-mention";

const file = { path: "Streams/Agency.md", basename: "Agency", extension: "md" } as TFile;
const mentions = tagMentionTest(DEFAULT_SETTINGS);
// Lines 0-4 of the note: "---", two lines of YAML, the closing "---" on line 3 (0-based).
const block = { start: { line: 0, col: 0, offset: 0 }, end: { line: 3, col: 3, offset: 40 } };
const yamlSection = [{ type: "yaml", position: block }] as CachedMetadata["sections"];

/** The diagnostic messages the plugin gives for the note, from the cache shape and the note's text. */
function pluginMessages(cache: CachedMetadata, text: string): string[] {
	expect(candidacy(cache, mentions)).toBe("check-text");
	return readNote(toNoteInput(file, cache, undefined, frontmatterProblem(text, obsidianYaml)), DEFAULT_SETTINGS).diagnostics.map((d) => d.message);
}

function cliMessages(text: string): string[] {
	return readNote(parseNote(file.path, text), DEFAULT_SETTINGS).diagnostics.map((d) => d.message);
}

describe("YAML that does not parse", () => {
	// Line 1 "---", 2 the tags, 3 "role: anchor", 4 "role: client": the duplicate key is on line 4.
	const text = "---\ntags: [portfolio/stream]\nrole: anchor\nrole: client\n---\n";
	const expected = "Streams/Agency.md: the frontmatter is not valid YAML at line 4 (map keys must be unique); its properties are ignored until it is fixed.";

	it.each([
		["frontmatterPosition and the yaml section (Obsidian 1.4+)", { frontmatterPosition: block, sections: yamlSection }],
		["frontmatterPosition alone", { frontmatterPosition: block }],
		["the yaml section alone", { sections: yamlSection }],
	])("marked by %s: the CLI's line", (_name, cache) => {
		expect(cliMessages(text)).toEqual([expected]);
		expect(pluginMessages(cache, text)).toEqual([expected]);
	});

	it("an empty block is no error, whichever way it is marked", () => {
		const empty = { sections: [{ type: "yaml", position: { start: block.start, end: { line: 1, col: 3, offset: 7 } } }] } as CachedMetadata;
		expect(candidacy(empty, mentions)).toBe("skip");
		expect(readNote(toNoteInput(file, empty), DEFAULT_SETTINGS).diagnostics).toEqual([]);
	});
});

describe("a frontmatter that is a list", () => {
	const text = "---\n- portfolio/stream\n- role: anchor\n---\n";
	const expected = "Streams/Agency.md: the frontmatter is a list, not a set of properties (key: value lines); its properties are ignored until it is fixed.";

	it.each([
		["no frontmatter, the block marked", { frontmatterPosition: block, sections: yamlSection }],
		["the list itself as frontmatter", { frontmatter: ["portfolio/stream", { role: "anchor" }], frontmatterPosition: block, sections: yamlSection }],
	])("given as %s: one diagnostic, the CLI's", (_name, cache) => {
		expect(cliMessages(text)).toEqual([expected]);
		expect(pluginMessages(cache as CachedMetadata, text)).toEqual([expected]);
	});
});
