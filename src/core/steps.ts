// Work that can pause. The core knows nothing of time or of the UI: a long computation is written as
// a generator that yields between its parts, each yield saying how much work the part did (notes,
// stream pairs). The plugin runs it in slices that fit a frame (src/obsidian/time-slices.ts); the
// CLI and the tests run it to the end at once with `drain`.

/** A computation of T that pauses at each `yield`, reporting the units of work done since the last. */
export type Steps<T> = Generator<number, T, void>;

/** Runs `steps` to the end without pausing and returns its result. */
export function drain<T>(steps: Steps<T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done === true) return next.value;
	}
}
