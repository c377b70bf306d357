// Links that open a vault note. Names come from notes, so they are set as text, never as HTML.
import { basename } from "../../core/read-stream";
import type { Portfolio } from "../../core/types";

/** What a link needs from the dashboard: where clicks go. */
export interface LinkTarget {
	openNote(path: string): void;
}

/** A focusable link showing `text` that opens `path` on click or Enter. */
export function renderNoteLink(parent: HTMLElement, text: string, path: string, target: LinkTarget): HTMLAnchorElement {
	const link = parent.createEl("a", {
		text,
		// Not `internal-link`: inside a rendered note Obsidian would also act on that class.
		cls: "pj-link",
		href: "#",
		attr: { "data-path": path, "aria-label": `Open ${text}` },
	});
	link.addEventListener("click", (event) => {
		// The href only makes the anchor focusable; opening the note is ours alone, so the click
		// stops here rather than reaching a rendered note's own link handling.
		event.preventDefault();
		event.stopPropagation();
		target.openNote(path);
	});
	return link;
}

/** A lookup of display names (a stream's name, else the file's basename), for sections that name many paths. */
export function nameLookup(portfolio: Portfolio): (path: string) => string {
	const names = new Map(portfolio.streams.map((s) => [s.path, s.name]));
	return (path) => names.get(path) ?? basename(path);
}
