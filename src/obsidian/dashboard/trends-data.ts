// Pure: the series of the trend charts, capped so 500 streams over 40 quarters still draw fast.
import type { Portfolio } from "../../core/types";
import { sumKnown, type Metric } from "./allocation-data";

/** One line: a stream's share per quarter, or the summed rest ("Other", path null). */
export interface TrendSeries {
	path: string | null;
	name: string;
	values: (number | null)[];
}

/** The quarters on the x axis and the lines drawn over them. */
export interface TrendData {
	metric: Metric;
	quarters: string[];
	series: TrendSeries[];
	/** Reviews left out by the quarter cap (the oldest ones). */
	droppedQuarters: number;
}

/** Limits of a trend chart. */
export interface TrendCaps {
	maxSeries: number;
	maxQuarters: number;
}

/** The default caps: 8 lines (7 streams and "Other") over the last 12 reviewed quarters. */
export const DEFAULT_TREND_CAPS: TrendCaps = { maxSeries: 8, maxQuarters: 12 };

/**
 * Each stream's share across the last reviewed quarters. Streams are ranked by their latest share
 * (then by name); when there are more than `maxSeries`, the tail is summed into "Other".
 */
export function trendData(portfolio: Portfolio, metric: Metric, caps: TrendCaps = DEFAULT_TREND_CAPS, name: (path: string) => string = (p) => p): TrendData {
	const reviews = portfolio.reviews.slice(-Math.max(1, caps.maxQuarters));
	const shares = reviews.map((review) => {
		const byStream = new Map<string, number | null>();
		for (const actual of review.actuals) byStream.set(actual.stream, metric === "time" ? actual.timeShare : actual.incomeShare);
		return byStream;
	});
	// Each stream's latest recorded share, found once rather than in every comparison of the sort.
	const latest = new Map<string, number>();
	for (const byStream of shares) {
		for (const [path, value] of byStream) if (value !== null || !latest.has(path)) latest.set(path, value ?? -1);
	}
	const latestShare = (path: string): number => latest.get(path) ?? -1;
	const ranked = [...latest.keys()].sort((a, b) => latestShare(b) - latestShare(a) || name(a).localeCompare(name(b)) || a.localeCompare(b));
	const keep = ranked.length <= caps.maxSeries ? ranked : ranked.slice(0, Math.max(0, caps.maxSeries - 1));
	const series: TrendSeries[] = keep.map((path) => ({ path, name: name(path), values: shares.map((s) => s.get(path) ?? null) }));
	const rest = ranked.slice(keep.length);
	if (rest.length > 0) {
		series.push({ path: null, name: `Other (${rest.length})`, values: shares.map((s) => sumOf(rest.map((p) => s.get(p) ?? null))) });
	}
	return { metric, quarters: reviews.map((r) => r.quarter), series, droppedQuarters: portfolio.reviews.length - reviews.length };
}

/** The summed shares of the streams in "Other", rounded so float noise never reaches a table. */
function sumOf(values: readonly (number | null)[]): number | null {
	const total = sumKnown(values);
	return total === null ? null : Math.round(total * 100) / 100;
}

/**
 * The series rescaled so each quarter's stack adds up to 100 (a 100% stacked bar): recorded shares
 * may miss a little to rounding or to streams without figures. A quarter with nothing recorded stays empty.
 */
export function percentStack(series: readonly TrendSeries[], quarters: number): (number | null)[][] {
	const totals = Array.from({ length: quarters }, (_, q) => series.reduce((sum, s) => sum + Math.max(0, s.values[q] ?? 0), 0));
	return series.map((s) =>
		s.values.slice(0, quarters).map((value, q) => {
			const total = totals[q] ?? 0;
			return value === null || total === 0 ? null : (Math.max(0, value) / total) * 100;
		}),
	);
}
