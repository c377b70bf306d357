// Reading a quarterly review note into a ReviewRecord: its quarter, actuals and learnings.
import { describeValue } from "./describe";
import { readList, readNumberField } from "./fields";
import { propertyIssue } from "./issues";
import { readLearning } from "./learnings";
import { readEnergy } from "./measure-fields";
import { parseQuarter } from "./quarter";
import { readAnswers } from "./review-answers";
import type { RawActual, RawLearning, ReviewRecord } from "./records";
import { basename } from "./read-stream";
import type { Issue, NoteBody, PortfolioSettings } from "./types";
import { parseWikilink, splitLinkList } from "./wikilink";

/**
 * A review's quarter (from `quarter`, else the file name), draft mark, actuals, and learnings: those
 * of the `learnings` property, then the answers written under its teaching prompts (`body`).
 */
export function readReview(path: string, frontmatter: Record<string, unknown>, settings: PortfolioSettings, diagnostics: Issue[], body?: NoteBody): ReviewRecord {
	const quarter = readQuarter(path, frontmatter.quarter, diagnostics);
	const actuals: RawActual[] = [];
	for (const item of readList(frontmatter.actuals, "actuals", path, diagnostics, "a list of actuals")) {
		const actual = readActual(item, path, diagnostics);
		if (actual) actuals.push(actual);
	}
	const learnings: RawLearning[] = [];
	for (const item of readList(frontmatter.learnings, "learnings", path, diagnostics, "a list of learnings")) {
		const reading = readLearning(item, { inStream: false, reviewQuarter: quarter, fiscalYearStartMonth: settings.fiscalYearStartMonth });
		if (reading.learning) learnings.push(reading.learning);
		else diagnostics.push(propertyIssue("invalid-learning", path, "learnings", reading.problem));
	}
	learnings.push(...readAnswers(body, quarter));
	return { kind: "review", path, quarter, draft: readDraft(frontmatter.draft), actuals, learnings, diagnostics };
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

function readActual(item: unknown, path: string, diagnostics: Issue[]): RawActual | null {
	if (typeof item !== "object" || item === null || Array.isArray(item) || item instanceof Date) {
		diagnostics.push(propertyIssue("invalid-type", path, "actuals", `${describeValue(item)} is not an actual; write {stream: "[[Stream]]", hours-per-week: 20, income: 5000}.`));
		return null;
	}
	const fields = item as Record<string, unknown>;
	const links = splitLinkList(fields.stream);
	const written = links.items.length === 1 && links.problem === null ? links.items[0] : undefined;
	const parsed = written === undefined ? null : parseWikilink(written);
	if (written === undefined || parsed === null) {
		diagnostics.push(propertyIssue("invalid-type", path, "actuals", `${describeValue(item)} names no stream; give it stream: "[[Stream]]".`));
		return null;
	}
	return {
		stream: { written, linkpath: parsed.linkpath },
		hoursPerWeek: readNumberField(fields, "hours-per-week", "hours", path, diagnostics),
		income: readNumberField(fields, "income", "amount", path, diagnostics),
		energy: readEnergy(fields, path, diagnostics),
	};
}
