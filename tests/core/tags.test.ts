import { describe, expect, it } from "vitest";
import { frontmatterTags, hasTag, inlineTags, normalizeTag } from "../../src/core/tags";

describe("normalizeTag and hasTag", () => {
	it.each([
		["#Portfolio/Stream", "portfolio/stream"],
		["  portfolio/stream ", "portfolio/stream"],
		["##x", "x"],
	])("normalizes %j", (tag, expected) => {
		expect(normalizeTag(tag)).toBe(expected);
	});

	it.each<[string[], string, boolean]>([
		[["portfolio/stream"], "portfolio/stream", true],
		[["#Portfolio/Stream"], "portfolio/stream", true],
		[["portfolio/stream/side"], "#portfolio/stream", true],
		[["portfolio/streams"], "portfolio/stream", false],
		[["portfolio"], "portfolio/stream", false],
		[["other", "PORTFOLIO/REVIEW"], "portfolio/review", true],
		[[], "portfolio/stream", false],
		[["x"], "", false],
	])("%j has %s: %s", (tags, wanted, expected) => {
		expect(hasTag(tags, wanted)).toBe(expected);
	});
});

describe("frontmatterTags", () => {
	it.each<[Record<string, unknown> | null, string[]]>([
		[{ tags: ["portfolio/stream", "work"] }, ["portfolio/stream", "work"]],
		[{ tags: "portfolio/stream, work" }, ["portfolio/stream", "work"]],
		[{ tags: "portfolio/stream work" }, ["portfolio/stream", "work"]],
		[{ tags: ["#portfolio/stream"] }, ["portfolio/stream"]],
		[{ tags: "#Portfolio/Stream" }, ["portfolio/stream"]],
		[{ tag: "portfolio/review" }, ["portfolio/review"]],
		[{ tags: [2026, null, { a: 1 }] }, ["2026"]],
		[{ tags: null }, []],
		[{ title: "x" }, []],
		[null, []],
	])("%j", (frontmatter, expected) => {
		expect(frontmatterTags(frontmatter)).toEqual(expected);
	});
});

describe("inlineTags", () => {
	it("finds tags after whitespace or at line start, nested ones too", () => {
		expect(inlineTags("#portfolio/stream\nSome text #Work/Client and #x-y_z.")).toEqual(["portfolio/stream", "work/client", "x-y_z"]);
	});

	it.each([
		["a heading", "# Title\n## Sub"],
		["a pure number", "Issue #123 and #2026"],
		["a tag glued to a word", "email me at a#b"],
		["fenced code", "```\n#portfolio/stream\n```"],
		["tilde fences", "~~~md\n#portfolio/stream\n~~~"],
		["inline code", "write `#portfolio/stream` to tag"],
		["a URL fragment", "see https://x.org/page#portfolio"],
	])("ignores %s", (_label, body) => {
		expect(inlineTags(body)).toEqual([]);
	});

	it("counts tags after a closed code fence", () => {
		expect(inlineTags("```js\nlet a = '#no';\n```\n#yes")).toEqual(["yes"]);
	});
});
