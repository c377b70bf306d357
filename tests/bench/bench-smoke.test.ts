// Smoke run of `npm run bench`: the real script with --smoke (same measuring code, tiny vaults).
// It checks that every figure is measured and the last line is the JSON people script against;
// it judges no budget (timing belongs to the benchmark, never to a test's assertions).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { FIGURE_KEYS } from "../support/bench-report";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

interface SmokeResult {
	[key: string]: unknown;
	budgets: Record<string, { limit: string; value: number | null; pass: boolean | null }>;
	unmeasured: Record<string, string>;
	checks: Record<string, unknown>;
}

let stdout = "";
let result: SmokeResult;

beforeAll(() => {
	const run = spawnSync(process.execPath, ["scripts/bench.mjs", "--smoke"], {
		cwd: repoRoot,
		encoding: "utf8",
		maxBuffer: 64 * 1024 * 1024,
		// spawnSync blocks vitest's own timers, so the hook timeout could never stop a hung run: this can.
		timeout: 170_000,
	});
	if (run.error) throw run.error;
	if (run.status !== 0) throw new Error(`bench --smoke exited ${String(run.status)}: ${run.stderr}`);
	stdout = run.stdout;
	const lines = stdout.trimEnd().split("\n");
	result = JSON.parse(lines[lines.length - 1] ?? "") as SmokeResult;
}, 180_000);

describe("npm run bench (smoke sizes)", () => {
	it("ends with one JSON object that has every figure, each a finite number", () => {
		for (const key of FIGURE_KEYS) {
			expect(result, key).toHaveProperty(key);
			expect(Number.isFinite(result[key]), `${key} = ${String(result[key])} (${result.unmeasured[key] ?? "no reason given"})`).toBe(true);
		}
		expect(result.unmeasured).toEqual({});
	});

	it("gives every budget a pass or fail verdict on its measured value", () => {
		const names = [
			"coreBuild10k", "coreBuild50k", "growth10kTo50k", "singleChange", "burstRebuilds", "cliVsFloor", "cliVsFloorForeign", "dashboard50", "dashboard500", "explore20",
			"indexStartLongestTask", "indexStartLongestTask200k", "editLongestTask", "editLongestTask500", "loadMs", "mainJsSize", "benchDuration",
		];
		expect(Object.keys(result.budgets).sort()).toEqual([...names].sort());
		for (const name of names) {
			const budget = result.budgets[name];
			expect(typeof budget?.pass, name).toBe("boolean");
			expect(Number.isFinite(budget?.value), name).toBe(true);
		}
	});

	it("measured the real thing: incremental equals rebuild, the CLI saw every stream, the burst's last edit shows", () => {
		expect(result.checks).toMatchObject({ incrementalEqualsFullRebuild: true, cliReportedEveryStream: true, burstLastEditShown: true, mainJsFreeOfYamlPackage: true });
		// Explore walked every combination of 3 to 5 of its 20 candidates: C(20,3) + C(20,4) + C(20,5) = 1140 + 4845 + 15504.
		expect(result.checks.exploreCombinations).toBe(1140 + 4845 + 15504);
	});

	it("prints a readable table of every figure above the JSON", () => {
		const table = stdout.slice(0, stdout.trimEnd().lastIndexOf("\n"));
		for (const key of FIGURE_KEYS) expect(table).toMatch(new RegExp(`^${key} +\\S`, "m"));
		expect(table).toMatch(/^coreBuild10k +median < 5 ms +\S+ +(pass|FAIL)$/m);
	});
});
