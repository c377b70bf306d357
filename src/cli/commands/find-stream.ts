// A stream named on the command line: by its note's path (with or without `.md`) or by its name,
// compared as links compare names (NFC, any case).
import type { NoteInput, Portfolio, Stream } from "../../core/types";

/** What a name on the command line found: the stream, or the one line saying why none (exit 1 when `refused`, else 2). */
export type Found = { stream: Stream } | { error: string; refused?: true };

/**
 * The stream `text` names, or why none or several match. A note of that name whose frontmatter
 * cannot be read may be a stream whose tag sits in that frontmatter: that is a refusal naming the
 * YAML problem and its line (the note needs fixing), not a wrong argument.
 */
export function findStream(portfolio: Portfolio, notes: readonly NoteInput[], text: string, flag: string): Found {
	const named = namedBy(text);
	const matches = pick(portfolio.streams, named);
	if (matches.length === 1 && matches[0]) return { stream: matches[0] };
	if (matches.length > 1) return { error: `The name "${text}" after ${flag} fits ${matches.length} streams (${matches.map((s) => s.path).join(", ")}); give the note's path.` };
	const unreadable = pick(
		notes.filter((n) => n.frontmatterError !== undefined),
		named,
	)[0];
	if (unreadable) return { refused: true, error: `Nothing was written: the note ${unreadable.path} (${flag} "${text}") cannot be read as a stream, since ${unreadable.frontmatterError ?? ""}. Fix that in the note, then run the command again.` };
	return { error: `No stream note of this vault is named "${text}" (${flag}); give a stream's name or path.` };
}

// The notes `named` picks: by path first (a path is exact), else by the note's name.
function pick<T extends { path: string }>(items: readonly T[], named: { byPath(path: string): boolean; byName(path: string): boolean }): T[] {
	const byPath = items.filter((item) => named.byPath(item.path));
	return byPath.length > 0 ? byPath : items.filter((item) => named.byName(item.path));
}

function namedBy(text: string): { byPath(path: string): boolean; byName(path: string): boolean } {
	const wanted = comparable(text.trim());
	return {
		byPath: (path) => comparable(path) === wanted,
		byName: (path) => comparable(path.slice(path.lastIndexOf("/") + 1)) === wanted,
	};
}

function comparable(name: string): string {
	return name.normalize("NFC").toLowerCase().replace(/\.md$/u, "");
}
