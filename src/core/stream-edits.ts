// The edits the write commands make to a note, the same for the plugin and the CLI: which list gets
// which item, and the link text that names a stream from the note written into.
import { addListItem, type EditResult, type YamlParser } from "./frontmatter-edit";
import { unlinkableMark, unlinkableReason } from "./link-names";
import { streamLinktext } from "./markdown-text";
import type { DesignedEdgeType, Stream } from "./types";

/** A link to `stream` as a write stores it, or why none can be written (its name ends a link). */
export function streamLink(stream: Pick<Stream, "name" | "path">, all: readonly Pick<Stream, "name" | "path">[]): { link: string } | { refused: string } {
	const text = streamLinktext(stream, all);
	const mark = unlinkableMark(text);
	return mark === null ? { link: `[[${text}]]` } : { refused: `No link to ${stream.path} can be written: ${unlinkableReason(stream.name, mark)}.` };
}

/** The item "Link a learning" appends: `2026-08-14 [[To]]: text` in a stream note, `[[From]] -> [[To]]: text` in a review. */
export function learningItem(toLink: string, text: string, where: { date: string } | { fromLink: string }): string {
	return "date" in where ? `${where.date} ${toLink}: ${text}` : `${where.fromLink} -> ${toLink}: ${text}`;
}

/** Appends a learning to the note's `learnings`. */
export function addLearning(note: string, item: string, parse: YamlParser): EditResult {
	return addListItem(note, "learnings", item, parse);
}

/** Appends a designed edge (`funds`, `teaches`, `protects`) to the note's list of that name. */
export function addEdge(note: string, type: DesignedEdgeType, link: string, parse: YamlParser): EditResult {
	return addListItem(note, type, link, parse);
}
