// Findings (about the portfolio's design) and diagnostics (about the notes), grouped by severity.
import type { Issue, Portfolio, Severity } from "../../core/types";
import { groupIssues, type IssueItem } from "./issue-groups";
import { renderIssueLine } from "./issue-line";
import { nameLookup } from "./note-link";
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
	const name = nameLookup(portfolio);
	renderGroup(el, "Findings", "The design matches the pattern: nothing to flag.", portfolio.findings, name, ctx, "pj-findings");
	renderGroup(el, "Diagnostics", "Every note reads cleanly.", portfolio.diagnostics, name, ctx, "pj-diagnostics");
}

function renderGroup(el: HTMLElement, title: string, none: string, issues: readonly Issue[], name: (path: string) => string, ctx: DashboardContext, cls: string): void {
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
		renderIssues(list, groupIssues(group), name, ctx, `${cls}:${severity}`);
	}
}

/** The first issues of a group, then a line with a button for the rest when there are many. */
function renderIssues(list: HTMLElement, items: readonly IssueItem[], name: (path: string) => string, ctx: DashboardContext, key: string): void {
	if (items.length <= LIST_LIMIT + 1) {
		for (const item of items) renderIssue(list, item, name, ctx);
		return;
	}
	for (const item of items.slice(0, LIST_LIMIT)) renderIssue(list, item, name, ctx);
	const rest = items.slice(LIST_LIMIT);
	const more = list.createEl("li", { cls: "pj-more" });
	more.createSpan({ text: `and ${rest.length} more ` });
	showAllButton(more, more, items.length, () => {
		const first = rest.map((item) => renderIssue(list, item, name, ctx))[0];
		if (!first) return null;
		first.tabIndex = -1;
		return first;
	}, key);
}

function renderIssue(list: HTMLElement, item: IssueItem, name: (path: string) => string, ctx: DashboardContext): HTMLElement {
	const code = item.kind === "single" ? item.issue.code : item.code;
	const severity = item.kind === "single" ? item.issue.severity : item.severity;
	const li = list.createEl("li", { cls: ["pj-issue", `pj-issue-${severity}`], attr: { "data-code": code } });
	renderIssueLine(li, item, name, ctx);
	return li;
}
