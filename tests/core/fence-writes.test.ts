// Input 1 of the reading issue: a note whose opening fence has a trailing space or tab, or CRLF.
// An edit must change that block, never add a second block above it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { parseNote } from "../../src/cli/read-vault";
import { addListItem } from "../../src/core/frontmatter-edit";

const DIR = join(__dirname, "..", "fixtures", "reading", "fence-trailing-space");

describe.each(["write", "write-tab", "write-crlf"])("%s: adding to a list", (folder) => {
	const input = readFileSync(join(DIR, folder, "input.md"), "utf8");
	const [op] = JSON.parse(readFileSync(join(DIR, folder, "op.json"), "utf8")) as { add: string; item: string }[];
	if (!op) throw new Error("no op");
	const result = addListItem(input, op.add, op.item, parse);
	if (!result.ok) throw new Error(result.detail);

	it("keeps the one block: the opening line as written, one more list, nothing above it", () => {
		const firstLine = input.slice(0, input.indexOf("\n") + 1);
		expect(result.text.startsWith(firstLine)).toBe(true);
		// The input has two fence lines; so does the result.
		expect(result.text.split(/\r?\n/u).filter((line) => /^---[ \t]*$/u.test(line))).toHaveLength(2);
		// Taking the new lines out gives the input back, byte for byte.
		const added = result.text.split("\n").filter((line) => !input.split("\n").includes(line));
		expect(result.text.split("\n").filter((line) => !added.includes(line)).join("\n")).toBe(input);
	});

	it("reads back the role it had and the item it gained", () => {
		const note = parseNote("Streams/Agency.md", result.text);
		expect(note.frontmatter).toMatchObject({ role: "anchor", [op.add]: [op.item] });
		expect(note.tags).toContain("portfolio/stream");
	});
});
