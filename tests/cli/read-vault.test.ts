// Reading notes from disk: frontmatter split the way Obsidian splits it, whatever the file's quirks.
import { afterAll, describe, expect, it } from "vitest";
import { parseNote, readVault, splitNote } from "../../src/cli/read-vault";
import { makeVault, removeVault } from "./helpers";

describe("splitNote", () => {
	it.each([
		["plain", "---\na: 1\n---\nbody", "a: 1\n", "body"],
		["BOM before the opening line", "\uFEFF---\na: 1\n---\nbody", "a: 1\n", "body"],
		["CRLF line ends", "---\r\na: 1\r\n---\r\nbody\r\n", "a: 1\n", "body\n"],
		["closed by ...", "---\na: 1\n...\nbody", "a: 1\n", "body"],
		["a later --- is body", "---\na: 1\n---\ntext\n---\nb: 2\n---\n", "a: 1\n", "text\n---\nb: 2\n---\n"],
		["empty frontmatter", "---\n---\nbody", "", "body"],
		["closing line at the end of the file", "---\na: 1\n---", "a: 1\n", ""],
	])("%s", (_name, text, yaml, body) => {
		expect(splitNote(text)).toEqual({ yaml, body });
	});

	it.each([
		["no frontmatter", "just text\n---\na: 1\n---\n"],
		["an opening line that is not exactly ---", "----\na: 1\n---\n"],
		["an unclosed frontmatter", "---\na: 1\nbody"],
		["an empty file", ""],
	])("treats %s as body only", (_name, text) => {
		expect(splitNote(text).yaml).toBeNull();
	});
});

describe("parseNote", () => {
	it("collects tags from the frontmatter and the body, not from code blocks", () => {
		const note = parseNote("a.md", "---\ntags: [one, \"#two\"]\n---\nText #three\n```\n#four\n```\n");
		expect(note.tags).toEqual(["one", "two", "three"]);
	});

	it("turns YAML errors into frontmatterError with the parser's message", () => {
		const note = parseNote("a.md", "---\ntags: [open\n---\n");
		expect(note.frontmatter).toBeNull();
		expect(note.frontmatterError).toMatch(/\S/);
		expect(note.frontmatterError).not.toContain("\n");
	});

	it.each([["a list", "- a\n- b"], ["a single value", "just words"]])("refuses a frontmatter that is %s", (_name, yaml) => {
		const note = parseNote("a.md", `---\n${yaml}\n---\n`);
		expect(note.frontmatter).toBeNull();
		expect(note.frontmatterError).toContain("not a set of properties");
	});

	it("keeps YAML dates as the text written, like the note shows them", () => {
		expect(parseNote("a.md", "---\nwhen: 2026-08-14\n---\n").frontmatter).toEqual({ when: "2026-08-14" });
	});
});

describe("readVault", () => {
	const root = makeVault({
		"Top.md": "# top",
		"Folder/Inner/Deep.md": "---\ntags: x\n---\n",
		"Folder/picture.png": "not a note",
		".config/workspace.md": "# not a note",
		".trash/Old.md": "# deleted",
		"node_modules/pkg/README.md": "# not a note",
		"Upper.MD": "# upper-case extension",
	});
	afterAll(() => removeVault(root));

	it("reads Markdown notes only, with vault-relative forward-slash paths, skipping hidden folders", () => {
		expect(readVault(root).map((n) => n.path)).toEqual(["Folder/Inner/Deep.md", "Top.md", "Upper.MD"]);
	});
});
