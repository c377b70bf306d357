// Writing names and free text into generated Markdown so that they stay text: a `|` cannot split
// a table cell, `]]` cannot close a link early, a newline cannot start a heading or a list.
import { unlinkableMark } from "./link-names";
import type { Stream } from "./types";


/** Text on one line: every run of line breaks and tabs becomes one space. */
export function oneLine(text: string): string {
	return text.replace(/[\r\n\t\u2028\u2029]+/g, " ").trim();
}

/** Free text made inert for Markdown: characters that start syntax are backslash-escaped. */
export function escapeMarkdown(text: string): string {
	// `%%` opens an Obsidian comment; a lone `%` is harmless and stays readable.
	return oneLine(text).replace(/[\\`*_[\]<>|#^~=$!]/g, "\\$&").replace(/%%/g, "%\\%");
}

/** A wikilink to a note, or escaped plain text when the link text would break the link. */
export function wikilink(linktext: string): string {
	// `[` and `]` alone do not end a link but would read oddly inside one: kept out as before.
	return unlinkableMark(linktext) !== null || /[[\]]/u.test(linktext) ? escapeMarkdown(linktext) : `[[${linktext}]]`;
}

/** A cell of a Markdown table: pipes escaped so they cannot start a new column. */
export function tableCell(text: string): string {
	return oneLine(text).replace(/\|/g, "\\|");
}

/**
 * The shortest link text naming a stream unambiguously among all streams: its name, or its path
 * without `.md` when another stream shares the name (Obsidian matches names case-insensitively).
 */
export function streamLinktext(stream: Pick<Stream, "name" | "path">, all: readonly Pick<Stream, "name" | "path">[]): string {
	const lower = stream.name.toLowerCase();
	const clash = all.some((other) => other.path !== stream.path && other.name.toLowerCase() === lower);
	return clash ? stream.path.replace(/\.md$/i, "") : stream.name;
}
