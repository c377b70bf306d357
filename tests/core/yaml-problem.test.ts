// One line for a frontmatter that cannot be read, from either parser's error: the problem in the
// parser's words (no excerpt, no column), on the note's own line, and a list or lone value named as such.
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { notMappingText, yamlErrorText } from "../../src/core/yaml-problem";

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

describe("notMappingText", () => {
	it.each([
		[["a", "b"], "a list"],
		["just words", "a single text value"],
		[42, "a single number value"],
	])("calls %j %s, not invalid YAML", (value, kind) => {
		expect(notMappingText(value)).toBe(`the frontmatter is ${kind}, not a set of properties (key: value lines)`);
	});
});
