// The list items of a note's text in the shape Obsidian's metadata cache gives them
// (`CachedMetadata.listItems`, obsidian.d.ts `ListItemCache`), so the CLI reads a review's answers
// exactly as the plugin reads them from the cache. Checked against a capture of the real cache
// (tests/fixtures/list-items-obsidian.json, from the Tasks plugin's recorded data).
import type { ListItemInput } from "../core/types";

const ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(\[(.)\])?|$)/u;
const FENCE = /^[ \t]*(```|~~~)/u;

interface Open {
	item: ListItemInput;
	/** The column where the item's text starts: a line indented this far belongs to it. */
	content: number;
}

/**
 * Every list item of `text` (the whole file, frontmatter included, so lines count as Obsidian's
 * do): 0-based lines covering the item's own lines (continuations, not children), `parent` the
 * parent's start line or, at the root, minus the list's first line (-1 for a list on line 0, as
 * captured). Lists inside the frontmatter and fenced code are not lists.
 */
export function listItemsOf(text: string): ListItemInput[] {
	const lines = text.replace(/^\uFEFF/u, "").split(/\r?\n/u);
	const offsets: number[] = [];
	let offset = 0;
	for (const line of lines) {
		offsets.push(offset);
		offset += line.length + 1;
	}
	const items: ListItemInput[] = [];
	let open: Open[] = [];
	let listStart = -1;
	let blank = false;
	let fenced = false;
	const endList = (): void => {
		open = [];
		listStart = -1;
	};
	for (let i = frontmatterEnd(lines); i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (FENCE.test(line) || fenced) {
			if (FENCE.test(line)) fenced = !fenced;
			endList();
			continue;
		}
		if (line.trim() === "") {
			blank = true;
			continue;
		}
		const indent = width(/^[ \t]*/u.exec(line)?.[0] ?? "");
		const match = ITEM.exec(line);
		if (match) {
			// An item indented to an open item's text is its child; less indented, it closes it.
			while (open.length > 0 && indent < (open[open.length - 1]?.content ?? 0)) open.pop();
			const parent = open[open.length - 1]?.item;
			if (!parent && listStart < 0) listStart = i;
			const item: ListItemInput = {
				position: { start: at(i, 0, offsets), end: at(i, line.length, offsets) },
				parent: parent ? parent.position.start.line : listStart === 0 ? -1 : -listStart,
			};
			if (match[3] !== undefined) item.task = match[4];
			items.push(item);
			open.push({ item, content: indent + (match[2] ?? "-").length + 1 });
		} else {
			const innermost = open[open.length - 1];
			// A heading ends the list; other text continues the innermost item when it follows it
			// directly (a lazy continuation) or, after a blank line, when indented to its text.
			const continues = innermost !== undefined && !/^#{1,6}(\s|$)/u.test(line.trim()) && (!blank || indent >= innermost.content);
			if (continues) innermost.item.position.end = at(i, line.length, offsets);
			else endList();
		}
		blank = false;
	}
	return items;
}

function frontmatterEnd(lines: readonly string[]): number {
	if (lines[0]?.trimEnd() !== "---") return 0;
	for (let i = 1; i < lines.length; i++) if (/^(---|\.\.\.)\s*$/u.test(lines[i] ?? "")) return i + 1;
	return 0;
}

// Tabs count as four columns, as in CommonMark.
function width(indent: string): number {
	let columns = 0;
	for (const ch of indent) columns += ch === "\t" ? 4 - (columns % 4) : 1;
	return columns;
}

function at(line: number, col: number, offsets: readonly number[]): { line: number; col: number; offset: number } {
	return { line, col, offset: (offsets[line] ?? 0) + col };
}
