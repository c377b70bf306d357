// Reading notes from disk: frontmatter split the way Obsidian splits it, whatever the file's quirks.
import { afterAll, describe, expect, it } from "vitest";
import { parseNote, readVault } from "../../src/cli/read-vault";
import { makeVault, removeVault } from "./helpers";

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
