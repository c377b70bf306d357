// Chart axis labels: long names on short lines, a word too long for a line cut with a hyphen.
import { describe, expect, it } from "vitest";
import { fitAxisLabel, wrapAxisLabel } from "../../../src/obsidian/dashboard/wrap-name";

describe("wrapAxisLabel", () => {
	it("cuts a 22-letter word into lines of at most 18 characters, hyphen included", () => {
		// 17 letters and a hyphen (18), then the last 5 letters.
		expect(wrapAxisLabel("Kognitionswissenschaft", 18)).toEqual(["Kognitionswissens-", "chaft"]);
	});

	it("wraps at spaces and keeps short words together", () => {
		// "Grant writing for" is 17 characters; adding " arts" would make 22.
		expect(wrapAxisLabel("Grant writing for arts nonprofits", 18)).toEqual(["Grant writing for", "arts nonprofits"]);
	});
});

describe("fitAxisLabel", () => {
	const chars = (max: number) => (line: string) => line.length <= max;

	it("keeps a name of up to three lines whole", () => {
		expect(fitAxisLabel("Grant writing for arts nonprofits", chars(18), 3)).toEqual(["Grant writing for", "arts nonprofits"]);
	});

	it("ends the third line of a longer name in an ellipsis, within the line's length", () => {
		// Lines of 10: "one two" (7), "three four" (10), "five six" (8), "seven": three kept, "five six…" is 9.
		expect(fitAxisLabel("one two three four five six seven", chars(10), 3)).toEqual(["one two", "three four", "five six…"]);
		// A piece cut from a long word gives its hyphen to the ellipsis: "jklmnopqr-" becomes "jklmnopqr…".
		expect(fitAxisLabel("abcdefghijklmnopqrstuvwxyz0123456789", chars(10), 2)).toEqual(["abcdefghi-", "jklmnopqr…"]);
		// A full line of 10 gives up its last letter: "abcdefghij" becomes "abcdefghi…", still 10.
		expect(fitAxisLabel("abcdefghij klm nop", chars(10), 1)).toEqual(["abcdefghi…"]);
	});

	it("cuts a word too wide for a line into hyphenated pieces, and keeps short words together", () => {
		// Pieces of 9 letters and a hyphen (10); the rest, "stuvwx" (6), then takes " yz" (9).
		expect(fitAxisLabel("abcdefghijklmnopqrstuvwx yz", chars(10), 3)).toEqual(["abcdefghi-", "jklmnopqr-", "stuvwx yz"]);
	});
});
