// `learn <vault> --from <stream> --to <stream> --text <text> [--date YYYY-MM-DD]`: records what one
// stream taught another in the teaching stream's note, with the edit "Link a learning" makes.
import { oneLine } from "../../core/markdown-text";
import { addLearning, learningItem, streamLink } from "../../core/stream-edits";
import type { NoteInput, Portfolio } from "../../core/types";
import type { CliRequest } from "../args";
import { printable } from "../printable";
import type { CliIo } from "../run-cli";
import { cliYaml, editNote } from "../write-note";
import { findStream, type Found } from "./find-stream";

/** Exit 0 when written or already there, 1 when the note refuses the edit, 2 on bad arguments. */
export function runLearn(root: string, request: CliRequest, portfolio: Portfolio, notes: readonly NoteInput[], today: string, io: CliIo): number {
	const text = oneLine(request.text ?? "");
	if (text === "") return usage(io, "The learn command needs --text with what was learned.");
	const from = findStream(portfolio, notes, request.from ?? "", "--from");
	if ("error" in from) return notFound(io, from);
	const to = findStream(portfolio, notes, request.to ?? "", "--to");
	if ("error" in to) return notFound(io, to);
	if (from.stream.path === to.stream.path) return usage(io, "The streams after --from and --to are the same; a learning goes from one stream to another.");
	const link = streamLink(to.stream, portfolio.streams);
	if ("refused" in link) return refuse(io, link.refused);
	const item = learningItem(link.link, text, { date: request.date ?? today });
	const outcome = editNote(root, from.stream.path, (note) => addLearning(note, item, cliYaml));
	if (outcome.kind === "refused") return refuse(io, outcome.reason);
	io.err(outcome.kind === "written" ? `Learning saved in ${printable(from.stream.path)}.\n` : "That learning is already recorded.\n");
	return 0;
}

/** One line on stderr, exit 2: the arguments were wrong. */
export function usage(io: CliIo, message: string): number {
	io.err(`portfolio-journal: ${printable(message)}\n`);
	return 2;
}

/** A stream that was not found: a wrong name (exit 2), or a note that cannot be read as one (exit 1). */
export function notFound(io: CliIo, found: Exclude<Found, { stream: unknown }>): number {
	return found.refused ? refuse(io, found.error) : usage(io, found.error);
}

/** One line on stderr, exit 1: the note refused the edit and is unchanged. */
export function refuse(io: CliIo, message: string): number {
	io.err(`portfolio-journal: ${printable(message)}\n`);
	return 1;
}
