// Long work cut into slices that each fit well inside a frame, so Obsidian stays responsive while
// the index reads 50,000 notes: the loop checks the clock every few steps and yields to the event
// loop once a slice has used its budget.

/** How the work is sliced; tests pass a tiny budget to force many slices. */
export interface SliceOptions {
	/** Time one slice may take before it yields, in ms (default 8: half a 60 Hz frame). */
	sliceMs?: number;
	/** Lets the UI run, then resolves (default: a zero-delay timer, a task of its own). */
	yieldToUi?: () => Promise<void>;
	/**
	 * Steps that run before the clock is first looked at (default 512): a small vault is read in the
	 * calling task even while the code is still cold (a few milliseconds at most).
	 */
	firstSteps?: number;
}

/** Default budget of one slice, in ms. */
export const SLICE_MS = 8;

const FIRST_STEPS = 512;

// The clock is read every few steps only: one step (a cache lookup) takes well under a microsecond.
const STEPS_PER_CLOCK_READ = 32;

/** A zero-delay timer: the browser paints and handles input before the next slice starts. */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		window.setTimeout(resolve, 0);
	});
}

/**
 * Calls `step(i)` for every i below `count`, yielding whenever a slice has run for `sliceMs`.
 * Runs synchronously until the first yield, so small vaults finish in the calling task (the result
 * is then `true`, not a promise). Resolves false when `alive()` turned false at a yield (the caller
 * was unloaded or restarted), true when every step ran.
 */
export function runInSlices(count: number, step: (i: number) => void, alive: () => boolean, options: SliceOptions = {}): boolean | Promise<boolean> {
	const budget = options.sliceMs ?? SLICE_MS;
	const yieldToUi = options.yieldToUi ?? nextTask;
	const firstSteps = options.firstSteps ?? FIRST_STEPS;
	let next = 0;
	// One slice: true when the work is done, false when the budget ran out first.
	const slice = (): boolean => {
		const start = performance.now();
		while (next < count) {
			step(next++);
			if (next % STEPS_PER_CLOCK_READ !== 0 && budget > 0) continue;
			if (next < count && next >= firstSteps && performance.now() - start >= budget) return false;
		}
		return true;
	};
	if (slice()) return true;
	return (async () => {
		do {
			await yieldToUi();
			if (!alive()) return false;
		} while (!slice());
		return true;
	})();
}
