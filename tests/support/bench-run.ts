// Runs every measurement at the sizes given and assembles the result. `npm run bench` calls it at full
// size; the smoke test calls it with tiny vaults, so both exercise exactly the same measuring code.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { measureBundle } from "./bench-bundle";
import { cliUnavailable, measureCli } from "./bench-cli";
import { measureExplore } from "./bench-explore";
import { measureCoreBuild, measureSingleChange, type CoreApi, type RunCounts } from "./bench-core";
import { FIGURE_KEYS, judge, roundFigures, type BenchResult, type FigureKey, type Figures } from "./bench-report";
import { generateVault, writeVault, type GeneratedVault, type VaultOptions } from "./generate-vault";

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
}

/** Sizes and repetitions of one bench run. */
export interface BenchConfig {
	repoRoot: string;
	/** Stands for "10k" (also used by the change, burst, onload and CLI figures). */
	medium: VaultOptions;
	/** Stands for "50k". */
	large: VaultOptions;
	/** The 5-, 50- and 500-stream dashboard vaults, in that order. */
	dashboards: readonly [VaultOptions, VaultOptions, VaultOptions];
	core: RunCounts;
	change: RunCounts;
	cliRuns: number;
	burstEvents: number;
	burstWithinMs: number;
	log: (line: string) => void;
}

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
	if (cliReason === null) {
		log("CLI against the floor, on the vault written to disk");
		const dir = await mkdtemp(join(tmpdir(), "pj-bench-"));
		try {
			await writeVault(medium, dir);
			const cli = measureCli(config.repoRoot, dir, config.cliRuns);
			f.cliMs = cli.cliMs;
			f.floorMs = cli.floorMs;
			f.cliVsFloor = cli.cliVsFloor;
			checks.cliReportedEveryStream = cli.cliStreams === config.medium.streams;
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	} else missing(["cliMs", "floorMs", "cliVsFloor"], cliReason);

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
