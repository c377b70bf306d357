import { describe, expect, it } from "vitest";
import { parseTimeBlock, TIME_BLOCK_FORMS } from "../../src/core/time-blocks";
import { build, codesFor, streamNote } from "./helpers";

const MON = 0, TUE = 1, WED = 2, THU = 3, FRI = 4, SAT = 5, SUN = 6;

function blockOf(text: string) {
	const reading = parseTimeBlock(text);
	if ("problem" in reading) throw new Error(reading.problem);
	return reading.block;
}

describe("parseTimeBlock: the accepted forms", () => {
	it.each<[string, number[], number, number, number | null]>([
		// start and end in minutes after midnight: 9 * 60 = 540, 17 * 60 = 1020
		["Mon-Thu 09:00-17:00", [MON, TUE, WED, THU], 540, 1020, null],
		["Sat 10:00-13:00", [SAT], 600, 780, null],
		// 7 * 60 = 420, 8 * 60 + 30 = 510
		["Mon,Wed 07:00-08:30", [MON, WED], 420, 510, null],
		["first Fri 16:00-17:00", [FRI], 960, 1020, 1],
		["second Tue 08:00-09:00", [TUE], 480, 540, 2],
		["third Wed 08:00-09:00", [WED], 480, 540, 3],
		["fourth Thu 08:00-09:00", [THU], 480, 540, 4],
		["last Sun 18:00-20:00", [SUN], 1080, 1200, -1],
		// lenient spelling: case, full day names, spaces, one-digit hours, an en dash, 24:00 as the end
		["  mon - thu   9:00 – 17:00 ", [MON, TUE, WED, THU], 540, 1020, null],
		["Saturday 22:00-24:00", [SAT], 1320, 1440, null],
		["FIRST friday 16:00-17:00", [FRI], 960, 1020, 1],
		// a range wraps past Sunday; a list may hold ranges
		["Sat-Mon 10:00-11:00", [MON, SAT, SUN], 600, 660, null],
		["Mon-Tue,Thu 10:00-11:00", [MON, TUE, THU], 600, 660, null],
	])("%s", (text, days, start, end, ordinal) => {
		expect(blockOf(text)).toMatchObject({ days, start, end, ordinal });
	});
});

describe("time-blocks in a stream note: each malformed form is a diagnostic naming it", () => {
	it.each<[unknown, string]>([
		["Mon-Thu 9-5", '"Mon-Thu 9-5" has no time range written HH:MM-HH:MM'],
		["Mon-Thu", '"Mon-Thu" has no time range'],
		["09:00-17:00", '"09:00-17:00" names no day'],
		["Mnday 09:00-10:00", '"Mnday" is not a day; use Mon, Tue, Wed, Thu, Fri, Sat, Sun'],
		["Mon-Thx 09:00-10:00", '"Thx" is not a day'],
		["Mon-Tue-Wed 09:00-10:00", '"Mon-Tue-Wed" is not a day or a range of days'],
		["Mon-Mon 09:00-10:00", 'the range "Mon-Mon" starts and ends on the same day'],
		["Mon-Wed,Tue 09:00-10:00", "names Tue twice"],
		["Mon 25:00-26:00", "25:00 is not a time of day (00:00 to 23:59)"],
		["Mon 09:00-09:60", "09:60 is not a time of day (00:00 to 24:00)"],
		["Mon 24:00-24:00", "24:00 is not a time of day (00:00 to 23:59)"],
		["Mon 09:00-09:00", "is empty: it starts and ends at 09:00"],
		["Fri 22:00-01:00", "ends before it starts; a block cannot cross midnight"],
		["Mon 09:00-12:00, Tue 09:00-12:00", "holds more than one time range: write each block as its own list item"],
		["fifth Fri 16:00-17:00", '"fifth" is not one of first, second, third, fourth, last'],
		["first Mon-Fri 16:00-17:00", "a monthly block falls on one day"],
		["last 16:00-17:00", 'names no day after "last"'],
		[40, "40 is a number, not a time block"],
		[{ day: "Mon" }, 'is an object, not a time block'],
	])("%j", (value, problem) => {
		const portfolio = build([streamNote("Clients", { "time-blocks": ["Sat 10:00-13:00", value] })]);
		const issues = portfolio.diagnostics.filter((d) => d.code === "invalid-time-block");
		expect(issues).toHaveLength(1);
		const [issue] = issues;
		expect(issue?.severity).toBe("error");
		expect(issue?.property).toBe("time-blocks");
		expect(issue?.message).toContain("Streams/Clients.md, time-blocks: ");
		expect(issue?.message).toContain(problem);
		expect(issue?.message).toContain(TIME_BLOCK_FORMS);
		// The good block still counts: 13:00 - 10:00 = 3 hours.
		expect(portfolio.streams[0]?.timeBlocks.map((b) => b.text)).toEqual(["Sat 10:00-13:00"]);
	});

	it("reads one block written as text rather than a list, and skips empty items", () => {
		const portfolio = build([streamNote("Clients", { "time-blocks": "Sat 10:00-13:00" }), streamNote("Book", { "time-blocks": ["", null, "Sun 09:00-12:00"] })]);
		expect(portfolio.diagnostics).toEqual([]);
		expect(portfolio.streams.map((s) => s.timeBlocks.map((b) => b.text))).toEqual([["Sun 09:00-12:00"], ["Sat 10:00-13:00"]]);
	});

	it("reports a property that is neither text nor a list", () => {
		const portfolio = build([streamNote("Clients", { "time-blocks": 12 })]);
		expect(codesFor(portfolio, "Streams/Clients.md")).toEqual(["invalid-type"]);
		expect(portfolio.diagnostics[0]?.message).toContain("12 is a number, not a list of time blocks");
	});
});
