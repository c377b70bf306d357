// The CLI's work, separate from the process so tests can run every command in-process:
// arguments in, text out through `io`, an exit code back.
import { statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { buildPortfolio } from "../core/build-portfolio";
import { createPathResolver } from "../core/resolver";
import type { Portfolio } from "../core/types";
import { parseArgs, USAGE } from "./args";
import { VERSION } from "./version";
import { runCompare } from "./commands/compare";
import { runExplore } from "./commands/explore";
import { runRoadmap } from "./commands/roadmap";
import { exportCsv } from "./commands/export";
import { runIcs } from "./commands/ics";
import { runLearn } from "./commands/learn";
import { runLink } from "./commands/link";
import { runReview } from "./commands/review";
import { runWeek } from "./commands/week";
import { hasConfigFolder, readSettings } from "./read-settings";
import { portfolioReadOptions, readVault } from "./read-vault";
import { reportJson } from "../core/report-json";
import { printable } from "./printable";
import { reportText } from "../core/report-text";

/** Where the CLI writes, and what it needs from its surroundings. */
export interface CliIo {
	out(text: string): void;
	err(text: string): void;
	/** Colour the text report (stdout is a terminal). */
	color: boolean;
	/** The real date, `YYYY-MM-DD`, used when `--today` is not given. */
	today(): string;
}

/** Runs one command line; returns the exit code (0 fine, 1 check found errors, 2 usage or failure). */
export function runCli(argv: readonly string[], io: CliIo): number {
	try {
		return runCommand(argv, io);
	} catch (error) {
		// A file the system will not let us read, a vault that vanished mid-run: one clear line, no stack.
		io.err(`portfolio-journal: ${printable(errorText(error))}\n`);
		return 2;
	}
}

function runCommand(argv: readonly string[], io: CliIo): number {
	const parsed = parseArgs(argv);
	if (parsed.kind === "help" || parsed.kind === "version") {
		io.out(`${parsed.kind === "help" ? USAGE : VERSION}\n`);
		return 0;
	}
	// No command at all: the usage is the answer, on stderr, as for any other bad command line.
	if (parsed.kind === "no-command") {
		io.err(`${USAGE}\n`);
		return 2;
	}
	if (parsed.kind === "error") {
		io.err(`portfolio-journal: ${parsed.message}\n`);
		return 2;
	}
	const request = parsed.request;
	const root = resolve(request.vault);
	if (!isDirectory(root)) {
		io.err(`portfolio-journal: No vault folder at "${printable(request.vault)}" (it does not exist or is not a folder).\n`);
		return 2;
	}
	// Any folder can be read, but one without Obsidian's config folder may be no vault at all (a home folder, /tmp).
	if (!hasConfigFolder(root)) io.err(`Warning: The folder "${printable(request.vault)}" has no Obsidian config folder (such as .obsidian), so it may not be a vault; every Markdown note under it is read.\n`);
	const { settings, warning } = readSettings(root);
	if (warning !== null) io.err(`${warning}\n`);
	const today = request.today ?? io.today();
	// A note that never names one of our tags is not parsed: most of a vault is not a portfolio.
	const notes = readVault(root, (message) => io.err(`Warning: ${printable(message)}\n`), portfolioReadOptions(settings));
	const resolver = createPathResolver(notes.map((n) => n.path));
	const portfolio = buildPortfolio(notes, { settings, resolver, today });
	if (request.command === "check") return check(portfolio, io);
	if (request.command === "review") return runReview(root, request, portfolio, settings, today, io);
	if (request.command === "learn") return runLearn(root, request, portfolio, notes, today, io);
	if (request.command === "link") return runLink(root, request, portfolio, notes, resolver, io);
	if (request.command === "roadmap") return runRoadmap(portfolio, settings, request, io);
	if (request.command === "compare") return runCompare(portfolio, settings, request, io);
	if (request.command === "explore") return runExplore(portfolio, settings, request, io);
	if (request.command === "week") return runWeek(portfolio, request.json, io);
	if (request.command === "ics") return runIcs(portfolio, today, io);
	if (request.command === "export") {
		io.out(exportCsv(portfolio, settings));
		return 0;
	}
	if (request.json) io.out(`${JSON.stringify(reportJson(portfolio), null, 2)}\n`);
	else io.out(reportText(portfolio, { vaultName: basename(root), today, settings, color: io.color }));
	return 0;
}

function check(portfolio: Portfolio, io: CliIo): number {
	const counts = { error: 0, warning: 0, info: 0 };
	for (const d of portfolio.diagnostics) {
		counts[d.severity]++;
		// Every message starts with the note's path already.
		io.out(`${d.severity} ${d.code}: ${printable(d.message)}\n`);
	}
	io.out(`${counts.error} ${plural(counts.error, "error")}, ${counts.warning} ${plural(counts.warning, "warning")}, ${counts.info} info.\n`);
	return counts.error > 0 ? 1 : 0;
}

// A file the system would not open names the call, the file and the reason code (`Could not open "x": EACCES.`).
function errorText(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	const { code, syscall, path } = error as NodeJS.ErrnoException;
	if (code !== undefined && syscall !== undefined) return `Could not ${syscall}${path === undefined ? "" : ` "${path}"`}: ${code}.`;
	return error.message.charAt(0).toUpperCase() + error.message.slice(1);
}

function isDirectory(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

function plural(n: number, word: string): string {
	return n === 1 ? word : `${word}s`;
}
