// The calendar file read back by an independent parser (ical.js, Mozilla's), recurrences expanded.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { cli, seed } from "../cli/helpers";
import { foldLine } from "../../src/core/ical-text";
import { buildWeek } from "../../src/core/week";
import { isOurCalendar, weekCalendar } from "../../src/core/week-ics";
import { build, streamNote } from "./helpers";

/** A calendar text parsed by ical.js. */
function parse(text: string): ICAL.Component {
	return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

/** Every occurrence of every event that starts before `until`, as "summary start end" with floating local times. */
function expand(text: string, until: string): string[] {
	const calendar = parse(text);
	const end = ICAL.Time.fromDateTimeString(until);
	const out: string[] = [];
	for (const component of calendar.getAllSubcomponents("vevent")) {
		const event = new ICAL.Event(component);
		const iterator = event.iterator();
		for (let next = iterator.next(); next && next.compare(end) < 0; next = iterator.next()) {
			const details = event.getOccurrenceDetails(next);
			out.push(`${event.summary} ${details.startDate.toString()} ${details.endDate.toString()}`);
		}
	}
	return out.sort();
}

// The four weeks from Monday 23 November 2026 (25 November, a Wednesday, is "today"): day 0 is that Monday.
function dayOf(offset: number): string {
	const date = new Date(Date.UTC(2026, 10, 23 + offset));
	return date.toISOString().slice(0, 10);
}

/** A weekly block on weekday `weekday` (0 = Monday) in each of the four weeks. */
function weekly(summary: string, weekday: number, from: string, to: string): string[] {
	return [0, 1, 2, 3].map((week) => `${summary} ${dayOf(week * 7 + weekday)}T${from}:00 ${dayOf(week * 7 + weekday)}T${to}:00`);
}

describe("the freelance researcher's week as iCalendar", () => {
	const run = cli(["ics", seed("freelance-researcher"), "--today", "2026-11-25"]);

	it("prints the calendar alone on stdout", () => {
		expect(run.code).toBe(0);
		expect(run.err).toBe("");
		expect(run.out.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
		expect(run.out.endsWith("END:VCALENDAR\r\n")).toBe(true);
	});

	it("expands over four weeks to each block's days and times", () => {
		const [RET, RES, WRI, OPE] = ["Retainer consulting", "Research projects", "Writing and speaking", "Open science"];
		const MON = 0, TUE = 1, WED = 2, THU = 3, FRI = 4, SAT = 5, SUN = 6;
		const expected = [
			// Retainer consulting: Mon-Tue 09:00-17:00
			...weekly(RET, MON, "09:00", "17:00"), ...weekly(RET, TUE, "09:00", "17:00"),
			// Research projects: Wed 13:00-17:00, Thu 09:00-17:00, Thu 18:00-21:00, Sat 10:00-15:00
			...weekly(RES, WED, "13:00", "17:00"), ...weekly(RES, THU, "09:00", "17:00"), ...weekly(RES, THU, "18:00", "21:00"), ...weekly(RES, SAT, "10:00", "15:00"),
			// Writing and speaking: Sun 09:00-12:00, Wed 08:00-13:00
			...weekly(WRI, SUN, "09:00", "12:00"), ...weekly(WRI, WED, "08:00", "13:00"),
			// Open science: Fri 09:00-12:00, Thu 16:00-17:00, and first Fri 16:00-17:00: in these four weeks only
			// 4 December (November's first Friday, the 6th, is before 23 November).
			...weekly(OPE, FRI, "09:00", "12:00"), ...weekly(OPE, THU, "16:00", "17:00"),
			`${OPE} 2026-12-04T16:00:00 2026-12-04T17:00:00`,
		];
		expect(expand(run.out, "2026-12-21T00:00:00")).toEqual(expected.sort());
		expect(expected).toHaveLength(8 + 16 + 8 + 8 + 1);
	});

	it("writes floating times, weekly and monthly RRULEs, a UTC DTSTAMP and one unique UID per block", () => {
		const calendar = parse(run.out);
		const events = calendar.getAllSubcomponents("vevent");
		// 1 + 4 + 2 + 3 blocks
		expect(events).toHaveLength(10);
		for (const e of events) {
			const start = e.getFirstPropertyValue("dtstart");
			expect(start instanceof ICAL.Time ? start.zone?.tzid : start).toBe("floating");
			expect(e.getFirstProperty("dtstamp")?.toICALString()).toBe("DTSTAMP:20261125T000000Z");
		}
		const uids = events.map((e) => String(e.getFirstPropertyValue("uid")));
		expect(new Set(uids).size).toBe(10);
		const rules = events.map((e) => String(e.getFirstPropertyValue("rrule")));
		expect(rules).toContain("FREQ=WEEKLY;BYDAY=MO,TU");
		expect(rules).toContain("FREQ=MONTHLY;BYDAY=1FR");
		expect(isOurCalendar(run.out)).toBe(true);
	});

	it("keeps its UIDs from one week to the next, so a calendar app updates rather than duplicates", () => {
		const uids = (text: string) => [...text.matchAll(/^UID:(.*)\r$/gmu)].map((m) => m[1]);
		const later = cli(["ics", seed("freelance-researcher"), "--today", "2027-03-10"]).out;
		expect(uids(later)).toEqual(uids(run.out));
	});
});

describe("iCalendar text rules", () => {
	it("folds at 75 octets without splitting a character, and the parser reads the name back whole", () => {
		const name = "Écriture, essais; et \\ conférences — 長い名前のストリーム 🎙️ podcast and more words to pass 75 octets";
		const week = buildWeek(build([streamNote(name.replace(/[\\/]/gu, " "), { "time-blocks": ["last Fri 22:00-24:00"] })]).streams);
		const text = weekCalendar(week, "2026-11-25");
		for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
		expect(text.replace(/\r\n/gu, "")).not.toMatch(/[\r\n]/u);
		const calendar = parse(text);
		const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent") ?? undefined);
		expect(event.summary).toBe(name.replace(/[\\/]/gu, " "));
		// The last Friday of November 2026 is the 27th; 24:00 ends at midnight, the start of the 28th.
		expect(expand(text, "2027-01-01T00:00:00").map((o) => o.slice(-39))).toEqual(["2026-11-27T22:00:00 2026-11-28T00:00:00", "2026-12-25T22:00:00 2026-12-26T00:00:00"]);
		expect(text).toContain("RRULE:FREQ=MONTHLY;BYDAY=-1FR\r\n");
	});

	it("folds a line of exactly 75 octets not at all, and one of 76 into 75 + 1", () => {
		expect(foldLine("a".repeat(75))).toBe("a".repeat(75));
		expect(foldLine("a".repeat(76))).toBe(`${"a".repeat(75)}\r\n a`);
		// 74 ASCII octets then a 2-octet "é" would make 76: the é moves to the next line whole.
		expect(foldLine(`${"a".repeat(74)}é`)).toBe(`${"a".repeat(74)}\r\n é`);
	});

	it("recognises only its own PRODID", () => {
		expect(isOurCalendar("BEGIN:VCALENDAR\r\nPRODID:-//Other app//EN\r\nEND:VCALENDAR\r\n")).toBe(false);
		expect(isOurCalendar("Notes about PRODID:-//Portfolio Journal//Week export//EN in a paragraph")).toBe(false);
		expect(isOurCalendar("BEGIN:VCALENDAR\r\nPRODID:-//Portfolio Journal//Week e\r\n xport//EN\r\nEND:VCALENDAR\r\n")).toBe(true);
	});
});
