// The review asks whether each stream's time blocks held.
import { describe, expect, it } from "vitest";
import { renderReviewNote } from "../../src/core/review-note";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { build, streamNote } from "./helpers";

function boundaries(note: string): string {
	const start = note.indexOf("## Did the boundaries hold?\n");
	expect(start).toBeGreaterThanOrEqual(0);
	return note.slice(start, note.indexOf("\n## ", start + 1));
}

describe("Did the boundaries hold?", () => {
	it("asks each active stream about its blocks and their hours, and one without blocks which hours are its own", () => {
		const portfolio = build([
			// Mon,Wed 07:00-08:30 = 2 x 1.5 h = 3 h; first Fri 16:00-17:00 = 12/52 h = 0.23 h: 3.2 h to one decimal
			streamNote("Writing", { "hours-per-week": 3, "time-blocks": ["Mon,Wed 07:00-08:30", "first Fri 16:00-17:00"] }),
			streamNote("Clients", { "hours-per-week": 6 }),
			streamNote("Podcast", { status: "paused", "time-blocks": ["Sat 10:00-12:00"] }),
		]);
		expect(boundaries(renderReviewNote(portfolio, "2026-Q3", DEFAULT_SETTINGS))).toBe(
			[
				"## Did the boundaries hold?",
				"- [[Clients]] has no time blocks: which hours are its own? ",
				"- Did [[Writing]] keep its hours (Mon,Wed 07:00-08:30; first Fri 16:00-17:00: 3.2 h a week)? ",
				"- Which stream took time from another's blocks, and what would stop it next quarter? ",
				"",
			].join("\n"),
		);
	});

	it("invites a portfolio without blocks to set them", () => {
		const note = renderReviewNote(build([streamNote("Clients", { "hours-per-week": 6 })]), "2026-Q3", DEFAULT_SETTINGS);
		expect(boundaries(note)).toContain("No stream has time blocks yet. Give each the hours it owns in its `time-blocks` property");
	});
});
