// Links that open a vault note. Names come from notes, so they are set as text, never as HTML.
import type { Portfolio } from "../../core/types";

/** What a link needs from the dashboard: where clicks go. */
export interface LinkTarget {
	openNote(path: string): void;
}

/** A focusable link showing `text` that opens `path` on click or Enter. */
export function renderNoteLink(parent: HTMLElement, text: string, path: string, target: LinkTarget): HTMLAnchorElement {
	const link = parent.createEl("a", {
		text,
		cls: ["pj-link", "internal-link"],
		href: "#",
		attr: { "data-path": path, "aria-label": `Open ${text}` },
	});
	link.addEventListener("click", (event) => {
		// The href only makes the anchor focusable; navigation is Obsidian's job.
		event.preventDefault();
		target.openNote(path);
	});
	return link;
}

/** The name shown for a vault path: the stream's name, else the file's basename. */
export function displayName(portfolio: Portfolio, path: string): string {
	const stream = portfolio.streams.find((s) => s.path === path);
	return stream ? stream.name : basename(path);
}

/** A lookup of display names, for sections that name many paths. */
export function nameLookup(portfolio: Portfolio): (path: string) => string {
	const names = new Map(portfolio.streams.map((s) => [s.path, s.name]));
	return (path) => names.get(path) ?? basename(path);
}

/** The file name without folders or `.md`. */
export function basename(path: string): string {
	const file = path.slice(path.lastIndexOf("/") + 1);
	return file.toLowerCase().endsWith(".md") ? file.slice(0, -3) : file;
}
