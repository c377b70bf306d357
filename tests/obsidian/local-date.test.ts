// The plugin's "today" is the person's calendar day, padded the way quarters and learnings expect.
import { describe, expect, it } from "vitest";
import { localDate } from "../../src/obsidian/local-date";

describe("localDate", () => {
	it("writes the local calendar day as YYYY-MM-DD", () => {
		expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
		expect(localDate(new Date(2026, 10, 21, 0, 0))).toBe("2026-11-21");
	});
});
