// Pure: the numbers behind the allocation charts, now against target and the last review.
import type { Portfolio, Stream } from "../../core/types";
import { countedReviews } from "../../core/counted-reviews";

/** Which share an allocation chart is about. */
export type Metric = "time" | "income";

/** One bar group: a stream (or "Other") now, its target and its share in the last review. */
export interface AllocationRow {
	/** Vault path; null for the "Other" group. */
	path: string | null;
	name: string;
	now: number | null;
	target: number | null;
	last: number | null;
	drift: number | null;
}

/** Every active stream's row, plus the capped bar groups a chart can draw quickly. */
export interface AllocationData {
	metric: Metric;
	/** Quarter of the latest review that is not a draft, whose actuals are the "last" values; null without one. */
	lastQuarter: string | null;
	rows: AllocationRow[];
	bars: AllocationRow[];
}

/** The rows of active streams, largest share first, and at most `maxBars` bar groups. */
export function allocationData(portfolio: Portfolio, metric: Metric, maxBars = 12): AllocationData {
	// A draft's actuals are the figures of the day it was made: comparing against them says nothing.
	const review = countedReviews(portfolio.reviews).pop() ?? null;
	const lastShare = new Map<string, number | null>();
	for (const actual of review?.actuals ?? []) {
		lastShare.set(actual.stream, metric === "time" ? actual.timeShare : actual.incomeShare);
	}
	const rows = portfolio.streams
		.filter((s) => s.status === "active")
		.map((s): AllocationRow => rowOf(s, metric, lastShare.get(s.path) ?? null))
		.sort(byShare);
	const bars = rows.length <= maxBars ? rows : [...rows.slice(0, maxBars - 1), otherRow(rows.slice(maxBars - 1))];
	return { metric, lastQuarter: review?.quarter ?? null, rows, bars };
}

function rowOf(stream: Stream, metric: Metric, last: number | null): AllocationRow {
	const time = metric === "time";
	return {
		path: stream.path,
		name: stream.name,
		now: time ? stream.timeShare : stream.incomeShare,
		target: time ? stream.targetTime : stream.targetIncome,
		last,
		drift: time ? stream.timeDrift : stream.incomeDrift,
	};
}

function byShare(a: AllocationRow, b: AllocationRow): number {
	const diff = (b.now ?? -1) - (a.now ?? -1);
	if (diff !== 0) return diff;
	return a.name.localeCompare(b.name);
}

/** The streams beyond a cap, summed; a sum is null only when every part is null. */
export function otherRow(rest: readonly AllocationRow[]): AllocationRow {
	const sum = (pick: (r: AllocationRow) => number | null): number | null => sumKnown(rest.map(pick));
	return { path: null, name: `Other (${rest.length})`, now: sum((r) => r.now), target: sum((r) => r.target), last: sum((r) => r.last), drift: null };
}

/** The sum of the known values; null when none is known (an unknown total is not 0). */
export function sumKnown(values: readonly (number | null)[]): number | null {
	let total: number | null = null;
	for (const value of values) if (value !== null) total = (total ?? 0) + value;
	return total;
}
