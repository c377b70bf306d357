// Runs in the benchmark's page: the longest main-thread task over a stretch of time, measured by a
// heartbeat. A message posted to itself through a MessageChannel runs as a task of its own after
// whatever is queued; the widest gap between two beats is the longest task that ran in between
// (plus the rendering of a frame, when one fell there: both keep the page from answering input).

/** Starts watching; the returned function stops after one more beat and gives the longest gap in ms. */
export function watchLongestTask(): () => Promise<number> {
	let last = performance.now();
	let longest = 0;
	let running = true;
	const channel = new MessageChannel();
	channel.port1.onmessage = () => {
		const now = performance.now();
		longest = Math.max(longest, now - last);
		last = now;
		if (running) channel.port2.postMessage(null);
	};
	channel.port2.postMessage(null);
	return async () => {
		// A timer task: by the time it runs, the task in progress when stop was called has ended.
		await new Promise<void>((resolve) => setTimeout(resolve, 0));
		running = false;
		channel.port1.close();
		return Math.max(longest, performance.now() - last);
	};
}

/** Resolves after the next `count` animation frames (style, layout and paint of what changed). */
export async function frames(count: number): Promise<void> {
	for (let i = 0; i < count; i++) await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
}
