import { describe, expect, it } from "vitest";
import type { Issue, NoteInput, Portfolio } from "../../src/core/types";
import { buildWeek } from "../../src/core/week";
import { build, settingsWith, streamNote } from "./helpers";

function week(notes: NoteInput[]) {
	return buildWeek(build(notes).streams);
}

function findings(portfolio: Portfolio, code: string): Issue[] {
	return portfolio.findings.filter((f) => f.code === code);
}

describe("hours a week from time blocks", () => {
	it("counts weekly blocks in full and a monthly block at 12/52 of its length", () => {
		const w = week([
			// 4 days x 8 h = 32 h
			streamNote("Job", { "hours-per-week": 32, "time-blocks": ["Mon-Thu 09:00-17:00"] }),
			// Thu 18:00-21:00 = 3 h, Sat 10:00-13:00 = 3 h: 6 h
			streamNote("Clients", { "hours-per-week": 6, "time-blocks": ["Thu 18:00-21:00", "Sat 10:00-13:00"] }),
			// Mon and Wed 07:00-08:30 = 2 x 1.5 h = 3 h; a monthly 1 h stand-up = 1 x 12/52 h
			streamNote("Writing", { "hours-per-week": 3, "time-blocks": ["Mon,Wed 07:00-08:30", "first Fri 16:00-17:00"] }),
		]);
		const hours = Object.fromEntries(w.streams.map((s) => [s.name, s.blockHours]));
		expect(hours.Job).toBe(32);
		expect(hours.Clients).toBe(6);
		expect(hours.Writing).toBeCloseTo(3 + 12 / 52, 10);
	});

	it("places each block on its days, Monday first, and leaves inactive streams out", () => {
		const w = week([
			streamNote("Job", { "time-blocks": ["Mon-Thu 09:00-17:00"] }),
			streamNote("Writing", { "time-blocks": ["Sun 09:00-12:00", "Wed 07:00-08:30"] }),
			streamNote("Podcast", { status: "paused", "time-blocks": ["Fri 09:00-17:00"] }),
		]);
		expect(w.days.map((slots) => slots.map((s) => s.name))).toEqual([["Job"], ["Job"], ["Writing", "Job"], ["Job"], [], [], ["Writing"]]);
		expect(w.streams.map((s) => s.name)).toEqual(["Job", "Writing"]);
	});
});

describe("week findings, each on both sides of its threshold", () => {
	// Job states 20 h; 2 h (the hours threshold) is over 10% of 20 h (2 h): both limits meet at 2 h.
	it("boundary-mismatch needs a gap over 2 hours AND over 10% of hours-per-week", () => {
		const codes = (hours: number, blocks: string[]) => findings(build([streamNote("Job", { "hours-per-week": hours, "time-blocks": blocks })]), "boundary-mismatch").length;
		// Mon-Wed 09:00-15:00 = 3 x 6 h = 18 h; gap 2 h, not over 2 h: quiet.
		expect(codes(20, ["Mon-Wed 09:00-15:00"])).toBe(0);
		// Mon-Wed 09:00-15:10 = 3 x (6 h 10 min) = 18.5 h; gap 20 - 18.5 = 1.5 h: quiet.
		expect(codes(20, ["Mon-Wed 09:00-15:10"])).toBe(0);
		// Mon-Wed 09:00-14:50 = 3 x (5 h 50 min) = 17.5 h; gap 2.5 h, over 2 h and over 10% of 20 (2 h): fires.
		expect(codes(20, ["Mon-Wed 09:00-14:50"])).toBe(1);
		// 40 h stated; Mon-Thu 09:00-17:00 = 32 h plus Fri 09:00-14:30 = 5.5 h gives 37.5 h; the gap of 2.5 h is
		// over 2 h but not over 10% of 40 h (4 h): quiet.
		expect(codes(40, ["Mon-Thu 09:00-17:00", "Fri 09:00-14:30"])).toBe(0);
		// Mon-Thu 09:00-17:00 + Fri 09:00-12:30 = 32 + 3.5 = 35.5 h; gap 4.5 h, over 2 h and over 4 h: fires.
		expect(codes(40, ["Mon-Thu 09:00-17:00", "Fri 09:00-12:30"])).toBe(1);
	});

	it("boundary-mismatch names both figures and follows the threshold settings", () => {
		const notes = [streamNote("Job", { "hours-per-week": 20, "time-blocks": ["Mon-Wed 09:00-14:50"] })];
		const [finding] = findings(build(notes), "boundary-mismatch");
		expect(finding?.message).toBe("Job's time-blocks give 17.5 h a week, but hours-per-week says 20 h: change the blocks or the figure.");
		// With 3 hours allowed, the 2.5-hour gap is quiet.
		expect(findings(build(notes, settingsWith({}, { boundaryMismatchHours: 3 })), "boundary-mismatch")).toEqual([]);
	});

	it("overlapping-blocks fires when two streams share a minute, not when one ends as the other starts", () => {
		const job = streamNote("Job", { "time-blocks": ["Mon-Thu 09:00-17:00"] });
		const touching = build([job, streamNote("Clients", { "time-blocks": ["Thu 17:00-20:00"] })]);
		expect(findings(touching, "overlapping-blocks")).toEqual([]);
		const clash = build([job, streamNote("Clients", { "time-blocks": ["Thu 16:59-20:00"] })]);
		expect(findings(clash, "overlapping-blocks").map((f) => f.message)).toEqual([
			'Clients ("Thu 16:59-20:00") and Job ("Mon-Thu 09:00-17:00") both claim Thursday 16:59-17:00: one of them loses that time.',
		]);
	});

	it("a monthly block clashes with a weekly one on its day, and with another monthly one only in the same week of the month", () => {
		const standup = streamNote("Community", { "time-blocks": ["first Fri 16:00-17:00"] });
		const weekly = build([standup, streamNote("Clients", { "time-blocks": ["Fri 15:00-16:30"] })]);
		expect(findings(weekly, "overlapping-blocks").map((f) => f.message)).toEqual([
			'Clients ("Fri 15:00-16:30") and Community ("first Fri 16:00-17:00") both claim the first Friday of the month 16:00-16:30: one of them loses that time.',
		]);
		expect(findings(build([standup, streamNote("Board", { "time-blocks": ["last Fri 16:00-17:00"] })]), "overlapping-blocks")).toEqual([]);
		expect(findings(build([standup, streamNote("Board", { "time-blocks": ["first Fri 16:30-17:30"] })]), "overlapping-blocks")).toHaveLength(1);
	});

	it("overlapping-blocks ignores a stream meeting itself", () => {
		expect(findings(build([streamNote("Job", { "time-blocks": ["Mon 09:00-12:00", "Mon 11:00-13:00"] })]), "overlapping-blocks")).toEqual([]);
	});

	it("context-switching fires on a day with 3 streams, not 2; a monthly block does not count", () => {
		const two = [streamNote("Job", { "time-blocks": ["Thu 09:00-17:00"] }), streamNote("Clients", { "time-blocks": ["Thu 18:00-21:00"] })];
		expect(findings(build(two), "context-switching")).toEqual([]);
		expect(findings(build([...two, streamNote("Community", { "time-blocks": ["first Thu 21:00-22:00"] })]), "context-switching")).toEqual([]);
		const three = build([...two, streamNote("Writing", { "time-blocks": ["Thu 07:00-08:30"] })]);
		expect(findings(three, "context-switching").map((f) => f.message)).toEqual([
			"Thursday holds 3 streams (Clients, Job, Writing): every switch costs focus; give the day to fewer streams.",
		]);
		expect(findings(build([...two, streamNote("Writing", { "time-blocks": ["Thu 07:00-08:30"] })], settingsWith({}, { contextSwitchStreams: 4 })), "context-switching")).toEqual([]);
	});

	it("no-deep-work fires when every block is under 90 minutes; one block of exactly 90 is enough", () => {
		// 07:00-08:29 is 89 minutes; 07:00-08:30 is 90.
		const short = build([streamNote("Writing", { "time-blocks": ["Mon,Wed 07:00-08:29", "first Fri 16:00-17:00"] })]);
		expect(findings(short, "no-deep-work").map((f) => f.path)).toEqual(["Streams/Writing.md"]);
		const deep = build([streamNote("Writing", { "time-blocks": ["Mon 07:00-08:29", "Wed 07:00-08:30"] })]);
		expect(findings(deep, "no-deep-work")).toEqual([]);
	});

	it("no-boundary is info for an active stream with hours but no blocks, once the vault plans its week", () => {
		const job = streamNote("Job", { "hours-per-week": 32, "time-blocks": ["Mon-Thu 09:00-17:00"] });
		const portfolio = build([job, streamNote("Clients", { "hours-per-week": 6 }), streamNote("Idle", { "hours-per-week": 0 }), streamNote("Podcast", { status: "paused", "hours-per-week": 5 })]);
		expect(findings(portfolio, "no-boundary").map((f) => [f.path, f.severity])).toEqual([["Streams/Clients.md", "info"]]);
		// No stream with blocks: the week is not planned, so nothing about it is said.
		expect(build([streamNote("Clients", { "hours-per-week": 6 })]).findings.map((f) => f.code)).not.toContain("no-boundary");
	});
});
