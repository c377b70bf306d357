// The week as an iCalendar file (RFC 5545): one recurring VEVENT per time block, in floating local
// time, so a calendar app shows each stream's hours wherever the person is.
import { contentText, escapeText, floatingDateTime, unfold, utcDateTime } from "./ical-text";
import { WEEKDAYS, type TimeBlock } from "./time-blocks";
import type { Week, WeekStream } from "./week";

/** The PRODID of every file we write; a file that carries it is ours to replace, any other is not. */
export const ICS_PRODID = "-//Portfolio Journal//Week export//EN";

// RFC 5545 3.3.10 weekday codes, Monday first like WEEKDAYS.
const BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

/**
 * The calendar text: CRLF lines folded at 75 octets, one VEVENT per block of each active stream.
 * `today` (`YYYY-MM-DD`) places the first events in the week (Monday to Sunday) that holds it. DTSTAMP
 * is that day at 00:00 UTC rather than the clock's second, so exporting twice in a day gives the same
 * bytes (no churn for a synced vault) and the plugin and the CLI print the same text.
 */
export function weekCalendar(week: Week, today: string): string {
	const monday = mondayOf(today);
	const stamp = utcDateTime(new Date(Date.UTC(monday.year, monday.month - 1, monday.day + monday.offset)));
	const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${ICS_PRODID}`, "CALSCALE:GREGORIAN", "X-WR-CALNAME:Portfolio week"];
	for (const stream of week.streams) {
		const uids = new Map<string, number>();
		for (const block of stream.blocks) {
			const base = blockUid(stream, block);
			// The same block written twice in one note still needs two UIDs.
			const seen = uids.get(base) ?? 0;
			uids.set(base, seen + 1);
			lines.push(...event(stream, block, seen === 0 ? base : `${base}-${seen + 1}`, monday, stamp));
		}
	}
	lines.push("END:VCALENDAR");
	return contentText(lines);
}

/** True when `text` is a calendar this plugin wrote (its PRODID is ours). */
export function isOurCalendar(text: string): boolean {
	return unfold(text.replace(/^\uFEFF/u, "")).split(/\r?\n/u).some((line) => line === `PRODID:${ICS_PRODID}`);
}

/** The RRULE of a block: weekly on its days, or monthly on an ordinal weekday (`BYDAY=1FR`, `-1FR` for the last). */
export function recurrenceRule(block: TimeBlock): string {
	const days = block.days.map((d) => BYDAY[d] ?? "").join(",");
	return block.ordinal === null ? `FREQ=WEEKLY;BYDAY=${days}` : `FREQ=MONTHLY;BYDAY=${block.ordinal}${days}`;
}

function event(stream: WeekStream, block: TimeBlock, uid: string, monday: Day, stamp: string): string[] {
	const first = firstDate(block, monday);
	return [
		"BEGIN:VEVENT",
		`UID:${uid}`,
		`DTSTAMP:${stamp}`,
		`DTSTART:${floatingDateTime(first.year, first.month, first.day, block.start)}`,
		`DTEND:${floatingDateTime(first.year, first.month, first.day, block.end)}`,
		`RRULE:${recurrenceRule(block)}`,
		`SUMMARY:${escapeText(stream.name)}`,
		`DESCRIPTION:${escapeText(`Time block of ${stream.name} (${block.text}), from ${stream.path} in Portfolio Journal.`)}`,
		"END:VEVENT",
	];
}

// Stable across exports: the stream's path and the block's days and times, not its position in the list.
function blockUid(stream: WeekStream, block: TimeBlock): string {
	const days = block.days.map((d) => (WEEKDAYS[d] ?? "").toLowerCase()).join("");
	const when = `${block.ordinal === null ? "weekly" : `monthly${block.ordinal}`}-${days}-${block.start}-${block.end}`;
	return `${hash(stream.path)}-${when}@portfolio-journal`;
}

interface Day {
	year: number;
	month: number;
	day: number;
}

/** A Monday, and how many days after it `today` falls. */
interface Monday extends Day {
	offset: number;
}

// The Monday on or before `today` (a malformed day falls back to the clock's).
function mondayOf(today: string): Monday {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(today);
	const now = new Date();
	const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
	const sinceMonday = (date.getUTCDay() + 6) % 7;
	return { ...toDay(new Date(date.getTime() - sinceMonday * 86_400_000)), offset: sinceMonday };
}

// DTSTART must be an occurrence of the RRULE (RFC 5545 3.8.5.3): the block's first day in that week,
// or for a monthly block the first date from that Monday on that is its ordinal weekday of the month.
function firstDate(block: TimeBlock, monday: Day): Day {
	const weekday = block.days[0] ?? 0;
	const start = Date.UTC(monday.year, monday.month - 1, monday.day + weekday);
	if (block.ordinal === null) return toDay(new Date(start));
	for (let t = start; ; t += 7 * 86_400_000) {
		const date = new Date(t);
		const nth = Math.floor((date.getUTCDate() - 1) / 7) + 1;
		const isLast = new Date(t + 7 * 86_400_000).getUTCMonth() !== date.getUTCMonth();
		if (block.ordinal === -1 ? isLast : nth === block.ordinal) return toDay(date);
	}
}

function toDay(date: Date): Day {
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

// cyrb53: a 53-bit string hash, enough to tell the streams of one vault apart in a UID.
function hash(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}
