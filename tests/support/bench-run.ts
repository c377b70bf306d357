// Runs every measurement at the sizes given and assembles the result. `npm run bench` calls it at full
// size; the smoke test calls it with tiny vaults, so both exercise exactly the same measuring code.
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { measureBundle } from "./bench-bundle";
import { cliUnavailable, measureCliOnDisk } from "./bench-cli";
import { measureExplore } from "./bench-explore";
import { measureCoreBuild, measureSingleChange, type CoreApi, type RunCounts } from "./bench-core";
import { FIGURE_KEYS, judge, roundFigures, type BenchResult, type FigureKey, type Figures } from "./bench-report";
import { generateVault, type GeneratedVault, type VaultOptions } from "./generate-vault";

/** A measurement that lives outside the core (index, plugin, browser): a function, or why it cannot run. */
export type Optional<F> = { run: F } | { missing: string };

/** The parts under test, wired by the caller (see bench-deps.ts). */
export interface BenchDeps<R> {
	core: CoreApi<R>;
	/** Rebuilds the live index runs for a burst of change events; the vault is the 10k one. */
	burst: Optional<(vault: GeneratedVault, events: number, withinMs: number) => Promise<number>>;
	/** Milliseconds of the plugin's onload with the stand-in. */
	onload: Optional<(vault: GeneratedVault) => Promise<number>>;
	/** Milliseconds from opening the dashboard to all charts drawn, one per vault, in a real browser. */
	dashboards: Optional<(vaults: readonly GeneratedVault[]) => Promise<number[]>>;
	/** Longest tasks and load time in a real browser (bench-tasks.ts). */
	tasks: Optional<TaskMeasures>;
}

/** The main-thread measurements: longest tasks of the first index read and of an edit, and the load. */
export interface TaskMeasures {
	/** Per vault, the median over `pages` fresh pages. */
	indexStarts(vaults: readonly GeneratedVault[], pages: number): Promise<number[]>;
	edits(vaults: readonly GeneratedVault[], edits: number): Promise<number[]>;
	load(vault: GeneratedVault, pages: number): Promise<number>;
}

/** Sizes and repetitions of one bench run. */
export interface BenchConfig {
	repoRoot: string;
	/** Stands for "10k" (also used by the change, burst, onload and CLI figures). */
	medium: VaultOptions;
	/** Stands for "50k". */
	large: VaultOptions;
	/** The 5-, 50- and 500-stream dashboard vaults, in that order (also edited for the edit tasks). */
	dashboards: readonly [VaultOptions, VaultOptions, VaultOptions];
	/** The first index read: "50k" (50 streams), "10k", "200k" and "50k with 500 streams", in that order. */
	indexStarts: readonly [VaultOptions, VaultOptions, VaultOptions, VaultOptions];
	/** Fresh pages per first-read vault (a single page's figure jumps with one garbage collection). */
	startPages: number;
	/** Edits timed per dashboard vault, and fresh pages timed for loadMs. */
	edits: number;
	loadPages: number;
	/** A vault where almost no note is ours, for cliVsFloorForeign. */
	foreign: VaultOptions;
	core: RunCounts;
	change: RunCounts;
	cliRuns: number;
	burstEvents: number;
	burstWithinMs: number;
	log: (line: string) => void;
}

// The figures of the first index read and of an edit, in the order of config.indexStarts and config.dashboards.
const START_KEYS = ["indexStartLongestTaskMs", "indexStartLongestTask10kMs", "indexStartLongestTask200kMs", "indexStartLongestTask500StreamsMs"] as const;
const EDIT_KEYS = ["editLongestTask5Ms", "editLongestTaskMs", "editLongestTask500Ms"] as const;

function describeSize(o: VaultOptions): string {
	return `${o.notes} notes, ${o.streams} streams, ${o.quarters} quarters`;
}

/** Runs the whole benchmark; a part that cannot run leaves its figures null with the reason. */
export async function runBench<R>(config: BenchConfig, deps: BenchDeps<R>): Promise<BenchResult> {
	const started = performance.now();
	const f = Object.fromEntries(FIGURE_KEYS.map((k) => [k, null])) as Figures;
	const unmeasured: Partial<Record<FigureKey, string>> = {};
	const checks: BenchResult["checks"] = {};
	const missing = (keys: readonly FigureKey[], reason: string): void => {
		for (const key of keys) unmeasured[key] = reason;
	};
	const settings = DEFAULT_SETTINGS;
	const { log } = config;

	log(`core build and single change on ${describeSize(config.medium)}`);
	const medium = generateVault(config.medium);
	const m = measureCoreBuild(deps.core, medium, settings, config.core);
	f.coreBuild10kMedianMs = m.medianMs;
	f.coreBuild10kP95Ms = m.p95Ms;
	const change = measureSingleChange(deps.core, medium, settings, config.change);
	f.singleChangeMs = change.singleChangeMs;
	f.fullRebuild10kMs = change.fullRebuildMs;
	checks.incrementalEqualsFullRebuild = change.matchesFullRebuild;

	// Generated only now, so the 10k figures are not taken with the 50k vault's notes on the heap too.
	log(`core build on ${describeSize(config.large)}`);
	const l = measureCoreBuild(deps.core, generateVault(config.large), settings, config.core);
	f.coreBuild50kMedianMs = l.medianMs;
	f.coreBuild50kP95Ms = l.p95Ms;
	f.growth10kTo50k = l.medianMs / m.medianMs / (config.large.notes / config.medium.notes);

	log("burst of change events through the live index");
	if ("run" in deps.burst) f.burstRebuilds = await deps.burst.run(medium, config.burstEvents, config.burstWithinMs);
	else missing(["burstRebuilds"], deps.burst.missing);

	log("plugin onload");
	if ("run" in deps.onload) f.onloadMs = await deps.onload.run(medium);
	else missing(["onloadMs"], deps.onload.missing);

	log("explore over 20 candidate streams");
	const explored = measureExplore(settings, 20, config.core.runs);
	f.explore20Ms = explored.medianMs;
	checks.exploreCombinations = explored.considered;

	log("bundle size");
	try {
		const size = measureBundle(config.repoRoot);
		f.mainJsBytes = size.mainJsBytes;
		f.mainJsGzipBytes = size.mainJsGzipBytes;
		checks.mainJsFreeOfYamlPackage = !size.bundlesYaml;
	} catch (error) {
		missing(["mainJsBytes", "mainJsGzipBytes"], `main.js unreadable: ${String(error)}`);
	}

	const cliReason = cliUnavailable(config.repoRoot);
	const cliVaults: [GeneratedVault, readonly [FigureKey, FigureKey, FigureKey], string][] = [
		[medium, ["cliMs", "floorMs", "cliVsFloor"], "cliReportedEveryStream"],
		[generateVault(config.foreign), ["cliForeignMs", "floorForeignMs", "cliVsFloorForeign"], "cliForeignReportedEveryStream"],
	];
	for (const [vault, keys, check] of cliVaults) {
		if (cliReason !== null) {
			missing(keys, cliReason);
			continue;
		}
		log(`CLI against the floor, on ${vault.notes.length} notes (${vault.streamPaths.length} streams) written to disk`);
		const cli = await measureCliOnDisk(config.repoRoot, vault, config.cliRuns);
		[f[keys[0]], f[keys[1]], f[keys[2]]] = [cli.cliMs, cli.floorMs, cli.cliVsFloor];
		checks[check] = cli.cliStreams === vault.streamPaths.length;
	}

	if ("run" in deps.tasks) {
		log(`longest task of the first index read in Chromium: ${config.indexStarts.map(describeSize).join(" | ")}`);
		const starts: (number | undefined)[] = [];
		// One vault at a time, so the 200k vault's notes are not on the heap with the others'.
		for (const options of config.indexStarts) starts.push(...(await deps.tasks.run.indexStarts([generateVault(options)], config.startPages)));
		START_KEYS.forEach((key, i) => (f[key] = starts[i] ?? null));
		log("longest task of an edit with the dashboard open, in Chromium");
		const edits = await deps.tasks.run.edits(config.dashboards.map((o) => generateVault(o)), config.edits);
		EDIT_KEYS.forEach((key, i) => (f[key] = edits[i] ?? null));
		log("main.js evaluation plus onload in fresh pages");
		f.loadMs = await deps.tasks.run.load(medium, config.loadPages);
	} else missing([...START_KEYS, ...EDIT_KEYS, "loadMs"], deps.tasks.missing);

	log("dashboards in Chromium");
	if ("run" in deps.dashboards) {
		const [five, fifty, many] = await deps.dashboards.run(config.dashboards.map((o) => generateVault(o)));
		f.dashboard5Ms = five ?? null;
		f.dashboard50Ms = fifty ?? null;
		f.dashboard500Ms = many ?? null;
	} else missing(["dashboard5Ms", "dashboard50Ms", "dashboard500Ms"], deps.dashboards.missing);

	const benchSeconds = (performance.now() - started) / 1000;
	const figures = roundFigures(f);
	const sizes: Record<string, string> = {
		"10k": describeSize(config.medium),
		"50k": describeSize(config.large),
		dashboards: config.dashboards.map(describeSize).join(" | "),
	};
	return { ...figures, budgets: judge(figures, benchSeconds), unmeasured, checks, sizes, benchSeconds: Math.round(benchSeconds * 10) / 10 };
}
