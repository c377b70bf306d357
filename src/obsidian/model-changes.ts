// Which parts of the model changed between two builds, down to the field: `streams.hoursPerWeek`,
// `totals.annualRevenue`, `reviews` (how many there are), `currentQuarter`. Found by comparing the
// parts themselves (no serialised copy of the model is kept). A view redraws only the sections that
// read something that changed (model-reads.ts records what each section reads, in the same terms).
import { dequal } from "dequal/lite";
import type { Portfolio } from "../core/types";

/**
 * A key for something a section can read: a top-level part (`currentQuarter`; for a list, its
 * length), or a field of a list's items or of an object part (`streams.name`, `totals.hoursPerWeek`).
 */
export type ModelKey = string;

/** The keys under which `previous` and `next` differ (every key when there is no previous model). */
export function changedKeys(previous: Portfolio | null, next: Portfolio): ModelKey[] {
	const out = new Set<ModelKey>();
	for (const part of Object.keys(next) as (keyof Portfolio)[]) {
		if (previous === null) addAll(out, part, next[part], undefined);
		else compare(out, part, previous[part], next[part]);
	}
	return [...out];
}

function compare(out: Set<ModelKey>, part: string, before: unknown, after: unknown): void {
	if (Array.isArray(before) && Array.isArray(after)) {
		if (before.length !== after.length) {
			addAll(out, part, before, after);
			return;
		}
		// Item by item and field by field, so that new hours change `streams.hoursPerWeek` and nothing else.
		for (let i = 0; i < after.length; i++) compareFields(out, part, before[i], after[i]);
		return;
	}
	if (isRecord(before) && isRecord(after)) compareFields(out, part, before, after);
	else if (!dequal(before, after)) out.add(part);
}

function compareFields(out: Set<ModelKey>, part: string, before: unknown, after: unknown): void {
	if (!isRecord(before) || !isRecord(after)) {
		if (!dequal(before, after)) out.add(part);
		return;
	}
	for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
		if (!out.has(`${part}.${field}`) && !dequal(before[field], after[field])) out.add(`${part}.${field}`);
	}
}

/** The part and every field its items (or the object itself) have, in either version. */
function addAll(out: Set<ModelKey>, part: string, before: unknown, after: unknown): void {
	out.add(part);
	for (const value of [before, after]) {
		const items = Array.isArray(value) ? value : [value];
		for (const item of items) if (isRecord(item)) for (const field of Object.keys(item)) out.add(`${part}.${field}`);
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** For each key, the revision at which it last changed: a view that drew revision r redraws what changed after r. */
export class PartRevisions {
	private readonly last = new Map<ModelKey, number>();
	private settingsAt = 0;

	/** Records that `keys` (and the settings, when `settings` is true) changed at `revision`. */
	record(revision: number, keys: readonly ModelKey[], settings: boolean): void {
		for (const key of keys) this.last.set(key, revision);
		if (settings) this.settingsAt = revision;
	}

	/** Whether the settings changed after `revision`. */
	settingsChangedSince(revision: number): boolean {
		return this.settingsAt > revision;
	}

	/** Whether any of `keys` changed after `revision`. */
	anyChangedSince(revision: number, keys: Iterable<ModelKey>): boolean {
		for (const key of keys) if ((this.last.get(key) ?? 0) > revision) return true;
		return false;
	}
}
