// Builders for the measure tests: streams and a run of quarterly reviews, written as a person would.
import type { NoteInput } from "../../src/core/types";
import { reviewNote, streamNote } from "./helpers";

/** One stream's row in a review: [stream name, hours a week, income, energy?]. */
export type Row = [string, number | null, number | string | null, unknown?];

/** `quarters` reviews from `first` on, each with the rows `rowsOf(i)` gives for its i-th quarter. */
export function reviewsFrom(first: string, count: number, rowsOf: (i: number) => Row[]): NoteInput[] {
	const notes: NoteInput[] = [];
	let [year, q] = first.split("-Q").map(Number) as [number, number];
	for (let i = 0; i < count; i++) {
		const quarter = `${year}-Q${q}`;
		const actuals = rowsOf(i).map(([name, hours, income, energy]) => ({
			stream: `[[${name}]]`,
			"hours-per-week": hours,
			income,
			...(energy === undefined ? {} : { energy }),
		}));
		notes.push(reviewNote(`${quarter} review`, { quarter, actuals }));
		q += 1;
		if (q === 5) {
			q = 1;
			year += 1;
		}
	}
	return notes;
}

/** An active stream with hours and revenue (and any other property). */
export function active(name: string, hours: number | null, revenue: number | null, more: Record<string, unknown> = {}): NoteInput {
	return streamNote(name, { "hours-per-week": hours, "annual-revenue": revenue, ...more });
}
