// How a quarter is shown to a person. Calendar quarters read as written ("2026-Q3"); a fiscal
// quarter says so and names its months ("FY2026-Q2 (Jul-Sep)"), because "Q2" alone would be read
// as April to June.
import { quarterBounds } from "./quarter";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * The label of a `YYYY-Qn` quarter under the fiscal-year start month (1-12; 1 = calendar quarters).
 * Fiscal: `FY<year>-Q<n> (<first month>-<last month>)`, the year being the one the fiscal year
 * starts in. Text that is not a quarter is returned unchanged (never throws).
 */
export function quarterLabel(quarter: string, fiscalYearStartMonth: number): string {
	if (!/^\d{4}-Q[1-4]$/u.test(quarter)) return quarter;
	if (!isFiscal(fiscalYearStartMonth)) return quarter;
	const { start, end } = quarterBounds(quarter, fiscalYearStartMonth);
	return `FY${quarter} (${monthName(start)}-${monthName(end)})`;
}

/** What a fiscal year's name means, e.g. "FY2026 runs from Apr 2026 to Mar 2027", for the year of `quarter`. */
export function fiscalYearNote(quarter: string, fiscalYearStartMonth: number): string {
	const year = quarter.slice(0, 4);
	const start = quarterBounds(`${year}-Q1`, fiscalYearStartMonth).start;
	const end = quarterBounds(`${year}-Q4`, fiscalYearStartMonth).end;
	return `FY${year} runs from ${monthName(start)} ${start.slice(0, 4)} to ${monthName(end)} ${end.slice(0, 4)}`;
}

/** Whether the quarters are fiscal ones (the year does not start in January). */
export function isFiscal(fiscalYearStartMonth: number): boolean {
	return Number.isInteger(fiscalYearStartMonth) && fiscalYearStartMonth >= 2 && fiscalYearStartMonth <= 12;
}

function monthName(day: string): string {
	return MONTHS[Number(day.slice(5, 7)) - 1] ?? "";
}
