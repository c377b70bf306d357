// The index's first read of every note, in slices that yield to the UI. A vault small enough for one
// slice is read in the calling task; a larger one starts and ends in tasks of its own, so that
// listing 50,000 files and the assembly that follows are not added to a slice of reading.
import type { TFile } from "obsidian";
import type { Steps } from "../core";
import { formatPercent } from "../core/format";
import { FIRST_STEPS, nextTask, runStepsInSlices, type SliceOptions } from "./time-slices";

/**
 * The units of work a note read in full counts for (a note dismissed by its tags counts 1): the
 * clock is looked at after each one, as a review with hundreds of actuals takes milliseconds to read.
 */
export const READ_UNITS = 32;

const INTL_WARM_UPS: readonly (() => unknown)[] = [() => "a".localeCompare("b"), () => formatPercent(0)];

/**
 * Calls `read` on every file (it says whether it read the note in full). Returns true at once when
 * the whole vault was read in this task; otherwise a promise of true once read, or of false when
 * `isCurrent()` turned false at a yield.
 */
export function readEveryNote(files: readonly TFile[], read: (file: TFile) => boolean, isCurrent: () => boolean, options: SliceOptions): true | Promise<boolean> {
	function* each(): Steps<void> {
		for (const file of files) yield read(file) ? READ_UNITS : 1;
	}
	if (files.length <= (options.firstSteps ?? FIRST_STEPS)) {
		// Fewer files than steps before the clock is read: this cannot yield.
		const done = runStepsInSlices(each(), isCurrent, options, files.length);
		return "then" in done ? done.then((finished) => finished !== null) : true;
	}
	const yieldToUi = options.yieldToUi ?? nextTask;
	return (async () => {
		// The first Intl object of a page starts ICU, the first NumberFormat then loads its data: about
		// 5 ms each in Chromium, 10 ms if one call does both. Each in a task of its own, one after the
		// other (two timers set at once may run back to back), rather than inside a slice or the
		// assembly's findings (which sort names and format numbers).
		for (const warmUp of INTL_WARM_UPS) {
			await yieldToUi();
			if (!isCurrent()) return false;
			warmUp();
		}
		await yieldToUi();
		if (!isCurrent()) return false;
		const done = runStepsInSlices(each(), isCurrent, options, files.length);
		if ("then" in done && (await done) === null) return false;
		// The assembly after the read starts in a task of its own rather than after the last slice.
		await yieldToUi();
		return isCurrent();
	})();
}
