// Measures the pure core on generated vaults: the full build the plugin runs from metadataCache
// output, and the incremental path (re-read one note, re-assemble from cached records).
// The core functions come in as a parameter so this file never depends on where they live.
import type { BuildOptions, LinkResolver, NoteInput, Portfolio, PortfolioSettings } from "../../src/core/types";
import { keep, timeRepeated, type Timing } from "./bench-stats";
import type { GeneratedVault } from "./generate-vault";

/** The parts of the core the benchmark calls; R is the per-note record type. */
export interface CoreApi<R> {
	buildPortfolio(notes: readonly NoteInput[], options: BuildOptions): Portfolio;
	readNote(note: NoteInput, settings: PortfolioSettings): R;
	assemblePortfolio(records: readonly R[], options: BuildOptions): Portfolio;
	createPathResolver(paths: readonly string[]): LinkResolver;
}

/** How many measured runs, and the least unmeasured warm-up (runs and milliseconds). */
export interface RunCounts {
	runs: number;
	warmup: number;
	warmupMs?: number;
}

/** The options the plugin would pass: settings, a resolver over every path, and the vault's "today". */
export function buildOptions<R>(core: CoreApi<R>, vault: GeneratedVault, settings: PortfolioSettings): BuildOptions {
	return { settings, resolver: core.createPathResolver(vault.paths), today: vault.today };
}

/**
 * Time of buildPortfolio over already-parsed notes, as the plugin calls it after a change.
 * The resolver is built once outside the timing: in Obsidian it is the metadataCache, which exists already.
 */
export function measureCoreBuild<R>(core: CoreApi<R>, vault: GeneratedVault, settings: PortfolioSettings, counts: RunCounts): Timing {
	const options = buildOptions(core, vault, settings);
	return timeRepeated(() => core.buildPortfolio(vault.inputs, options), counts.runs, counts.warmup, counts.warmupMs);
}

/** Result of the single-change measurement. */
export interface SingleChange {
	/** Median time to re-read the changed note and re-assemble from the cached records. */
	singleChangeMs: number;
	/** Median time of a full buildPortfolio over the same notes, measured alongside. */
	fullRebuildMs: number;
	/** Whether the incremental result equals a full rebuild of the changed vault (it must). */
	matchesFullRebuild: boolean;
}

/**
 * One stream note changes (its hours, as a person editing Properties would): the index re-reads that
 * note and re-assembles from the records it kept. Each run flips between two versions so every
 * run is a real change and never a cache hit.
 */
export function measureSingleChange<R>(core: CoreApi<R>, vault: GeneratedVault, settings: PortfolioSettings, counts: RunCounts): SingleChange {
	const options = buildOptions(core, vault, settings);
	const index = vault.inputs.findIndex((n) => n.path === vault.streamPaths[0]);
	const original = vault.inputs[index];
	if (!original) throw new Error("the vault has no stream to change");
	const versions = [17, 23].map((hours): NoteInput => ({ ...original, frontmatter: { ...original.frontmatter, "hours-per-week": hours } }));
	const records = vault.inputs.map((n) => core.readNote(n, settings));
	let flip = 0;
	const incremental = (): Portfolio => {
		const changed = versions[flip++ % 2] ?? original;
		const next = records.slice();
		next[index] = core.readNote(changed, settings);
		return core.assemblePortfolio(next, options);
	};
	const single = timeRepeated(incremental, counts.runs, counts.warmup, counts.warmupMs);
	const full = timeRepeated(() => core.buildPortfolio(vault.inputs, options), counts.runs, counts.warmup, counts.warmupMs);

	// The last incremental run used versions[(flip - 1) % 2]: rebuild that vault in full and compare.
	const lastVersion = versions[(flip - 1) % 2] ?? original;
	const changedInputs = vault.inputs.map((n, i) => (i === index ? lastVersion : n));
	flip -= 1;
	const again = incremental();
	const matchesFullRebuild = JSON.stringify(again) === JSON.stringify(core.buildPortfolio(changedInputs, options));
	keep(again);
	return { singleChangeMs: single.medianMs, fullRebuildMs: full.medianMs, matchesFullRebuild };
}
