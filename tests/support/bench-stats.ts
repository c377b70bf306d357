// Timing helpers shared by every measurement: warm up, run many times, report median and p95.
// Medians rather than means, because a single garbage collection must not move a budget.

/** Summary of repeated timings, in milliseconds. */
export interface Timing {
	medianMs: number;
	p95Ms: number;
	runs: number;
}

/** The value at quantile q (0..1) of the samples, nearest-rank, so it is always a measured sample. */
export function quantile(samples: readonly number[], q: number): number {
	if (samples.length === 0) return Number.NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
	return sorted[rank] ?? Number.NaN;
}

/** The median of the samples (for an even count, the mean of the two middle ones). */
export function median(samples: readonly number[]): number {
	if (samples.length === 0) return Number.NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const upper = sorted[mid] ?? Number.NaN;
	return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

/**
 * Runs `work` unmeasured at least `warmup` times and for at least `warmupMs` (so the JIT has settled:
 * the plugin rebuilds on every edit, so hot code is what users live with), then `runs` times measured.
 * The result of each call goes to a sink so the engine cannot drop the work as dead code.
 */
export function timeRepeated(work: () => unknown, runs: number, warmup: number, warmupMs = 0): Timing {
	let sink: unknown = null;
	const warmStart = performance.now();
	for (let i = 0; i < warmup || performance.now() - warmStart < warmupMs; i++) sink = work();
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		sink = work();
		samples.push(performance.now() - start);
	}
	keep(sink);
	return { medianMs: median(samples), p95Ms: quantile(samples, 0.95), runs };
}

// A store into a heap object is a side effect the JIT must keep, so the measured work stays too.
const sinkHolder: { value: unknown } = { value: null };
/** Holds on to a result so measured work is never optimised away. */
export function keep(value: unknown): void {
	sinkHolder.value = value;
}

/** Rounds a figure for the table and the JSON: milliseconds to 0.01 ms, ratios to 3 decimals. */
export function round(value: number | null, digits = 2): number | null {
	if (value === null || !Number.isFinite(value)) return value === null ? null : value;
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}
