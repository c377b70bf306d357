// @vitest-environment happy-dom
// "Export week to calendar" through the real plugin on the in-memory Obsidian: it writes one file of
// its own and never touches anything else.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { exportWeekToCalendar } from "../../src/obsidian/commands/export-calendar-command";
import { isOurCalendar } from "../../src/core/week-ics";
import { Notice } from "../fakes/obsidian";
import { loadPlugin, streamNote, type Loaded } from "./plugin-fixture";

const files = {
	"Streams/Job.md": streamNote("role: anchor", "hours-per-week: 32", "time-blocks:", '  - "Mon-Thu 09:00-17:00"'),
	"Streams/Writing.md": streamNote("role: leverage", "hours-per-week: 3", "time-blocks: [\"Sun 09:00-12:00\"]"),
};

async function ready(extra: Record<string, string> = {}, saved?: unknown): Promise<Loaded> {
	const loaded = await loadPlugin({ ...files, ...extra }, saved);
	loaded.app.workspace.triggerLayoutReady();
	loaded.plugin.index.refreshNow();
	return loaded;
}

function host(loaded: Loaded) {
	return { app: loaded.app as never, settings: () => loaded.plugin.settings, portfolio: () => loaded.plugin.index.portfolio, refreshNow: () => loaded.plugin.index.refreshNow() };
}

/** Counts the vault's write events from now on. */
function writes(loaded: Loaded): { count: number } {
	const counter = { count: 0 };
	for (const name of ["create", "modify", "delete", "rename"]) loaded.app.vault.on(name, () => counter.count++);
	return counter;
}

beforeEach(() => {
	Notice.messages = [];
});
afterEach(() => vi.restoreAllMocks());

describe("Export week to calendar", () => {
	it("is a command that creates the calendar at the default path", async () => {
		const loaded = await ready();
		expect(loaded.app.commands.executeCommandById("portfolio-journal:export-week-to-calendar")).toBe(true);
		await vi.waitFor(() => expect(loaded.app.vault.textAt("Portfolio week.ics")).toBeDefined());
		const text = loaded.app.vault.textAt("Portfolio week.ics") ?? "";
		expect(isOurCalendar(text)).toBe(true);
		// Job: one block; Writing: one block.
		expect(text.match(/BEGIN:VEVENT/gu)).toHaveLength(2);
		expect(Notice.messages).toEqual(['Week exported to "Portfolio week.ics".']);
	});

	it("creates the folder of the icsPath setting, and replaces its own file after an edit", async () => {
		const loaded = await ready({}, { icsPath: "Calendars/Week.ics" });
		expect(await exportWeekToCalendar(host(loaded), "2026-11-25")).toEqual({ path: "Calendars/Week.ics", result: "created" });
		const first = loaded.app.vault.textAt("Calendars/Week.ics") ?? "";
		const counter = writes(loaded);
		expect(await exportWeekToCalendar(host(loaded), "2026-11-25")).toEqual({ path: "Calendars/Week.ics", result: "unchanged" });
		expect(counter.count).toBe(0);
		// Another day, another DTSTAMP: the file is ours, so it is replaced.
		expect(await exportWeekToCalendar(host(loaded), "2026-12-02")).toEqual({ path: "Calendars/Week.ics", result: "replaced" });
		expect(counter.count).toBe(1);
		expect(loaded.app.vault.textAt("Calendars/Week.ics")).not.toBe(first);
		expect(loaded.app.vault.textAt("Calendars/Week.ics")).toContain("DTSTAMP:20261202T000000Z");
	});

	it.each([
		["a calendar another app wrote", "Portfolio week.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other app//EN\r\nEND:VCALENDAR\r\n", "that file was not written by Portfolio Journal"],
		["a note that only mentions our PRODID", "Portfolio week.ics", "My notes: PRODID:-//Portfolio Journal//Week export//EN\n", "that file was not written by Portfolio Journal"],
	])("refuses to replace %s, and changes nothing", async (_what, path, text, reason) => {
		const loaded = await ready({ [path]: text });
		const counter = writes(loaded);
		const mtime = loaded.app.vault.getFileByPath(path)?.stat.mtime;
		expect(await exportWeekToCalendar(host(loaded), "2026-11-25")).toEqual({ path, result: "refused", reason });
		expect(loaded.app.vault.textAt(path)).toBe(text);
		expect(loaded.app.vault.getFileByPath(path)?.stat.mtime).toBe(mtime);
		expect(counter.count).toBe(0);
		expect(Notice.messages).toEqual([`Nothing exported to "${path}": ${reason}. Choose another calendar file in the settings.`]);
	});

	it.each([
		["a note", "Streams/Job.md", "the calendar path must name a file ending in .ics"],
		["an empty setting", "", "the calendar path must name a file ending in .ics"],
		["a folder", "Streams.ics", "a folder has that name"],
	])("refuses an icsPath that names %s", async (_what, icsPath, reason) => {
		const loaded = await ready({ "Streams.ics/readme.md": "A folder named like a calendar.\n" }, { icsPath });
		const before = loaded.app.vault.getFiles().map((f) => [f.path, loaded.app.vault.textAt(f.path)]);
		const counter = writes(loaded);
		const outcome = await exportWeekToCalendar(host(loaded), "2026-11-25");
		expect(outcome).toMatchObject({ result: "refused", reason });
		expect(counter.count).toBe(0);
		expect(loaded.app.vault.getFiles().map((f) => [f.path, loaded.app.vault.textAt(f.path)])).toEqual(before);
	});

	it("writes nothing before the notes are read (cold start), so an empty calendar never replaces a good one", async () => {
		const warm = await ready();
		await exportWeekToCalendar(host(warm), "2026-11-25");
		const good = warm.app.vault.textAt("Portfolio week.ics") ?? "";
		// A new session: the calendar is on disk, the layout is not ready, the index has read nothing.
		const cold = await loadPlugin({ ...files, "Portfolio week.ics": good });
		const counter = writes(cold);
		expect(await exportWeekToCalendar(host(cold), "2026-12-02")).toEqual({ path: "Portfolio week.ics", result: "refused", reason: "no active stream has time blocks yet" });
		expect(counter.count).toBe(0);
		expect(cold.app.vault.textAt("Portfolio week.ics")).toBe(good);
	});

	it("refuses when the file stops being ours between the check and the write", async () => {
		const loaded = await ready();
		await exportWeekToCalendar(host(loaded), "2026-11-25");
		const file = loaded.app.vault.getFileByPath("Portfolio week.ics");
		if (!file) throw new Error("no calendar");
		const ours = loaded.app.vault.textAt("Portfolio week.ics") ?? "";
		// Another app overwrites the file right after our read (the read still saw our calendar).
		const theirs = "BEGIN:VCALENDAR\r\nPRODID:-//Other app//EN\r\nEND:VCALENDAR\r\n";
		vi.spyOn(loaded.app.vault, "read").mockImplementationOnce(async () => {
			await loaded.app.vault.modify(file, theirs);
			return ours;
		});
		const outcome = await exportWeekToCalendar(host(loaded), "2026-12-02");
		expect(outcome).toMatchObject({ result: "refused" });
		expect(loaded.app.vault.textAt("Portfolio week.ics")).toBe(theirs);
	});
});
