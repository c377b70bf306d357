// `npm run screenshots -- <vault> [--width N] [--theme light|dark] [--today YYYY-MM-DD] --out DIR`
// (after `npm run build`, which the npm script runs first): bundles tests/browser/screenshots-cli.ts
// with esbuild, `obsidian` aliased to the in-memory stand-in, and runs it in its own Node process.
// `--width` and `--theme` may be given more than once: one PNG per width and theme.
import { spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleTestCode } from "./bundle-test-code.mjs";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
// Two levels below the root, as the bench does: the harness finds main.js from its import.meta.url.
const outDir = join(repoRoot, "node_modules", ".portfolio-journal-screenshots");
await mkdir(outDir, { recursive: true });
const entry = join(outDir, "entry.ts");
await writeFile(
	entry,
	`import { parseScreenshotArgs, takeScreenshots } from ${JSON.stringify(join(repoRoot, "tests", "browser", "screenshots-cli.ts"))};
let args;
try { args = parseScreenshotArgs(process.argv.slice(2)); } catch (e) { console.error(e instanceof Error ? e.message : String(e)); process.exit(2); }
try {
	const layout = await takeScreenshots(args);
	console.error("Wrote " + layout.shots.length + " screenshots and layout.json to " + args.out);
} catch (e) { console.error(e instanceof Error ? e.message : String(e)); process.exit(1); }
`,
);
const outfile = join(outDir, "screenshots.mjs");
await bundleTestCode(repoRoot, entry, outfile);
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: "inherit" });
if (run.error) throw run.error;
process.exitCode = run.status ?? 1;
