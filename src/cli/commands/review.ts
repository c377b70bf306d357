// `review <vault> [--quarter YYYY-Qn] [--write]`: the quarterly review note the plugin would create.
// Without --write the note alone goes to stdout (so `review > note.md` is a valid note) and every
// message to stderr; with --write the note is created in the vault, never over an existing file.
import { existsSync, readFileSync } from "node:fs";
import { quarterBounds } from "../../core/quarter";
import { quarterLabel } from "../../core/quarter-label";
import { owedReview } from "../../core/review-due";
import { renderReviewNote, reviewFilePath } from "../../core/review-note";
import type { Portfolio, PortfolioSettings } from "../../core/types";
import type { CliRequest } from "../args";
import { printable, printableNote } from "../printable";
import type { CliIo } from "../run-cli";
import { diskPath } from "../disk-path";
import { createNote } from "../write-note";
import { refuse } from "./learn";

/** Exit 0 when printed or written; 1 when a review of the quarter or a file at its path exists. */
export function runReview(root: string, request: CliRequest, portfolio: Portfolio, settings: PortfolioSettings, today: string, io: CliIo): number {
	// The same default as the plugin's command: the quarter the person owes a review.
	const owed = owedReview(portfolio);
	const quarter = request.quarter ?? owed.quarter;
	const label = quarterLabel(quarter, settings.fiscalYearStartMonth);
	const existing = portfolio.reviews.find((r) => r.quarter === quarter);
	// The plugin opens an existing review instead of writing a second one; say so rather than print a duplicate.
	if (existing) return refuse(io, `A review of ${label} exists already: ${existing.path}. Nothing to create.`);
	if (request.quarter === null && !owed.finished) {
		io.err(`The quarter ${label} is still in progress (it ends on ${quarterBounds(quarter, settings.fiscalYearStartMonth).end}); the last finished quarter has its review. This note starts from today's figures, as a draft.\n`);
	}
	const path = reviewFilePath(quarter, settings);
	if (existsSync(diskPath(root, path))) return refuse(io, `Nothing to create: a file is at ${path} already (it is not tagged as a review of ${label}).`);
	const note = renderReviewNote(portfolio, quarter, settings, readTemplate(root, settings, io));
	if (!request.write) {
		io.err(`Would create ${printable(path)} (run with --write to create it):\n`);
		io.out(printableNote(note));
		return 0;
	}
	const outcome = createNote(root, path, note);
	if (outcome.kind === "refused") return refuse(io, outcome.reason);
	io.err(`Created ${printable(path)}.\n`);
	return 0;
}

// The template setting names a vault note, with or without `.md`; a missing one falls back to the built-in layout.
function readTemplate(root: string, settings: PortfolioSettings, io: CliIo): string | null {
	const name = settings.reviewTemplatePath.trim();
	if (name === "") return null;
	const path = name.toLowerCase().endsWith(".md") ? name : `${name}.md`;
	const file = diskPath(root, path);
	if (!existsSync(file)) {
		io.err(`Warning: The review template ${path} does not exist; using the built-in layout.\n`);
		return null;
	}
	try {
		return readFileSync(file, "utf8");
	} catch (error) {
		io.err(`Warning: The review template ${path} could not be read (${error instanceof Error ? error.message : String(error)}); using the built-in layout.\n`);
		return null;
	}
}
