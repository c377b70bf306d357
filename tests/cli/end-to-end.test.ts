// The built CLI (`node dist/cli.js`) as a user runs it, after a real build.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, seed } from "./helpers";

const CLI = join(ROOT, "dist", "cli.js");

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
	execFileSync(process.execPath, [join(ROOT, "esbuild.config.mjs"), "production"], { cwd: ROOT, stdio: "pipe" });
});

describe("node dist/cli.js", () => {
	it("prints the JSON report of an example vault", () => {
		const result = run("report", seed("freelance-researcher"), "--json", "--today", "2026-11-21");
		expect(result.status).toBe(0);
		const report = JSON.parse(result.stdout) as { totals: { hoursPerWeek: number; annualRevenue: number } };
		expect(report.totals).toMatchObject({ hoursPerWeek: 16 + 20 + 8 + 4, annualRevenue: 42000 + 30000 + 15000 + 3000 });
	});

	it("exits 1 from check on a vault with an error, 0 on a clean one", () => {
		expect(run("check", seed("union-organiser")).status).toBe(1);
		expect(run("check", seed("portfolio-executive")).status).toBe(0);
	});

	it("without a command prints the usage on stderr and exits 2; --version prints the manifest's version", () => {
		const bare = run();
		expect([bare.status, bare.stdout]).toEqual([2, ""]);
		expect(bare.stderr).toMatch(/^Usage: portfolio-journal <command> <vault>/u);
		const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as { version: string };
		expect(run("--version")).toEqual({ status: 0, stdout: `${manifest.version}\n`, stderr: "" });
	});

	it("exits 2 with one line on stderr for a missing vault", () => {
		const result = run("report", join(ROOT, "no-such-vault"));
		expect(result.status).toBe(2);
		expect(result.stdout).toBe("");
		expect(result.stderr.trim().split("\n")).toHaveLength(1);
	});

	it("prints a review note for the quarter that lacks one", () => {
		const result = run("review", seed("portfolio-executive"), "--today", "2026-11-21");
		expect(result.status).toBe(0);
		expect(result.stderr).toContain("Would create Reviews/2026-Q3 review.md");
		expect(result.stdout.startsWith("---\n")).toBe(true);
	});

	it("runs the demo script", () => {
		const result = spawnSync(process.execPath, [join(ROOT, "scripts", "demo.mjs"), "--today", "2026-11-21"], { encoding: "utf8" });
		expect(result.status).toBe(0);
		expect(result.stdout).toContain("Portfolio journal: freelance-researcher");
		expect(result.stdout).toContain("As of 2026-11-21");
	});
});
