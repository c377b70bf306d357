// Quarters as `YYYY-Qn`, calendar or fiscal. A fiscal year is named by the calendar year in which it
// starts: with an April start, 2026-04-01..2027-03-31 is fiscal 2026.
import { addMonths, endOfMonth, isValid, parseISO } from "date-fns";

const CANONICAL = /^(\d{4})-Q([1-4])$/u;
// Year then quarter ("2026-Q3", "2026Q3", "2026 q3") or quarter then year ("Q3 2026", "Q3-2026").
const YEAR_FIRST = /(?:^|[^\d])(\d{4})[\s_-]*[Qq]([1-4])(?![\d])/u;
const QUARTER_FIRST = /(?:^|[^A-Za-z\d])[Qq]([1-4])[\s_-]*(\d{4})(?![\d])/u;

/** Reads a quarter leniently (`2026-Q3`, `Q3 2026`, `2026Q3`, `2026-q3`, inside a file name too); null when there is none. */
export function parseQuarter(text: string): string | null {
	const yearFirst = YEAR_FIRST.exec(text);
	if (yearFirst) return `${yearFirst[1] ?? ""}-Q${yearFirst[2] ?? ""}`;
	const quarterFirst = QUARTER_FIRST.exec(text);
	if (quarterFirst) return `${quarterFirst[2] ?? ""}-Q${quarterFirst[1] ?? ""}`;
	return null;
}

/** The fiscal quarter containing a date (`YYYY-MM-DD` or a Date), under the fiscal-year start month (1-12). */
export function quarterOfDate(date: string | Date, fiscalYearStartMonth: number): string {
	const day = typeof date === "string" ? parseISO(date) : date;
	if (!isValid(day)) throw new RangeError(`Not a date: ${String(date)}`);
	const start = clampMonth(fiscalYearStartMonth);
	const month = day.getMonth() + 1;
	const offset = (month - start + 12) % 12;
	const year = month >= start ? day.getFullYear() : day.getFullYear() - 1;
	return `${year}-Q${Math.floor(offset / 3) + 1}`;
}

/** The quarter of a `YYYY-MM-DD` text, or null when it is not a real date (never throws). */
export function quarterOfDateText(text: string, fiscalYearStartMonth: number): string | null {
	if (!/^\d{4}-\d{2}-\d{2}$/u.test(text)) return null;
	const day = parseISO(text);
	return isValid(day) ? quarterOfDate(day, fiscalYearStartMonth) : null;
}

/** The quarter before `quarter` (`2026-Q1` -> `2025-Q4`). */
export function previousQuarter(quarter: string): string {
	const [year, q] = split(quarter);
	return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

/** The quarter after `quarter` (`2026-Q4` -> `2027-Q1`). */
export function nextQuarter(quarter: string): string {
	const [year, q] = split(quarter);
	return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
}

/** Orders quarters in time: negative when `a` comes first. */
export function compareQuarters(a: string, b: string): number {
	const [ya, qa] = split(a);
	const [yb, qb] = split(b);
	return ya - yb || qa - qb;
}

/** A quarter's place on a line of quarters (`2026-Q1` -> 8104, `2026-Q2` -> 8105), for fitting trends over time. */
export function quarterIndex(quarter: string): number {
	const [year, q] = split(quarter);
	return year * 4 + q - 1;
}

/** First and last day (inclusive, `YYYY-MM-DD`) of a fiscal quarter. */
export function quarterBounds(quarter: string, fiscalYearStartMonth: number): { start: string; end: string } {
	const [year, q] = split(quarter);
	const first = addMonths(new Date(year, clampMonth(fiscalYearStartMonth) - 1, 1), (q - 1) * 3);
	return { start: dayText(first), end: dayText(endOfMonth(addMonths(first, 2))) };
}

// By hand: date-fns `format` would add about 19 KB to the plugin bundle for this one pattern.
function dayText(day: Date): string {
	const pad = (n: number): string => String(n).padStart(2, "0");
	return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

function split(quarter: string): [number, number] {
	const match = CANONICAL.exec(quarter) ?? CANONICAL.exec(parseQuarter(quarter) ?? "");
	if (!match) throw new RangeError(`Not a quarter: ${quarter}`);
	return [Number(match[1]), Number(match[2])];
}

function clampMonth(month: number): number {
	return Number.isInteger(month) && month >= 1 && month <= 12 ? month : 1;
}
