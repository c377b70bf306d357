// The CLI's work, separate from the process so tests can run every command in-process:
// arguments in, text out through `io`, an exit code back.
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { buildPortfolio } from "../core/build-portfolio";
import { createPathResolver } from "../core/resolver";
import { quarterBounds } from "../core/quarter";
import { quarterLabel } from "../core/quarter-label";
import { owedReview } from "../core/review-due";
import { renderReviewNote, reviewFilePath } from "../core/review-note";
import type { Portfolio, PortfolioSettings } from "../core/types";
import { parseArgs, USAGE, type CliRequest } from "./args";
import { runIcs } from "./commands/ics";
import { runWeek } from "./commands/week";
import { hasConfigFolder, readSettings } from "./read-settings";
import { readVault } from "./read-vault";
import { reportJson } from "../core/report-json";
import { printable, printableNote } from "./printable";
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
	if (parsed.kind === "help") {
		io.out(`${USAGE}\n`);
		return 0;
	}
	if (parsed.kind === "error") {
		io.err(`portfolio-journal: ${parsed.message}\n`);
		return 2;
	}
	const request = parsed.request;
	const root = resolve(request.vault);
	if (!isDirectory(root)) {
		io.err(`portfolio-journal: no vault folder at "${request.vault}" (it does not exist or is not a folder).\n`);
		return 2;
	}
	// Any folder can be read, but one without Obsidian's config folder may be no vault at all (a home folder, /tmp).
	if (!hasConfigFolder(root)) io.err(`Warning: "${printable(request.vault)}" has no Obsidian config folder (such as .obsidian), so it may not be a vault; every Markdown note under it is read.\n`);
	const { settings, warning } = readSettings(root);
	if (warning !== null) io.err(`${warning}\n`);
	const today = request.today ?? io.today();
	const notes = readVault(root);
	const resolver = createPathResolver(notes.map((n) => n.path));
	const portfolio = buildPortfolio(notes, { settings, resolver, today });
	if (request.command === "check") return check(portfolio, io);
	if (request.command === "review") return review(root, request, portfolio, settings, today, io);
	if (request.command === "week") return runWeek(portfolio, request.json, io);
	if (request.command === "ics") return runIcs(portfolio, today, io);
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

function review(root: string, request: CliRequest, portfolio: Portfolio, settings: PortfolioSettings, today: string, io: CliIo): number {
	// The same default as the plugin's command: the quarter the person owes a review.
	const owed = owedReview(portfolio);
	const quarter = request.quarter ?? owed.quarter;
	const label = quarterLabel(quarter, settings.fiscalYearStartMonth);
	const existing = portfolio.reviews.find((r) => r.quarter === quarter);
	if (existing) {
		// The plugin opens an existing review instead of writing a second one; say so rather than print a duplicate.
		io.out(`A review of ${label} exists already: ${printable(existing.path)}. Nothing to create.\n`);
		return 0;
	}
	if (request.quarter === null && !owed.finished) {
		io.err(`${label} is still in progress (it ends on ${quarterBounds(quarter, settings.fiscalYearStartMonth).end}); the last finished quarter has its review. This note starts from today's figures, as a draft.\n`);
	}
	const path = reviewFilePath(quarter, settings);
	if (existsSync(join(root, path))) {
		io.out(`${path} exists already (it is not tagged as a review of ${label}). Nothing to create.\n`);
		return 0;
	}
	const template = readTemplate(root, settings, io);
	io.out(`Would create ${path}:\n\n${printableNote(renderReviewNote(portfolio, quarter, settings, template))}`);
	return 0;
}

// The template setting names a vault note, with or without `.md`; a missing one falls back to the built-in layout.
function readTemplate(root: string, settings: PortfolioSettings, io: CliIo): string | null {
	const name = settings.reviewTemplatePath.trim();
	if (name === "") return null;
	const path = name.toLowerCase().endsWith(".md") ? name : `${name}.md`;
	const file = join(root, path);
	if (!existsSync(file)) {
		io.err(`Warning: the review template ${path} does not exist; using the built-in layout.\n`);
		return null;
	}
	try {
		return readFileSync(file, "utf8");
	} catch (error) {
		io.err(`Warning: the review template ${path} could not be read (${errorText(error)}); using the built-in layout.\n`);
		return null;
	}
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
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
