// Findings (about the portfolio's design) and diagnostics (about the notes), grouped by severity.
import type { Issue, Portfolio, Severity } from "../../core/types";
import { basename } from "../../core/read-stream";
import { renderNoteLink } from "./note-link";
import type { DashboardContext } from "./render-dashboard";
import { sectionFrame } from "./section-frame";
import { LIST_LIMIT, showAllButton } from "./show-more";

const SEVERITIES: ReadonlyArray<readonly [Severity, string]> = [
	["error", "Errors"],
	["warning", "Warnings"],
	["info", "Notes"],
];

/** Renders both lists; each issue shows its message and a link to the note it is about. */
export function renderFindings(el: HTMLElement, portfolio: Portfolio, ctx: DashboardContext): void {
	sectionFrame(el, "findings", "Findings and diagnostics");
	renderGroup(el, "Findings", "The design matches the pattern: nothing to flag.", portfolio.findings, ctx, "pj-findings");
	renderGroup(el, "Diagnostics", "Every note reads cleanly.", portfolio.diagnostics, ctx, "pj-diagnostics");
}

function renderGroup(el: HTMLElement, title: string, none: string, issues: readonly Issue[], ctx: DashboardContext, cls: string): void {
	const box = el.createDiv({ cls: ["pj-issues", cls] });
	box.createEl("h4", { text: `${title} (${issues.length})`, cls: "pj-subtitle" });
	if (issues.length === 0) {
		box.createEl("p", { text: none, cls: "pj-empty" });
		return;
	}
	for (const [severity, label] of SEVERITIES) {
		const group = issues.filter((i) => i.severity === severity);
		if (group.length === 0) continue;
		const block = box.createDiv({ cls: ["pj-severity", `pj-severity-${severity}`] });
		block.createEl("h5", { text: `${label} (${group.length})`, cls: "pj-severity-title" });
		const list = block.createEl("ul", { cls: "pj-issue-list" });
		renderIssues(list, group, ctx, `${cls}:${severity}`);
	}
}

/** The first issues of a group, then a line with a button for the rest when there are many. */
function renderIssues(list: HTMLElement, issues: readonly Issue[], ctx: DashboardContext, key: string): void {
	if (issues.length <= LIST_LIMIT + 1) {
		for (const issue of issues) renderIssue(list, issue, ctx);
		return;
	}
	for (const issue of issues.slice(0, LIST_LIMIT)) renderIssue(list, issue, ctx);
	const rest = issues.slice(LIST_LIMIT);
	const more = list.createEl("li", { cls: "pj-more" });
	more.createSpan({ text: `and ${rest.length} more ` });
	showAllButton(more, more, issues.length, () => {
		const first = rest.map((issue) => renderIssue(list, issue, ctx))[0];
		if (!first) return null;
		first.tabIndex = -1;
		return first;
	}, key);
}

function renderIssue(list: HTMLElement, issue: Issue, ctx: DashboardContext): HTMLElement {
	const item = list.createEl("li", { cls: ["pj-issue", `pj-issue-${issue.severity}`], attr: { "data-code": issue.code } });
	if (issue.path !== null) {
		renderNoteLink(item, basename(issue.path), issue.path, ctx);
		item.append(": ");
	}
	item.createSpan({ text: issue.message, cls: "pj-issue-message" });
	return item;
}
