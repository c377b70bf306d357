// Pure: findings and diagnostics as a person takes them in. Many streams with the same finding
// ("taught nothing in 2026-Q3") read as one line naming them all, and the summary picks the few
// that matter most: errors, then the findings that put income or time at risk.
import type { Issue, Severity } from "../../core/types";

/** One line of a findings list: a single issue, or several of one kind about different notes. */
export type IssueItem = { kind: "single"; issue: Issue } | { kind: "group"; code: string; severity: Severity; title: string; paths: string[]; issues: Issue[] };

// Codes whose issues differ only in the stream they name, and the line that says them together.
const GROUP_TITLES: Record<string, (count: number, sample: Issue) => string> = {
	"silent-stream": (n, sample) => `${n} streams taught no other stream${quarterIn(sample.message)}`,
	"isolated-stream": (n) => `${n} streams neither fund, teach nor protect another, and nothing links to them`,
};

/** Fewer issues of a kind than this stay single lines. */
const GROUP_MIN = 3;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

// Within a severity: what threatens income or time first, then the design, then the housekeeping.
const CODE_RANK = [
	"income-concentration",
	"overload",
	"automation-exposure",
	"over-target",
	"under-target",
	"missing-review",
	"no-anchor",
	"stream-count",
	"isolated-stream",
	"targets-sum",
	"no-seed",
	"silent-stream",
];

/** The issues as list items, in their given order; kinds with a group title and 3 or more issues are merged where the first stood. */
export function groupIssues(issues: readonly Issue[]): IssueItem[] {
	const byCode = new Map<string, Issue[]>();
	for (const issue of issues) {
		if (!GROUP_TITLES[issue.code] || issue.path === null) continue;
		const key = `${issue.severity}\u0000${issue.code}`;
		byCode.set(key, [...(byCode.get(key) ?? []), issue]);
	}
	const items: IssueItem[] = [];
	const placed = new Set<string>();
	for (const issue of issues) {
		const key = `${issue.severity}\u0000${issue.code}`;
		const group = byCode.get(key);
		const title = GROUP_TITLES[issue.code];
		if (!group || !title || group.length < GROUP_MIN || issue.path === null) {
			items.push({ kind: "single", issue });
			continue;
		}
		if (placed.has(key)) continue;
		placed.add(key);
		items.push({ kind: "group", code: issue.code, severity: issue.severity, title: title(group.length, issue), paths: group.map((i) => i.path ?? ""), issues: group });
	}
	return items;
}

/** The `count` items that matter most: worst severity first, then by what the finding puts at risk. */
export function topIssues(items: readonly IssueItem[], count = 3): IssueItem[] {
	const severity = (item: IssueItem): Severity => (item.kind === "single" ? item.issue.severity : item.severity);
	const code = (item: IssueItem): string => (item.kind === "single" ? item.issue.code : item.code);
	const rank = (c: string): number => {
		const at = CODE_RANK.indexOf(c);
		return at < 0 ? CODE_RANK.length : at;
	};
	return items
		.map((item, order) => ({ item, order }))
		.sort((a, b) => SEVERITY_RANK[severity(a.item)] - SEVERITY_RANK[severity(b.item)] || rank(code(a.item)) - rank(code(b.item)) || a.order - b.order)
		.slice(0, count)
		.map(({ item }) => item);
}

/**
 * A message split around its subject, so a line can show the subject as a link without saying it
 * twice ("Research projects takes 42%" rather than "Research projects: Research projects takes 42%").
 * `subjects` are the names the note goes by (path, stream name); the first the message starts with as
 * a whole word wins ("Q" is not the subject of "Q.md: no readable quarter").
 */
export function splitSubject(message: string, subjects: readonly string[]): { subject: string; rest: string } | null {
	for (const subject of subjects) {
		if (subject === "" || !message.startsWith(subject)) continue;
		const rest = message.slice(subject.length);
		if (rest === "" || /^[\s,:;]/.test(rest)) return { subject, rest };
	}
	return null;
}

function quarterIn(message: string): string {
	const match = /\bin (\d{4}-Q[1-4])\b/.exec(message);
	return match ? ` in ${match[1]}` : "";
}
