// `export <vault> --csv`: each stream's actual hours and income per reviewed quarter, grouped by
// fiscal year with a total per stream and year: what an accountant asks for. Written with
// csv-stringify, whose `escape_formulas` neutralises cells a spreadsheet would run as a formula.
import { stringify } from "csv-stringify/sync";
import { basename } from "../../core/read-stream";
import { quarterBounds } from "../../core/quarter";
import type { Portfolio, PortfolioSettings } from "../../core/types";
import { countedReviews } from "../../core/counted-reviews";

/** The header row, in the order of the columns. */
export const CSV_COLUMNS = ["fiscal year", "quarter", "first day", "last day", "stream", "hours per week", "hours", "income", "currency"] as const;

/** One row of the export: a stream in a reviewed quarter, or its total over a fiscal year (`quarter` = "year total"). */
export interface ExportRow {
	fiscalYear: string;
	quarter: string;
	firstDay: string;
	lastDay: string;
	stream: string;
	/** Average hours a week in the quarter; the total row leaves it empty. */
	hoursPerWeek: number | null;
	/** Hours in the quarter: hours a week x weeksPerYear / 4; summed in the total row. */
	hours: number | null;
	/** Income in the vault currency; null when the review gives none or its currency has no rate. */
	income: number | null;
}

/** The rows: fiscal years oldest first; in each, quarters in order and streams by name, then one total row per stream. */
export function exportRows(portfolio: Portfolio, settings: PortfolioSettings): ExportRow[] {
	const names = new Map(portfolio.streams.map((s) => [s.path, s.name]));
	const nameOf = (path: string) => names.get(path) ?? basename(path);
	const byYear = new Map<string, ExportRow[]>();
	for (const review of countedReviews(portfolio.reviews)) {
		const year = review.quarter.slice(0, 4);
		const { start, end } = quarterBounds(review.quarter, settings.fiscalYearStartMonth);
		const rows = byYear.get(year) ?? [];
		byYear.set(year, rows);
		const actuals = [...review.actuals].sort((a, b) => compareNames(nameOf(a.stream), nameOf(b.stream)));
		for (const a of actuals) {
			const hours = a.hoursPerWeek === null ? null : (a.hoursPerWeek * settings.weeksPerYear) / 4;
			rows.push({ fiscalYear: year, quarter: review.quarter, firstDay: start, lastDay: end, stream: nameOf(a.stream), hoursPerWeek: a.hoursPerWeek, hours, income: a.income });
		}
	}
	const out: ExportRow[] = [];
	for (const [year, rows] of [...byYear].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		out.push(...rows);
		const first = rows[0];
		const last = rows[rows.length - 1];
		for (const stream of [...new Set(rows.map((r) => r.stream))].sort(compareNames)) {
			const own = rows.filter((r) => r.stream === stream);
			out.push({ fiscalYear: year, quarter: "year total", firstDay: first?.firstDay ?? "", lastDay: last?.lastDay ?? "", stream, hoursPerWeek: null, hours: total(own.map((r) => r.hours)), income: total(own.map((r) => r.income)) });
		}
	}
	return out;
}

/** The CSV text (RFC 4180: CRLF, quoted where needed, a BOM so spreadsheets read UTF-8), formulas neutralised. */
export function exportCsv(portfolio: Portfolio, settings: PortfolioSettings): string {
	const currency = settings.currency;
	const records = exportRows(portfolio, settings).map((r) => [r.fiscalYear, r.quarter, r.firstDay, r.lastDay, r.stream, r.hoursPerWeek, r.hours, r.income, currency]);
	// OWASP, CSV injection: a cell starting with =, +, -, @, tab or CR gets a leading ' so no spreadsheet runs it.
	// A lone LF or CR is not the CRLF record end, so csv-stringify would leave it bare; quoted, no reader
	// takes it for the end of a row.
	return stringify(records, { header: true, columns: [...CSV_COLUMNS], bom: true, record_delimiter: "windows", quoted_match: /[\r\n]/u, escape_formulas: true, cast: { number: (n) => String(round(n)) } });
}

// Missing values stay missing: a total over unknown incomes is unknown, not 0.
function total(values: readonly (number | null)[]): number | null {
	return values.some((v) => v === null) ? null : values.reduce<number>((acc, v) => acc + (v ?? 0), 0);
}

// Cents are the finest unit an accountant books; converted amounts carry float noise beyond them.
function round(n: number): number {
	return Math.round(n * 100) / 100;
}

function compareNames(a: string, b: string): number {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	return x < y ? -1 : x > y ? 1 : 0;
}
