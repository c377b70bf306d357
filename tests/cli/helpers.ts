// Shared by the CLI tests: run the CLI in-process, and build throwaway vaults on disk.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/run-cli";
import type { ReportJson } from "../../src/core/report-json";

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Folder of one example vault. */
export function seed(name: "freelance-researcher" | "union-organiser" | "portfolio-executive"): string {
	return join(ROOT, "seeds", name);
}

/** Any control character but the newline: what a report must never copy from a note to the terminal. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what the tests look for
export const CONTROL_CHARACTER = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u;

/** What one CLI run printed and returned. */
export interface CliRun {
	code: number;
	out: string;
	err: string;
}

/** Runs the CLI in-process; `today` stands in for the real date when `--today` is not given. */
export function cli(argv: string[], today = "2026-11-21"): CliRun {
	let out = "";
	let err = "";
	const code = runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), color: false, today: () => today });
	return { code, out, err };
}

/** `report --json` of a vault, parsed. */
export function reportOf(vault: string, today = "2026-11-21"): ReportJson {
	const run = cli(["report", vault, "--json", "--today", today]);
	if (run.code !== 0) throw new Error(`report failed (${run.code}): ${run.err}`);
	return JSON.parse(run.out) as ReportJson;
}

/** A vault in a fresh temp folder with the given files (vault path -> text); remove it with `removeVault`. */
export function makeVault(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), "pj-vault-"));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text, "utf8");
	}
	return root;
}

/** Deletes a vault made by makeVault. */
export function removeVault(root: string): void {
	rmSync(root, { recursive: true, force: true });
}

/** Every file under a folder with its bytes (hex) and modification time, to prove a command wrote nothing. */
export function snapshot(root: string): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (folder: string, prefix: string): void => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			if (entry.isDirectory()) walk(join(folder, entry.name), `${prefix}${entry.name}/`);
			else files.set(`${prefix}${entry.name}`, `${readFileSync(join(folder, entry.name)).toString("hex")} mtime ${statSync(join(folder, entry.name)).mtimeMs}`);
		}
	};
	walk(root, "");
	return files;
}
