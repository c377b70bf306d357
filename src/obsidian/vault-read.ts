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
		// The first Intl.NumberFormat of a page loads the locale's data (8 ms in Chromium): in a task of
		// its own rather than inside the assembly's findings.
		window.setTimeout(() => formatPercent(0), 0);
		await yieldToUi();
		if (!isCurrent()) return false;
		const done = runStepsInSlices(each(), isCurrent, options, files.length);
		if ("then" in done && (await done) === null) return false;
		// The assembly after the read starts in a task of its own rather than after the last slice.
		await yieldToUi();
		return isCurrent();
	})();
}
