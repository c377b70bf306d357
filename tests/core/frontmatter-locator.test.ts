// The one frontmatter rule, as Obsidian applies it: the fences it accepts and the ones it does not.
import { describe, expect, it } from "vitest";
import { frontmatterYaml, locateFrontmatter, noteBody } from "../../src/core/frontmatter-locator";

describe("locateFrontmatter", () => {
	it.each([
		["plain", "---\na: 1\n---\nbody", "a: 1\n", "body"],
		["BOM before the opening line", "\uFEFF---\na: 1\n---\nbody", "a: 1\n", "body"],
		["CRLF line ends", "---\r\na: 1\r\n---\r\nbody\r\n", "a: 1\r\n", "body\r\n"],
		["a trailing space after the opening fence", "--- \na: 1\n---\nbody", "a: 1\n", "body"],
		["a trailing tab after the opening fence", "---\t\na: 1\n---\nbody", "a: 1\n", "body"],
		["a trailing space and CRLF", "--- \r\na: 1\r\n---\r\nbody", "a: 1\r\n", "body"],
		["trailing spaces after the closing fence", "---\na: 1\n---  \nbody", "a: 1\n", "body"],
		["a later --- is body", "---\na: 1\n---\ntext\n---\nb: 2\n---\n", "a: 1\n", "text\n---\nb: 2\n---\n"],
		["an empty block", "---\n---\nbody", "", "body"],
		["the closing line at the end of the file", "---\na: 1\n---", "a: 1\n", ""],
	])("finds the block: %s", (_name, text, yaml, body) => {
		expect(frontmatterYaml(text)).toBe(yaml);
		expect(noteBody(text)).toBe(body);
	});

	it.each([
		["no frontmatter", "just text\n---\na: 1\n---\n"],
		["a blank line before the fence", "\n---\na: 1\n---\n"],
		["four dashes", "----\na: 1\n---\n"],
		["text after the dashes", "--- a\na: 1\n---\n"],
		["an empty file", ""],
	])("finds no block: %s", (_name, text) => {
		expect(locateFrontmatter(text)).toBeNull();
		expect(frontmatterYaml(text)).toBeNull();
	});

	// Obsidian treats an unclosed fence as body; writers must not take it for a block either.
	it.each([
		["a fence that never closes", "---\na: 1\nbody"],
		["YAML's ... end marker, which Obsidian does not take", "---\na: 1\n...\nbody"],
	])("calls %s unclosed, and reads the whole note as body", (_name, text) => {
		expect(locateFrontmatter(text)).toBe("unclosed");
		expect(frontmatterYaml(text)).toBeNull();
		expect(noteBody(text)).toBe(text);
	});

	it("gives offsets that cut the text back into its parts", () => {
		const text = "\uFEFF--- \r\na: 1\r\n--- \r\nbody";
		const at = locateFrontmatter(text);
		if (at === null || at === "unclosed") throw new Error("expected a block");
		// "\uFEFF" (1) + "--- \r\n" (6) = 7; the YAML "a: 1\r\n" is 6 long, so the closing fence starts at 13.
		expect(at).toMatchObject({ bom: "\uFEFF", openingLine: "--- \r\n", eol: "\r\n", from: 7, to: 13, lineOffset: 1 });
		// "--- \r\n" is 6 more: the body starts at 19.
		expect(at.contentStart).toBe(19);
		expect(text.slice(at.contentStart)).toBe("body");
	});
});
