// A stream's `time-blocks`: the hours of the week it owns. Weekly blocks (`Mon-Thu 09:00-17:00`,
// `Sat 10:00-13:00`, `Mon,Wed 07:00-08:30`) and monthly ones (`first Fri 16:00-17:00`); each value
// that cannot be read is a diagnostic that names it and shows the accepted forms.
import { describeType, describeValue } from "./describe";
import { propertyIssue } from "./issues";
import { readItems, type ReadContext } from "./property-readers";

/** The property name in frontmatter. */
export const TIME_BLOCKS_PROPERTY = "time-blocks";

/** Short day names, Monday first: a day's number is its index here (0 = Monday ... 6 = Sunday). */
export const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

/** The words of a monthly block and the week of the month each names (-1 = the last one). */
export const ORDINALS = { first: 1, second: 2, third: 3, fourth: 4, last: -1 } as const;

/** Which occurrence of its weekday in a month a monthly block falls on: 1 to 4, or -1 for the last. */
export type Ordinal = (typeof ORDINALS)[keyof typeof ORDINALS];

/** The forms a block may take, shown in every diagnostic and in the stream form's help. */
export const TIME_BLOCK_FORMS = 'weekly "Mon-Thu 09:00-17:00", "Sat 10:00-13:00", "Mon,Wed 07:00-08:30", or monthly "first Fri 16:00-17:00" (first to fourth, or last)';

/** One block as read: the days it repeats on and its times, in minutes after midnight. */
export interface TimeBlock {
	/** The value as written, trimmed. */
	text: string;
	/** Days of the week, 0 = Monday ... 6 = Sunday, ascending, each once. A monthly block has one. */
	days: number[];
	/** Minutes after midnight, 0 to 1439. */
	start: number;
	/** Minutes after midnight, after `start`, at most 1440 (24:00): a block never crosses midnight. */
	end: number;
	/** null for a weekly block; for a monthly one, which occurrence of its day in the month. */
	ordinal: Ordinal | null;
}

/** A block, or the reason (a sentence fragment naming the value) why the text is not one. */
export type TimeBlockReading = { block: TimeBlock } | { problem: string };

const DAY_WORDS: Record<string, number> = {};
for (const [index, day] of WEEKDAYS.entries()) DAY_WORDS[day.toLowerCase()] = index;
for (const [index, day] of ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].entries()) DAY_WORDS[day] = index;

// The days part, then a time range; an en dash is accepted wherever a hyphen is.
const BLOCK = /^(.*?)\s*(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$/u;

/** Reads one block written as text; never throws. */
export function parseTimeBlock(value: string): TimeBlockReading {
	const text = value.trim().replace(/\s+/gu, " ");
	const shown = describeValue(text);
	const match = BLOCK.exec(text);
	if (!match) return { problem: `${shown} has no time range written HH:MM-HH:MM` };
	const [, dayPart = "", from = "", to = ""] = match;
	if (/\d/u.test(dayPart)) return { problem: `${shown} holds more than one time range: write each block as its own list item` };
	const start = minutes(from);
	const end = minutes(to);
	if (start === null || start >= 24 * 60) return { problem: `${shown}: ${from} is not a time of day (00:00 to 23:59)` };
	if (end === null) return { problem: `${shown}: ${to} is not a time of day (00:00 to 24:00)` };
	if (end === start) return { problem: `${shown} is empty: it starts and ends at ${from}` };
	if (end < start) return { problem: `${shown} ends before it starts; a block cannot cross midnight, so write two blocks, such as "Fri 22:00-24:00" and "Sat 00:00-01:00"` };
	const words = dayPart.split(" ").filter((w) => w !== "");
	if (words.length === 0) return { problem: `${shown} names no day` };
	let ordinal: Ordinal | null = null;
	const first = (words[0] ?? "").toLowerCase();
	if (first in ORDINALS) {
		ordinal = ORDINALS[first as keyof typeof ORDINALS];
		words.shift();
		if (words.length === 0) return { problem: `${shown} names no day after "${first}"` };
	} else if (words.length > 1 && !(first.replace(/[,–-].*$/u, "") in DAY_WORDS)) {
		return { problem: `${shown}: "${words[0] ?? ""}" is not one of ${Object.keys(ORDINALS).join(", ")}` };
	}
	const days = readDays(words.join(""), shown);
	if ("problem" in days) return days;
	if (ordinal !== null && days.list.length !== 1) return { problem: `${shown}: a monthly block falls on one day, such as "first Fri 16:00-17:00"` };
	return { block: { text, days: days.list, start, end, ordinal } };
}

/** The `time-blocks` of a stream note; each value that cannot be read is reported and skipped. */
export function readTimeBlocks(value: unknown, ctx: ReadContext): TimeBlock[] {
	const { path, out } = ctx;
	const blocks: TimeBlock[] = [];
	const report = (problem: string): void => {
		out.push(propertyIssue("invalid-time-block", path, TIME_BLOCKS_PROPERTY, `${problem}. Write ${TIME_BLOCK_FORMS}.`));
	};
	for (const item of readItems(value, { ...ctx, property: TIME_BLOCKS_PROPERTY }, "a list of time blocks")) {
		// An empty list item (`- ` in YAML) is a line being written, not a mistake.
		if (item === null || item === undefined) continue;
		if (typeof item !== "string") {
			report(`${describeValue(item)} is ${describeType(item)}, not a time block`);
			continue;
		}
		if (item.trim() === "") continue;
		const reading = parseTimeBlock(item);
		if ("problem" in reading) report(reading.problem);
		else blocks.push(reading.block);
	}
	return blocks;
}

/** A block's length in minutes. */
export function blockMinutes(block: TimeBlock): number {
	return block.end - block.start;
}

/** `HH:MM` for minutes after midnight (1440 shows as 24:00). */
export function clockText(minutesOfDay: number): string {
	const pad = (n: number): string => String(n).padStart(2, "0");
	return `${pad(Math.floor(minutesOfDay / 60))}:${pad(minutesOfDay % 60)}`;
}

// Days written as `Mon`, `Mon-Thu` (a range may wrap past Sunday: `Sat-Mon`) or a comma list of those.
function readDays(spec: string, shown: string): { list: number[] } | { problem: string } {
	const seen = new Set<number>();
	for (const item of spec.split(",")) {
		const [from = "", to, extra] = item.split(/[-–]/u);
		if (extra !== undefined) return { problem: `${shown}: "${item}" is not a day or a range of days such as Mon-Thu` };
		const a = dayNumber(from);
		const b = to === undefined ? a : dayNumber(to);
		const unknown = a === null ? from : b === null ? (to ?? "") : null;
		if (unknown !== null) return { problem: `${shown}: "${unknown}" is not a day; use ${WEEKDAYS.join(", ")}` };
		if (a === null || b === null) continue;
		if (to !== undefined && a === b) return { problem: `${shown}: the range "${item}" starts and ends on the same day` };
		for (let d = a; ; d = (d + 1) % 7) {
			if (seen.has(d)) return { problem: `${shown} names ${WEEKDAYS[d] ?? ""} twice` };
			seen.add(d);
			if (d === b) break;
		}
	}
	return { list: [...seen].sort((x, y) => x - y) };
}

function dayNumber(word: string): number | null {
	return DAY_WORDS[word.trim().toLowerCase()] ?? null;
}

function minutes(clock: string): number | null {
	const [h = "", m = ""] = clock.split(":");
	const hours = Number(h);
	const mins = Number(m);
	if (mins > 59 || hours > 24 || (hours === 24 && mins > 0)) return null;
	return hours * 60 + mins;
}
