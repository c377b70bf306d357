// A stream named on the command line: by its note's path (with or without `.md`) or by its name,
// compared as links compare names (NFC, any case).
import type { Portfolio, Stream } from "../../core/types";

/** The stream `text` names, or the one line saying why none or several match. */
export function findStream(portfolio: Portfolio, text: string, flag: string): { stream: Stream } | { error: string } {
	const wanted = text.trim().normalize("NFC").toLowerCase().replace(/\.md$/u, "");
	const byPath = portfolio.streams.filter((s) => s.path.normalize("NFC").toLowerCase().replace(/\.md$/u, "") === wanted);
	const matches = byPath.length > 0 ? byPath : portfolio.streams.filter((s) => s.name.normalize("NFC").toLowerCase() === wanted);
	if (matches.length === 1 && matches[0]) return { stream: matches[0] };
	if (matches.length > 1) return { error: `${flag} "${text}" names ${matches.length} streams (${matches.map((s) => s.path).join(", ")}); give the note's path.` };
	return { error: `${flag} "${text}" is no stream note of this vault; give a stream's name or path.` };
}
