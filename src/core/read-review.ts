// Reading a quarterly review note into a ReviewRecord: its quarter, actuals and learnings.
import { describeValue } from "./describe";
import { propertyIssue } from "./issues";
import { PropertyLookup } from "./property-lookup";
import { nameIssues, readItems, readLearnings, readTable, type ReadContext } from "./property-readers";
import { ACTUAL_PROPERTIES, ACTUAL_PROPERTY_NAMES, REVIEW_PROPERTIES, REVIEW_PROPERTY_NAMES } from "./property-table";
import { parseQuarter } from "./quarter";
import { readAnswers } from "./review-answers";
import type { RawActual, ReviewRecord } from "./records";
import { basename, readContext } from "./read-stream";
import type { ReadingSettings } from "./reading-settings";
import type { Issue, NoteBody } from "./types";
import { parseWikilink, splitLinkList } from "./wikilink";

/**
 * A review's quarter (from `quarter`, else the file name), draft mark, actuals, and learnings: those
 * of the `learnings` property, then the answers written under its teaching prompts (`body`).
 */
export function readReview(path: string, frontmatter: Record<string, unknown>, settings: ReadingSettings, diagnostics: Issue[], body?: NoteBody): ReviewRecord {
	const lookup = new PropertyLookup(frontmatter);
	const names = REVIEW_PROPERTIES;
	const quarter = readQuarter(path, lookup.get(names.quarter.name), diagnostics);
	const base = readContext(path, settings, diagnostics, false, quarter);
	const actuals: RawActual[] = [];
	const actualsCtx = { ...base, property: names.actuals.name };
	for (const item of readItems(lookup.get(names.actuals.name), actualsCtx, "a list of actuals")) {
		const actual = readActual(item, actualsCtx);
		if (actual) actuals.push(actual);
	}
	const learnings = readLearnings(lookup.get(names.learnings.name), { ...base, property: names.learnings.name });
	learnings.push(...readAnswers(body, quarter));
	diagnostics.push(...nameIssues(lookup, REVIEW_PROPERTY_NAMES, path));
	return { kind: "review", path, quarter, draft: readDraft(lookup.get(names.draft.name)), actuals, learnings, diagnostics };
}

// The Properties view writes a checkbox as YAML true/false; a hand-written "yes" means the same.
function readDraft(value: unknown): boolean {
	return value === true || (typeof value === "string" && /^\s*(?:true|yes)\s*$/iu.test(value));
}

function readQuarter(path: string, value: unknown, diagnostics: Issue[]): string | null {
	const fromName = parseQuarter(basename(path));
	if (value === null || value === undefined || value === "") {
		if (fromName === null) diagnostics.push(noQuarter(path));
		return fromName;
	}
	const fromProperty = typeof value === "string" || typeof value === "number" ? parseQuarter(String(value)) : null;
	if (fromProperty !== null) return fromProperty;
	diagnostics.push(propertyIssue("invalid-quarter", path, "quarter", `${describeValue(value)} is not a quarter; write it like 2026-Q3.`));
	if (fromName === null) diagnostics.push(noQuarter(path));
	return fromName;
}

function noQuarter(path: string): Issue {
	return propertyIssue("review-without-quarter", path, "quarter", "this review names no quarter; set quarter to a value like 2026-Q3 or put it in the file name.");
}

function readActual(item: unknown, ctx: ReadContext): RawActual | null {
	const { path, out } = ctx;
	if (typeof item !== "object" || item === null || Array.isArray(item) || item instanceof Date) {
		out.push(propertyIssue("invalid-type", path, "actuals", `${describeValue(item)} is not an actual; write {stream: "[[Stream]]", hours-per-week: 20, income: 5000}.`));
		return null;
	}
	const lookup = new PropertyLookup(item as Record<string, unknown>);
	const links = splitLinkList(lookup.get(ACTUAL_PROPERTIES.stream.name));
	const written = links.items.length === 1 && links.problem === null ? links.items[0] : undefined;
	const parsed = written === undefined ? null : parseWikilink(written);
	if (written === undefined || parsed === null) {
		out.push(propertyIssue("invalid-type", path, "actuals", `${describeValue(item)} names no stream; give it stream: "[[Stream]]".`));
		return null;
	}
	out.push(...nameIssues(lookup, ACTUAL_PROPERTY_NAMES, path));
	const { stream: _stream, ...values } = readTable(ACTUAL_PROPERTIES, lookup, ctx);
	return { ...values, stream: { written, linkpath: parsed.linkpath } };
}
