// `week` and `ics` as a user runs them on the example vaults.
import { describe, expect, it } from "vitest";
import type { WeekJson } from "../../src/cli/commands/week";
import { cli, seed } from "./helpers";

function weekOf(vault: string): WeekJson {
	const run = cli(["week", vault, "--json"]);
	expect(run.code).toBe(0);
	return JSON.parse(run.out) as WeekJson;
}

function hours(week: WeekJson): Record<string, [number, number | null]> {
	return Object.fromEntries(week.streams.map((s) => [s.name, [Math.round(s.blockHours * 1000) / 1000, s.hoursPerWeek]]));
}

describe("week --json on the example vaults", () => {
	it("freelance researcher: hours from the blocks match hours-per-week, and the planted overlap is found", () => {
		const week = weekOf(seed("freelance-researcher"));
		expect(hours(week)).toEqual({
			// Fri 09:00-12:00 (3 h) + Thu 16:00-17:00 (1 h) + first Fri 16:00-17:00 (1 h x 12/52 = 0.231 h)
			"Open science": [4.231, 4],
			// Wed 13-17 (4) + Thu 9-17 (8) + Thu 18-21 (3) + Sat 10-15 (5)
			"Research projects": [20, 20],
			// Mon-Tue 9-17: 2 x 8
			"Retainer consulting": [16, 16],
			// Sun 9-12 (3) + Wed 8-13 (5)
			"Writing and speaking": [8, 8],
		});
		expect(week.overlaps).toEqual([{ day: "Thu", start: "16:00", end: "17:00", streams: ["Streams/Research projects.md", "Streams/Open science.md"] }]);
		expect(week.findings.map((f) => f.code)).toEqual(["overlapping-blocks"]);
		expect(week.days.map((d) => d.blocks.length)).toEqual([1, 1, 2, 3, 2, 1, 1]);
		expect(week.days[4]?.blocks[1]).toEqual({ stream: "Streams/Open science.md", name: "Open science", start: "16:00", end: "17:00", ordinal: "first", text: "first Fri 16:00-17:00" });
	});

	it("union organiser: the paused podcast's Saturday block holds no time; consulting overlaps the union job on Thursday", () => {
		const week = weekOf(seed("union-organiser"));
		expect(hours(week)).toEqual({
			// Tue 18-21 (3) + first Fri 16-17 (12/52 = 0.231)
			"Housing organising": [3.231, 4],
			// Sun 9-13 (4) + Wed 15-18 (3) + Sat 10-13 (3)
			"Labour journalism": [10, 10],
			// Thu 13-16 (3) + Fri 9-12 (3)
			"Union consulting": [6, 6],
			// Mon-Thu 9-14: 4 x 5
			"Union job": [20, 20],
		});
		expect(week.overlaps.map((o) => `${o.day} ${o.start}-${o.end}`)).toEqual(["Thu 13:00-14:00"]);
	});

	it("portfolio executive: the newsletter's early Wednesday runs 30 minutes into the fractional role", () => {
		const week = weekOf(seed("portfolio-executive"));
		expect(hours(week)).toEqual({
			// first Fri 14-17: 3 h x 12/52 = 0.692 h
			"Advisor shares": [0.692, 2],
			// Thu 9-12 (3) + Sat 10-13 (3)
			"AI tools": [6, 6],
			// Sun 9-12 (3) + Thu 13-16 (3)
			"Book and courses": [6, 6],
			// Mon-Wed 9-17: 3 x 8
			"Fractional people chief": [24, 24],
			// Wed 7:30-9:30 (2) + Fri 9-11 (2)
			Newsletter: [4, 4],
		});
		expect(week.overlaps.map((o) => `${o.day} ${o.start}-${o.end}`)).toEqual(["Wed 09:00-09:30"]);
	});
});

describe("week and ics on the command line", () => {
	it("week prints a table of the days and the hours", () => {
		const run = cli(["week", seed("freelance-researcher")]);
		expect(run.code).toBe(0);
		expect(run.out).toContain("  Mon  09:00-17:00  Retainer consulting\n");
		expect(run.out).toContain("  Fri  09:00-12:00  Open science\n       16:00-17:00  Open science (first Fri of the month)\n");
		expect(run.out).toMatch(/ {2}Research projects +20 h \/ 20 h\n/u);
	});

	it.each([
		[["ics", seed("freelance-researcher"), "--json"], "Unknown option --json for ics"],
		[["week"], "Missing the vault folder"],
		[["week", seed("freelance-researcher"), "--quarter", "2026-Q1"], "Unknown option --quarter for week"],
	])("exits 2 with one line on bad arguments: %j", (argv, message) => {
		const run = cli(argv);
		expect(run.code).toBe(2);
		expect(run.out).toBe("");
		expect(run.err).toContain(message);
		expect(run.err.trim().split("\n")).toHaveLength(1);
	});
});
