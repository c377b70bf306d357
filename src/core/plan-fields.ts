// Reading the planning properties of a stream: `start` and `end`, a quarter or a date.
import { describeValue } from "./describe";
import { propertyIssue } from "./issues";
import type { ReadContext } from "./property-readers";
import { compareQuarters, parseQuarter, quarterOfDate, quarterOfDateText } from "./quarter";
import type { Issue } from "./types";

// The whole value must be a quarter (`2027-Q1`, `Q1 2027`, `2027q1`): parseQuarter alone finds one inside other text.
const QUARTER_TEXT = /^\s*(?:\d{4}[\s_-]*[Qq][1-4]|[Qq][1-4][\s_-]*\d{4})\s*$/u;

/** Reads `start` or `end` into a quarter `YYYY-Qn` (a date gives its fiscal quarter); anything else is reported and counts as missing. */
export function readQuarterValue(value: unknown, ctx: ReadContext): string | null {
	if (value === null || value === undefined || value === "") return null;
	const month = ctx.settings.fiscalYearStartMonth;
	if (value instanceof Date && !Number.isNaN(value.getTime())) return quarterOfDate(value, month);
	if (typeof value === "string") {
		const text = value.trim();
		const quarter = QUARTER_TEXT.test(text) ? parseQuarter(text) : quarterOfDateText(text, month);
		if (quarter !== null) return quarter;
	}
	ctx.out.push(propertyIssue("invalid-quarter", ctx.path, ctx.property, `${describeValue(value)} is neither a quarter nor a date; write it like 2027-Q1 or 2027-01-15.`));
	return null;
}

/** Reports an `end` before the `start` (the stream then runs in no quarter); both stay as written. */
export function checkStartEnd(start: string | null, end: string | null, path: string, out: Issue[]): void {
	if (start !== null && end !== null && compareQuarters(end, start) < 0) {
		out.push(propertyIssue("end-before-start", path, "end", `${end} comes before the start, ${start}; the stream would never run.`));
	}
}
