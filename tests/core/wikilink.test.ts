import { describe, expect, it } from "vitest";
import { parseWikilink, splitLinkList } from "../../src/core/wikilink";
import { build, codesFor, reviewNote, streamNote } from "./helpers";

describe("parseWikilink", () => {
	it.each([
		["[[Client work]]", { linkpath: "Client work", subpath: null, alias: null }],
		["[[Streams/Client work]]", { linkpath: "Streams/Client work", subpath: null, alias: null }],
		["[[Client work|clients]]", { linkpath: "Client work", subpath: null, alias: "clients" }],
		["[[Client work#Pricing]]", { linkpath: "Client work", subpath: "#Pricing", alias: null }],
		["[[Client work#^block1|see]]", { linkpath: "Client work", subpath: "#^block1", alias: "see" }],
		["[[Client work.md]]", { linkpath: "Client work.md", subpath: null, alias: null }],
		["  [[ Client work ]]  ", { linkpath: "Client work", subpath: null, alias: null }],
		["Client work", { linkpath: "Client work", subpath: null, alias: null }],
		["Streams/Client work", { linkpath: "Streams/Client work", subpath: null, alias: null }],
	])("%s", (text, expected) => {
		expect(parseWikilink(text)).toEqual(expected);
	});

	it.each(["", "   ", "[[]]", "[[Client work", "Client]] work", "[[#heading]]", "[[a]] and [[b]]", "[[Line\nbreak]]", "[[Carriage\rreturn]]", "Line\nbreak", "[[Name|two\nlines]]"])("refuses %j", (text) => {
		expect(parseWikilink(text)).toBeNull();
	});
});

describe("splitLinkList", () => {
	it.each<[unknown, string[]]>([
		[["[[A]]", "[[B]]"], ["[[A]]", "[[B]]"]],
		["[[A]]", ["[[A]]"]],
		["A", ["A"]],
		["[[A]], [[B]]", ["[[A]]", "[[B]]"]],
		[[["A"]], ["[[A]]"]],
		[[[["A"]], "[[B]]"], ["[[A]]", "[[B]]"]],
		[null, []],
		[undefined, []],
		["", []],
		[[null, "[[A]]"], ["[[A]]"]],
	])("%j", (value, items) => {
		expect(splitLinkList(value)).toEqual({ items, problem: null });
	});

	it("keeps the text items and reports the others", () => {
		const list = splitLinkList(["[[A]]", 3, { b: 1 }]);
		expect(list.items).toEqual(["[[A]]"]);
		expect(list.problem).toContain('3, {"b":1} are not a link');
	});

	it.each<[unknown, string]>([
		[42, "42 is a number"],
		[{ to: "A" }, "is an object"],
		[true, "a yes/no value"],
	])("refuses %j that is not a list", (value, fragment) => {
		const list = splitLinkList(value);
		expect(list.items).toEqual([]);
		expect(list.problem).toContain(fragment);
	});
});

describe("a note whose name holds a line break", () => {
	it("is reported as unlinkable, and a review's link to it reaches nothing, as the report says", () => {
		// Obsidian's links end at a line break: "[[Line\nbreak]]" is no link, so no actual counts for the note.
		const notes = [streamNote("Line\nbreak", { "hours-per-week": 10, "annual-revenue": 40000 }), reviewNote("2026-Q1 review", { quarter: "2026-Q1", actuals: [{ stream: "[[Line\nbreak]]", "hours-per-week": 10, income: 10000 }] })];
		const p = build(notes);
		expect(codesFor(p, "Streams/Line\nbreak.md")).toEqual(["unlinkable-name"]);
		expect(codesFor(p, "Reviews/2026-Q1 review.md")).toEqual(["invalid-type"]);
		expect(p.reviews[0]?.actuals).toEqual([]);
	});
});
