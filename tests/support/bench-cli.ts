// Measures `node dist/cli.js report <vault> --json` against a floor (read every note, parse only its
// frontmatter with yaml) measured in the same run. Both are child processes, so both pay Node's
// start-up and the ratio says what the CLI adds on top of the unavoidable reading.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median } from "./bench-stats";
import { writeVault, type GeneratedVault } from "./generate-vault";

/** CLI and floor medians, and their ratio. */
export interface CliTiming {
	cliMs: number;
	floorMs: number;
	cliVsFloor: number;
	/** Streams the CLI reported: a check that it really read the vault. */
	cliStreams: number;
}

function timeProcess(args: readonly string[], cwd: string): { ms: number; stdout: string } {
	const start = performance.now();
	const result = spawnSync(process.execPath, args, { cwd, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
	const ms = performance.now() - start;
	if (result.error) throw result.error;
	if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited ${String(result.status)}: ${result.stderr.slice(0, 500)}`);
	return { ms, stdout: result.stdout };
}

/** Why the CLI cannot be measured, or null when it can. */
export function cliUnavailable(repoRoot: string): string | null {
	return existsSync(join(repoRoot, "dist", "cli.js")) ? null : "dist/cli.js is missing: run npm run build first";
}

/**
 * Alternates CLI and floor runs (after one unmeasured run of each, which warms the file cache)
 * so that background noise falls on both alike; returns the medians.
 */
export function measureCli(repoRoot: string, vaultDir: string, runs: number): CliTiming {
	const cliArgs = [join(repoRoot, "dist", "cli.js"), "report", vaultDir, "--json"];
	const floorArgs = [join(repoRoot, "scripts", "bench-floor.mjs"), vaultDir];
	const first = timeProcess(cliArgs, repoRoot);
	timeProcess(floorArgs, repoRoot);
	const cli: number[] = [];
	const floor: number[] = [];
	for (let i = 0; i < runs; i++) {
		cli.push(timeProcess(cliArgs, repoRoot).ms);
		floor.push(timeProcess(floorArgs, repoRoot).ms);
	}
	const report = JSON.parse(first.stdout) as { streams?: unknown[] };
	const cliMs = median(cli);
	const floorMs = median(floor);
	return { cliMs, floorMs, cliVsFloor: cliMs / floorMs, cliStreams: Array.isArray(report.streams) ? report.streams.length : Number.NaN };
}

/** measureCli on `vault` written to a temporary folder, removed afterwards. */
export async function measureCliOnDisk(repoRoot: string, vault: GeneratedVault, runs: number): Promise<CliTiming> {
	const dir = await mkdtemp(join(tmpdir(), "pj-bench-"));
	try {
		await writeVault(vault, dir);
		return measureCli(repoRoot, dir, runs);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}
