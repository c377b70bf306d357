// Entry of `npm run bench` (scripts/bench.mjs bundles this file): the full-size configuration.
import type { BenchResult } from "./bench-report";
import { realDeps } from "./bench-deps";
import { runBench, type BenchConfig } from "./bench-run";

/** The sizes the budgets are stated for: 10k and 50k notes with 50 streams over 12 quarters. */
export function fullConfig(repoRoot: string, log: (line: string) => void): BenchConfig {
	return {
		repoRoot,
		medium: { notes: 10_000, streams: 50, quarters: 12 },
		large: { notes: 50_000, streams: 50, quarters: 12 },
		dashboards: [
			{ notes: 1_000, streams: 5, quarters: 12 },
			{ notes: 1_000, streams: 50, quarters: 12 },
			{ notes: 1_000, streams: 500, quarters: 40 },
		],
		indexStarts: [
			{ notes: 50_000, streams: 50, quarters: 12 },
			{ notes: 10_000, streams: 50, quarters: 12 },
			{ notes: 200_000, streams: 50, quarters: 12 },
			{ notes: 50_000, streams: 500, quarters: 12 },
		],
		startPages: 3,
		edits: 5,
		loadPages: 7,
		foreign: { notes: 10_000, streams: 2, quarters: 1 },
		core: { runs: 60, warmup: 20, warmupMs: 1_000 },
		change: { runs: 200, warmup: 20, warmupMs: 1_000 },
		cliRuns: 5,
		burstEvents: 1_000,
		burstWithinMs: 1_000,
		log,
	};
}

/** Tiny sizes for the smoke test: every measurement runs once or a few times, in seconds. */
export function smokeConfig(repoRoot: string, log: (line: string) => void): BenchConfig {
	return {
		repoRoot,
		medium: { notes: 300, streams: 5, quarters: 4 },
		large: { notes: 1_500, streams: 5, quarters: 4 },
		dashboards: [
			{ notes: 60, streams: 5, quarters: 4 },
			{ notes: 120, streams: 50, quarters: 4 },
			{ notes: 600, streams: 500, quarters: 4 },
		],
		indexStarts: [
			{ notes: 1_500, streams: 5, quarters: 4 },
			{ notes: 300, streams: 5, quarters: 4 },
			{ notes: 3_000, streams: 5, quarters: 4 },
			{ notes: 1_500, streams: 50, quarters: 4 },
		],
		startPages: 1,
		edits: 1,
		loadPages: 1,
		foreign: { notes: 300, streams: 2, quarters: 1 },
		core: { runs: 5, warmup: 2 },
		change: { runs: 5, warmup: 2 },
		cliRuns: 1,
		burstEvents: 20,
		burstWithinMs: 100,
		log,
	};
}

/** Runs the benchmark against the real parts, at full size or (smoke) tiny. */
export async function runFullBench(repoRoot: string, log: (line: string) => void, smoke = false): Promise<BenchResult> {
	const checks: Record<string, boolean | number | string | null> = {};
	const config = smoke ? smokeConfig(repoRoot, log) : fullConfig(repoRoot, log);
	const result = await runBench(config, realDeps(checks, smoke ? 1 : 5));
	return { ...result, checks: { ...result.checks, ...checks } };
}
