// `npm run bench` (after `npm run build`): bundles the measuring code in tests/support with esbuild,
// `obsidian` aliased to the in-memory stand-in, and runs it at full size in its own Node process,
// which prints a table and, as the LAST line, one JSON object with every figure and the budgets' verdicts.
// `node scripts/bench.mjs --smoke` runs the same code on tiny vaults (the smoke test does).
import { spawnSync } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleTestCode } from "./bundle-test-code.mjs";

const startedAt = Date.now();
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const smoke = process.argv.includes("--smoke");

// Inside node_modules so the bundle's external imports (the browser driver) resolve from the repo,
// and exactly two levels below the root: the browser harness finds main.js from its import.meta.url.
const outDir = join(repoRoot, "node_modules", ".portfolio-journal-bench");
await mkdir(outDir, { recursive: true });
const outfile = join(outDir, smoke ? "bench-smoke.mjs" : "bench.mjs");
await bundleTestCode(repoRoot, join(repoRoot, "tests", "support", "bench-entry.ts"), outfile);

const args = [outfile, repoRoot, String(startedAt), ...(smoke ? ["--smoke"] : [])];
const run = spawnSync(process.execPath, args, { stdio: "inherit" });
if (run.error) throw run.error;
process.exitCode = run.status ?? 1;
