// Pure: the series of the trend charts, capped so 500 streams over 40 quarters still draw fast.
import { compareQuarters, previousQuarter } from "../../core/quarter";
import type { Portfolio, Review } from "../../core/types";
import { sumKnown, type Metric } from "./allocation-data";
import { reviewCounts } from "../../core/counted-reviews";

/** One line: a stream's share per quarter, or the summed rest ("Other", path null). */
export interface TrendSeries {
	path: string | null;
	name: string;
	values: (number | null)[];
}

/** The quarters on the x axis and the lines drawn over them. */
export interface TrendData {
	metric: Metric;
	/** Every quarter from the oldest review shown to the last finished one (or a later review), gaps included. */
	quarters: string[];
	/** How each quarter is shown: its label, and "no review" or "draft" where nothing counts. */
	labels: string[];
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
export function trendData(
	portfolio: Portfolio,
	metric: Metric,
	caps: TrendCaps = DEFAULT_TREND_CAPS,
	name: (path: string) => string = (p) => p,
	label: (quarter: string) => string = (q) => q,
): TrendData {
	const quarters = quarterRange(portfolio, Math.max(1, caps.maxQuarters));
	const byQuarter = new Map(portfolio.reviews.map((review) => [review.quarter, review]));
	// A quarter without a review, or whose review is a draft, shows as a gap: no figures to count.
	const shares = quarters.map((quarter) => {
		const byStream = new Map<string, number | null>();
		const review = byQuarter.get(quarter);
		if (review && reviewCounts(review)) for (const actual of review.actuals) byStream.set(actual.stream, metric === "time" ? actual.timeShare : actual.incomeShare);
		return byStream;
	});
	const labels = quarters.map((quarter) => gapLabel(label(quarter), byQuarter.get(quarter)));
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
	const first = quarters[0];
	const dropped = first === undefined ? 0 : portfolio.reviews.filter((r) => compareQuarters(r.quarter, first) < 0).length;
	return { metric, quarters, labels, series, droppedQuarters: dropped };
}

/**
 * The last `max` quarters up to the newer of the last finished quarter and the newest review,
 * going back no further than the oldest review. When no review falls in that window (reviewing
 * stopped long ago), it ends at the newest review instead. Empty without reviews.
 */
function quarterRange(portfolio: Portfolio, max: number): string[] {
	const reviews = portfolio.reviews;
	const oldest = reviews[0]?.quarter;
	const newest = reviews[reviews.length - 1]?.quarter;
	if (oldest === undefined || newest === undefined) return [];
	const upToNow = quartersBack(compareQuarters(newest, portfolio.lastFinishedQuarter) > 0 ? newest : portfolio.lastFinishedQuarter, oldest, max);
	return upToNow.includes(newest) ? upToNow : quartersBack(newest, oldest, max);
}

function quartersBack(last: string, oldest: string, max: number): string[] {
	let quarter = last;
	const out: string[] = [];
	while (out.length < max && compareQuarters(quarter, oldest) >= 0) {
		out.unshift(quarter);
		quarter = previousQuarter(quarter);
	}
	return out;
}

function gapLabel(label: string, review: Review | undefined): string {
	if (!review) return `${label} (no review)`;
	return reviewCounts(review) ? label : `${label} (draft)`;
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
