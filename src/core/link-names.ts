// Names that no wikilink can reach: Obsidian ends a link's note name at `#` (a heading), `^` (a
// block), `|` (an alias) and `]]`, and `[[` opens another link. A note named `C# tutoring` is
// reached by no `[[...]]`: `[[C# tutoring]]` is note `C`, heading ` tutoring`. Readers report such
// a stream and writers never write a link to it.

const MARKS = ["[[", "]]", "#", "^", "|"] as const;

/** The first character (or pair) of `name` that ends a wikilink's note name, or null when a link can reach it. */
export function unlinkableMark(name: string): string | null {
	let first: { mark: string; at: number } | null = null;
	for (const mark of MARKS) {
		const at = name.indexOf(mark);
		if (at !== -1 && (first === null || at < first.at)) first = { mark, at };
	}
	if (first !== null) return first.mark;
	return /[\r\n]/u.test(name) ? "a line break" : null;
}

/** The sentence saying why a note cannot be linked, naming the character. */
export function unlinkableReason(name: string, mark: string): string {
	const shown = mark === "a line break" ? mark : `"${mark}"`;
	return `the name "${name}" holds ${shown}, which ends a link's note name, so no [[link]] can reach this note; rename the note without it`;
}

/**
 * The stream note, among `streams`, whose name no link can reach and which the link `written`
 * spells out in full (`[[C# tutoring]]`, `[[Streams/C# tutoring|CT]]`, a bare `C# tutoring`; names
 * compared in NFC and any case); null when there is none. Obsidian reads such a link as another
 * note plus a heading, block or alias (`[[C# tutoring]]` is note `C`), so the caller reports it
 * rather than counting it for that other note.
 */
export function unreachableTarget<T extends { name: string; path: string }>(written: string, streams: Iterable<T>): T | null {
	const inner = written.trim().replace(/^!/u, "").replace(/^\[\[/u, "").replace(/\]\]$/u, "");
	const key = (s: string): string => s.normalize("NFC").toLowerCase().trim();
	const bar = inner.lastIndexOf("|");
	const spelt = bar < 0 ? [key(inner)] : [key(inner), key(inner.slice(0, bar))];
	for (const stream of streams) {
		if (unlinkableMark(stream.name) === null) continue;
		const path = key(stream.path).replace(/\.md$/u, "");
		if (spelt.some((s) => s === key(stream.name) || s === path || path.endsWith(`/${s}`))) return stream;
	}
	return null;
}
