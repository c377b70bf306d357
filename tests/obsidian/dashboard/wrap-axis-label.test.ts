// Chart axis labels: long names on short lines, a word too long for a line cut with a hyphen.
import { describe, expect, it } from "vitest";
import { wrapAxisLabel } from "../../../src/obsidian/dashboard/wrap-name";

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
