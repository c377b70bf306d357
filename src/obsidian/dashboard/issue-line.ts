// One finding or diagnostic as a line of text with links to its notes, shared by the summary and the
// findings section so that both say a finding the same way.
import { basename } from "../../core/read-stream";
import { splitSubject, type IssueItem } from "./issue-groups";
import { renderNoteLink, type LinkTarget } from "./note-link";

// A grouped line names this many notes, then says how many more.
const NAMES_SHOWN = 8;

/** Fills `el` with the item: its note as a link in place of its name, or a group's title and its notes. */
export function renderIssueLine(el: HTMLElement, item: IssueItem, name: (path: string) => string, ctx: LinkTarget): void {
	if (item.kind === "group") {
		el.append(`${item.title}: `);
		item.paths.slice(0, NAMES_SHOWN).forEach((path, i) => {
			if (i > 0) el.append(", ");
			renderNoteLink(el, name(path), path, ctx);
		});
		if (item.paths.length > NAMES_SHOWN) el.append(` and ${item.paths.length - NAMES_SHOWN} more`);
		el.append(".");
		return;
	}
	const { issue } = item;
	if (issue.path === null) {
		el.createSpan({ text: issue.message, cls: "pj-issue-message" });
		return;
	}
	const split = splitSubject(issue.message, [issue.path, name(issue.path), basename(issue.path)]);
	if (split) {
		renderNoteLink(el, split.subject, issue.path, ctx);
		el.createSpan({ text: split.rest, cls: "pj-issue-message" });
		return;
	}
	renderNoteLink(el, name(issue.path), issue.path, ctx);
	el.append(": ");
	el.createSpan({ text: issue.message, cls: "pj-issue-message" });
}
