// Building diagnostics with one message shape: "<file>, <property>: <what is wrong with the value>".
import type { Issue, Severity } from "./types";

/** A diagnostic about one property of one note. */
export function propertyIssue(code: string, path: string, property: string, problem: string, severity: Severity = "error"): Issue {
	return { code, severity, path, property, message: `${path}, ${property}: ${problem}` };
}

/** A diagnostic or finding about a note as a whole. */
export function noteIssue(code: string, severity: Severity, path: string | null, message: string): Issue {
	return { code, severity, path, message };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders issues so the list reads the same whatever order the notes came in. */
export function compareIssues(a: Issue, b: Issue): number {
	return (
		SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
		compareText(a.path ?? "", b.path ?? "") ||
		compareText(a.code, b.code) ||
		compareText(a.property ?? "", b.property ?? "") ||
		compareText(a.message, b.message)
	);
}

/** Plain code-unit order: stable across locales, unlike localeCompare. */
export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
