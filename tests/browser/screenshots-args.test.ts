// The screenshots command's arguments: what it accepts, and one clear line for what it refuses.
import { describe, expect, it } from "vitest";
import { parseScreenshotArgs } from "./screenshots-cli";

describe("npm run screenshots arguments", () => {
	it("takes a vault, repeated widths and themes, a day and an output folder", () => {
		expect(parseScreenshotArgs(["seeds/x", "--width", "390", "--width", "1200", "--theme", "dark", "--today", "2026-11-21", "--out", "docs"])).toEqual({
			vault: "seeds/x",
			widths: [390, 1200],
			themes: ["dark"],
			today: "2026-11-21",
			out: "docs",
		});
		expect(parseScreenshotArgs(["v", "--out", "o"])).toMatchObject({ widths: [1200], themes: ["light"], today: null });
	});

	it.each([
		[["--out", "o"], "Usage"],
		[["v"], "Usage"],
		[["v", "--out", "o", "--width", "wide"], "--width takes a whole number"],
		[["v", "--out", "o", "--theme", "sepia"], 'not "sepia"'],
		[["v", "--out", "o", "--today", "21/11/2026"], "--today takes a date"],
		[["v", "--out", "o", "--colour"], "Unknown option --colour"],
		[["v", "w", "--out", "o"], "One vault at a time"],
	])("refuses %j", (argv, message) => {
		expect(() => parseScreenshotArgs(argv)).toThrow(message);
	});
});
