// Links that open a vault note. Names come from notes, so they are set as text, never as HTML.
import { basename } from "../../core/read-stream";
import type { Portfolio } from "../../core/types";

/** What a link needs from its host: where clicks go, and (in Obsidian) the preview and the menu. */
export interface LinkTarget {
	/** Opens the note; the event says whether Mod or a middle click asked for a new tab. */
	openNote(path: string, event?: MouseEvent | KeyboardEvent): void;
	/** Shows the Page preview of the note (the `hover-link` event). */
	hoverNote?(event: MouseEvent, targetEl: HTMLElement, path: string): void;
	/** Shows the note's context menu. */
	noteMenu?(event: MouseEvent, path: string): void;
}

/** Wires a link-like element (an anchor or a graph node) to open, preview and offer a menu for `path`. */
export function wireNoteLink(el: Element, path: string, target: LinkTarget): void {
	el.addEventListener("click", (event) => {
		// Opening the note is ours alone, so the click stops here rather than reaching a rendered
		// note's own link handling.
		event.preventDefault();
		event.stopPropagation();
		target.openNote(path, event as MouseEvent);
	});
	// A middle click never fires "click": it arrives as auxclick, and opens a new tab as in Obsidian.
	el.addEventListener("auxclick", (event) => {
		if ((event as MouseEvent).button !== 1) return;
		event.preventDefault();
		target.openNote(path, event as MouseEvent);
	});
	el.addEventListener("mouseover", (event) => target.hoverNote?.(event as MouseEvent, el as HTMLElement, path));
	el.addEventListener("contextmenu", (event) => {
		if (!target.noteMenu) return;
		event.stopPropagation();
		target.noteMenu(event as MouseEvent, path);
	});
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
	// The href only makes the anchor focusable (Enter on it fires click).
	wireNoteLink(link, path, target);
	return link;
}

/** A lookup of display names (a stream's name, else the file's basename), for sections that name many paths. */
export function nameLookup(portfolio: Portfolio): (path: string) => string {
	const names = new Map(portfolio.streams.map((s) => [s.path, s.name]));
	return (path) => names.get(path) ?? basename(path);
}
