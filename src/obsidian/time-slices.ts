// Long work cut into slices that each fit well inside a frame, so Obsidian stays responsive while
// the index reads 50,000 notes: the loop checks the clock every few steps and yields to the event
// loop once a slice has used its budget.
import type { Steps } from "../core/steps";

/** How the work is sliced; tests pass a tiny budget to force many slices. */
export interface SliceOptions {
	/** Time one slice may take before it yields, in ms (default 5, see SLICE_MS). */
	sliceMs?: number;
	/** Lets the UI run, then resolves (default: a zero-delay timer, a task of its own). */
	yieldToUi?: () => Promise<void>;
	/**
	 * Steps that run before the clock is first looked at (default 512): a small vault is read in the
	 * calling task even while the code is still cold (a few milliseconds at most).
	 */
	firstSteps?: number;
}

/**
 * Default budget of one slice, in ms: a third of a 60 Hz frame, so that a slice plus a young-generation
 * collection falling in it (a few ms while 50,000 notes are read) still fits in one frame; with 8 ms
 * slices such tasks reached 16 to 24 ms in the benchmark.
 */
export const SLICE_MS = 5;

/** Default of SliceOptions.firstSteps. */
export const FIRST_STEPS = 512;

// The clock is read every 32 units of work: a unit (a note dismissed by a cache lookup) takes well
// under a microsecond; a step that does more reports more units.
const UNITS_PER_CLOCK_READ = 32;

/** A zero-delay timer: the browser paints and handles input before the next slice starts. */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		// Without a window (a test's DOM torn down while work was pending) nothing runs again.
		if (typeof window === "undefined") return;
		window.setTimeout(resolve, 0);
	});
}

// How long afterNextFrame waits for a frame that does not come (a hidden window draws none).
const FRAME_WAIT_MS = 100;

/**
 * Resolves in a task after `win` (the window that shows what changed: a popout has its own frames)
 * rendered its next frame (styles and layout of what changed are then up to date), or after 100 ms
 * when no frame comes.
 */
export function afterNextFrame(win: Window | undefined = typeof window === "undefined" ? undefined : window): Promise<void> {
	return new Promise((resolve) => {
		if (!win) return;
		const timer = win.setTimeout(resolve, FRAME_WAIT_MS);
		win.requestAnimationFrame(() => {
			win.clearTimeout(timer);
			// A frame's callbacks run before its style and layout: the task after them runs after it.
			win.setTimeout(resolve, 0);
		});
	});
}

/** What a computation run in slices gave: its value, in an object so that any value (even null) can be told from "stopped". */
export interface Finished<T> {
	value: T;
}

/**
 * Runs core `steps` (src/core/steps.ts) in slices: each slice runs steps until it has used `sliceMs`,
 * then yields to the UI. The clock is first read after `firstSteps` steps, and then whenever the
 * steps since the last reading report 32 units of work or more. `expectedUnits`, an estimate of the
 * whole work, makes it read the clock from the start when the work cannot end within `firstSteps`
 * (a large vault: its first slice is no longer than the others, though the code is still cold).
 * Synchronous when the work ends in the first slice (a small vault: the result is not a promise);
 * resolves null when `alive()` turned false at a yield.
 */
export function runStepsInSlices<T>(steps: Steps<T>, alive: () => boolean, options: SliceOptions = {}, expectedUnits = 0): Finished<T> | Promise<Finished<T> | null> {
	const budget = options.sliceMs ?? SLICE_MS;
	const yieldToUi = options.yieldToUi ?? nextTask;
	const firstSteps = expectedUnits > (options.firstSteps ?? FIRST_STEPS) ? 0 : (options.firstSteps ?? FIRST_STEPS);
	let stepped = 0;
	let sinceClock = 0;
	// One slice: the result when the work is done, null when the budget ran out first.
	const slice = (): Finished<T> | null => {
		const start = performance.now();
		for (;;) {
			const next = steps.next();
			if (next.done === true) return { value: next.value };
			stepped++;
			sinceClock += next.value;
			if (stepped < firstSteps || (sinceClock < UNITS_PER_CLOCK_READ && budget > 0)) continue;
			sinceClock = 0;
			if (performance.now() - start >= budget) return null;
		}
	};
	const first = slice();
	if (first) return first;
	return (async () => {
		for (;;) {
			await yieldToUi();
			if (!alive()) return null;
			const done = slice();
			if (done) return done;
		}
	})();
}
