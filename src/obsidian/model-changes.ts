// Which parts of the model changed between two builds, found by comparing the parts themselves
// (no serialised copy of the model is kept). Views redraw only the sections that read a changed part.
import { dequal } from "dequal/lite";
import type { Portfolio } from "../core/types";

/** A top-level part of the model: `streams`, `totals`, `reviews`, and so on. */
export type ModelPart = keyof Portfolio;

/** The parts of `next` that differ from `previous` (every part when there is no previous model). */
export function changedParts(previous: Portfolio | null, next: Portfolio): ModelPart[] {
	const parts = Object.keys(next) as ModelPart[];
	if (previous === null) return parts;
	return parts.filter((part) => !dequal(previous[part], next[part]));
}

/** For each part, the revision at which it last changed: a view that drew revision r redraws what changed after r. */
export class PartRevisions {
	private readonly last = new Map<ModelPart, number>();
	private settingsAt = 0;

	/** Records that `parts` (and the settings, when `settings` is true) changed at `revision`. */
	record(revision: number, parts: readonly ModelPart[], settings: boolean): void {
		for (const part of parts) this.last.set(part, revision);
		if (settings) this.settingsAt = revision;
	}

	/** Whether the settings changed after `revision`. */
	settingsChangedSince(revision: number): boolean {
		return this.settingsAt > revision;
	}

	/** Whether any of `parts` changed after `revision`. */
	anyChangedSince(revision: number, parts: Iterable<ModelPart>): boolean {
		for (const part of parts) if ((this.last.get(part) ?? 0) > revision) return true;
		return false;
	}
}
