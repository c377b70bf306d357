// `npm run demo`: shows the default example vault through the built CLI. Run after `npm run build`
// (the npm script does both, and installs the built plugin into the vault first). One function a step.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const vault = join(root, "seeds", "freelance-researcher");
const cli = join(root, "dist", "cli.js");

/** Fails early with a hint when the build has not run. */
function requireBuild() {
	if (!existsSync(cli)) {
		process.stderr.write("dist/cli.js is missing: run `npm run build` first (or `npm run demo`, which builds).\n");
		process.exit(1);
	}
}

/** `--today YYYY-MM-DD` passed to the demo goes on to the CLI; without it the CLI uses the real date. */
function todayArgs(argv) {
	const i = argv.findIndex((a) => a === "--today" || a.startsWith("--today="));
	if (i < 0) return [];
	return argv[i].includes("=") ? [argv[i]] : argv.slice(i, i + 2);
}

/** Prints the portfolio report of the example vault; returns the CLI's exit code. */
function printReport(extraArgs) {
	const result = spawnSync(process.execPath, [cli, "report", vault, ...extraArgs], { stdio: "inherit" });
	return result.status ?? 1;
}

function main() {
	requireBuild();
	const status = printReport(todayArgs(process.argv.slice(2)));
	process.stdout.write(`\nOpen ${vault} as a vault in Obsidian to see the same portfolio in the dashboard.\n`);
	process.exitCode = status;
}

main();
