// Which parts of the model changed between two builds, down to the field: `streams.hoursPerWeek`,
// `totals.annualRevenue`, `reviews` (how many there are), `currentQuarter`, and inside an object
// part its lists and objects as parts of their own (`measures.streams.hourlyRate`,
// `measures.total.forecast`). Found by comparing the parts themselves (no serialised copy of the
// model is kept). A view redraws only the sections that read something that changed (model-reads.ts
// records what each section reads, in the same terms).
import { dequal } from "dequal/lite";
import { drain, type Steps } from "../core/steps";
import type { Portfolio } from "../core/types";

/**
 * A key for something a section can read: a top-level part (`currentQuarter`; for a list, its
 * length), a field of a list's items or of an object part (`streams.name`, `totals.hoursPerWeek`),
 * and so on down an object part's lists and objects (`measures.streams.forecast`).
 */
export type ModelKey = string;

/** The keys under which `previous` and `next` differ (every key when there is no previous model). */
export function changedKeys(previous: Portfolio | null, next: Portfolio): ModelKey[] {
	return drain(changedKeySteps(previous, next));
}

/**
 * changedKeys as steps (src/core/steps.ts), one unit per list item compared: with 500 streams the
 * model holds 125,000 pairs of streams, and comparing them takes longer than a frame.
 */
export function* changedKeySteps(previous: Portfolio | null, next: Portfolio): Steps<ModelKey[]> {
	const out = new Set<ModelKey>();
	for (const part of Object.keys(next) as (keyof Portfolio)[]) {
		if (previous === null) addAll(out, part, next[part], undefined);
		else yield* compare(out, part, previous[part], next[part]);
	}
	return [...out];
}

function* compare(out: Set<ModelKey>, part: string, before: unknown, after: unknown): Steps<void> {
	if (before === after) return;
	if (Array.isArray(before) && Array.isArray(after)) {
		if (before.length !== after.length) addAll(out, part, before, after);
		else yield* compareItems(out, part, before, after);
		return;
	}
	if (isRecord(before) && isRecord(after)) {
		// An object part: each field is a part of its own, down to its lists' items' fields.
		for (const field in after) yield* compare(out, `${part}.${field}`, before[field], after[field]);
		for (const field in before) if (!(field in after) && before[field] !== undefined) out.add(`${part}.${field}`);
		return;
	}
	if (!dequal(before, after)) out.add(part);
}

// Items compared between two pauses.
const ITEMS_PER_STEP = 256;

// Item by item and field by field, so that new hours change `streams.hoursPerWeek` and nothing else.
// No key is built until a field differs, and a field found different is not compared again.
function* compareItems(out: Set<ModelKey>, part: string, before: readonly unknown[], after: readonly unknown[]): Steps<void> {
	const differ = new Set<string>();
	for (let i = 0; i < after.length; i++) {
		if (i > 0 && i % ITEMS_PER_STEP === 0) yield ITEMS_PER_STEP;
		const [b, a] = [before[i], after[i]];
		if (b === a) continue;
		if (!isRecord(b) || !isRecord(a)) {
			if (!dequal(b, a)) out.add(part);
			continue;
		}
		for (const field in a) {
			if (!differ.has(field) && !dequal(b[field], a[field])) differ.add(field);
		}
		for (const field in b) if (!(field in a) && b[field] !== undefined) differ.add(field);
	}
	for (const field of differ) out.add(`${part}.${field}`);
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
