// One line for a frontmatter that cannot be read, from either parser's error: the problem in the
// parser's words (no excerpt, no column), on the note's own line, and a list or lone value named as such.
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { addListItem } from "../../src/core/frontmatter-edit";
import { frontmatterProblem, notMappingText, yamlErrorText } from "../../src/core/yaml-problem";

function thrownBy(yaml: string): unknown {
	try {
		parse(yaml);
	} catch (error) {
		return error;
	}
	throw new Error("expected the YAML to be refused");
}

describe("yamlErrorText", () => {
	it("says what the `yaml` parser found, on the note's line: YAML line 2 + 1 fence line = line 3", () => {
		const error = thrownBy("role: client\nrole: anchor\n");
		expect(yamlErrorText(error, 1)).toBe("the frontmatter is not valid YAML at line 3 (map keys must be unique)");
	});

	it("reads js-yaml's 0-based mark, the shape some parsers give: mark line 2 is YAML line 3, note line 4", () => {
		const error = Object.assign(new Error("bad indentation of a mapping entry (3:5)\n\n 1 | a: 1\n"), { reason: "bad indentation of a mapping entry", mark: { line: 2, column: 4 } });
		expect(yamlErrorText(error, 1)).toBe("the frontmatter is not valid YAML at line 4 (bad indentation of a mapping entry)");
	});

	it("names no line when the error has none, and never spills a second line", () => {
		expect(yamlErrorText(new Error("Something odd.\nexcerpt"), 1)).toBe("the frontmatter is not valid YAML (something odd)");
		expect(yamlErrorText("", 1)).toBe("the frontmatter is not valid YAML (the parser gave no reason)");
		// An acronym keeps its capitals inside the sentence.
		expect(yamlErrorText(new Error("YAML version 1.3 is not supported"), 1)).toBe("the frontmatter is not valid YAML (YAML version 1.3 is not supported)");
	});
});

// The line to fix, the same from every caller (second tester report, item 5). Note lines: 1 "---",
// 2 tags, 3 role, 4 hours-per-week, 5 "---".
describe("the line of an unclosed quote or an over-indented key", () => {
	const unclosed = '---\ntags: [portfolio/stream]\nrole: "cli\nhours-per-week: 5\n---\nBody\n';
	const indented = "---\ntags: [portfolio/stream]\nrole: client\n  hours-per-week: 3\n---\n";

	it("puts an unclosed quote on the line where it opens (3), with LF and CRLF, reading and writing", () => {
		expect(frontmatterProblem(unclosed, parse)).toMatch(/at line 3 /u);
		expect(frontmatterProblem(unclosed.replace(/\n/gu, "\r\n"), parse)).toMatch(/at line 3 /u);
		const write = addListItem(unclosed, "learnings", "x", parse);
		expect(write.ok ? "written" : write.detail).toMatch(/at line 3 /u);
	});

	it("puts a key indented under a key with a value on the indented line (4)", () => {
		expect(frontmatterProblem(indented, parse)).toMatch(/at line 4 /u);
		expect(frontmatterProblem(indented.replace(/\n/gu, "\r\n"), parse)).toMatch(/at line 4 /u);
	});

	it("does the same from js-yaml's words, whose mark is where the text ends", () => {
		const error = Object.assign(new Error("unexpected end of the stream within a double quoted scalar (4:1)"), { reason: "unexpected end of the stream within a double quoted scalar", mark: { line: 3, column: 0 } });
		// YAML line 2 is `role: "cli`; + 1 fence line = note line 3.
		expect(yamlErrorText(error, 1, 'tags: [portfolio/stream]\nrole: "cli\nhours-per-week: 5\n')).toMatch(/at line 3 /u);
	});

	it("keeps the parser's line for a quote that closes on a later line and a duplicate key after it", () => {
		// YAML: 1 a (quote closes on line 2), 3 b, 4 b again: note line 4 + 1 = 5.
		expect(frontmatterProblem('---\na: "one\n  two"\nb: 1\nb: 2\n---\n', parse)).toMatch(/at line 5 /u);
	});
});

describe("notMappingText", () => {
	it.each([
		[["a", "b"], "a list"],
		["just words", "a single text value"],
		[42, "a single number value"],
	])("calls %j %s, not invalid YAML", (value, kind) => {
		expect(notMappingText(value)).toBe(`the frontmatter is ${kind}, not a set of properties (key: value lines)`);
	});
});
