// Pure: each stream's hours a week and income per reviewed quarter, with its target in the same
// units (its target share of that quarter's total), for the small charts under the share trends.
import type { Portfolio } from "../../core/types";
import type { Metric } from "./allocation-data";
import { countedReviews } from "../../core/counted-reviews";

/** One stream's figures per quarter; null where a review has no figure for it. */
export interface AbsoluteRow {
	path: string;
	name: string;
	values: (number | null)[];
	/** Target share x that quarter's total; null without a target or a total. */
	targets: (number | null)[];
}

/** The quarters (oldest first) and one row per stream reviewed in them, the largest now first. */
export interface AbsoluteTrend {
	metric: Metric;
	quarters: string[];
	rows: AbsoluteRow[];
}

/**
 * Hours a week (`time`) or income per quarter (`income`) over the last `maxQuarters` counted reviews, for
 * every stream with a figure in them, ordered by its latest figure (then name). A stream's target is
 * its `target-time` or `target-income` percent of the quarter's total.
 */
export function absoluteTrend(portfolio: Portfolio, metric: Metric, maxQuarters = 12): AbsoluteTrend {
	// Drafts are left out as everywhere (counted-reviews.ts): the forecast starts after the last counted review.
	const reviews = countedReviews(portfolio.reviews).slice(-Math.max(1, maxQuarters));
	const byPath = new Map(portfolio.streams.map((s) => [s.path, s]));
	// Each review's figure per stream, found once: a search of its actuals per stream and quarter
	// would be streams x quarters x actuals (500 streams over 12 quarters: 3 million comparisons).
	const figures = reviews.map((r) => {
		const byStream = new Map<string, number | null>();
		for (const a of r.actuals) if (!byStream.has(a.stream)) byStream.set(a.stream, (metric === "time" ? a.hoursPerWeek : a.income) ?? null);
		return byStream;
	});
	const paths = new Set(figures.flatMap((byStream) => [...byStream.keys()]));
	const rows = [...paths].map((path): AbsoluteRow => {
		const stream = byPath.get(path);
		const target = metric === "time" ? (stream?.targetTime ?? null) : (stream?.targetIncome ?? null);
		return {
			path,
			name: stream?.name ?? path,
			values: figures.map((byStream) => byStream.get(path) ?? null),
			targets: reviews.map((r) => {
				const total = metric === "time" ? r.totals.hoursPerWeek : r.totals.income;
				return target === null || total <= 0 ? null : (target / 100) * total;
			}),
		};
	});
	const latest = (row: AbsoluteRow): number => [...row.values].reverse().find((v) => v !== null) ?? -1;
	rows.sort((a, b) => latest(b) - latest(a) || a.name.localeCompare(b.name));
	return { metric, quarters: reviews.map((r) => r.quarter), rows };
}
