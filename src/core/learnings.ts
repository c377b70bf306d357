// Reading learnings: "[[To]]: text" in a stream note, "[[From]] -> [[To]]: text" in a review,
// or objects {from, to, text, date} in either. A learning that fits no form is reported, not guessed.
import { describeValue } from "./describe";
import { quarterOfDateText } from "./quarter";
import type { RawLearning, RawLink } from "./records";
import { parseWikilink } from "./wikilink";

/** Where a learning is written: a stream note (the stream is the default `from`) or a review (quarter given). */
export interface LearningContext {
	inStream: boolean;
	/** The review's quarter; stream-note learnings take the quarter of their date instead. */
	reviewQuarter: string | null;
	fiscalYearStartMonth: number;
}

/** A learning read from one list item, or the sentence saying why it could not be read. */
export type LearningReading = { learning: RawLearning; problem: null } | { learning: null; problem: string };

const DATE = /^(\d{4}-\d{2}-\d{2})\s+/u;
const LINK = String.raw`(\[\[[^\]]+\]\])`;
const ARROW = String.raw`\s*(?:->|→|=>)\s*`;
const WITH_FROM = new RegExp(`^${LINK}${ARROW}${LINK}\\s*:(.*)$`, "su");
const TO_ONLY = new RegExp(`^${LINK}\\s*:(.*)$`, "su");

/** Reads one item of a `learnings` list. */
export function readLearning(item: unknown, context: LearningContext): LearningReading {
	if (typeof item === "string") return readText(item, context);
	if (typeof item === "object" && item !== null && !Array.isArray(item)) return readObject(item as Record<string, unknown>, context);
	return fail(item, context);
}

function readText(item: string, context: LearningContext): LearningReading {
	let rest = item.trim();
	let date: string | null = null;
	const dated = DATE.exec(rest);
	if (dated) {
		date = dated[1] ?? null;
		rest = rest.slice(dated[0].length);
	}
	const both = WITH_FROM.exec(rest);
	if (both) return build(link(both[1]), link(both[2]), both[3], date, item, context);
	const toOnly = context.inStream ? TO_ONLY.exec(rest) : null;
	if (toOnly) return build(null, link(toOnly[1]), toOnly[2], date, item, context);
	return fail(item, context);
}

function readObject(item: Record<string, unknown>, context: LearningContext): LearningReading {
	const { from, to, text, date } = item;
	const fromLink = typeof from === "string" && from.trim() !== "" ? link(from.includes("[[") ? from.trim() : `[[${from.trim()}]]`) : null;
	const toLink = typeof to === "string" && to.trim() !== "" ? link(to.includes("[[") ? to.trim() : `[[${to.trim()}]]`) : null;
	const dateText = typeof date === "string" ? date.trim() : date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : null;
	if (toLink === null || typeof text !== "string" || text.trim() === "") return fail(item, context);
	if (fromLink === null && (from !== undefined && from !== null)) return fail(item, context);
	if (!context.inStream && fromLink === null) return fail(item, context);
	if (date !== undefined && date !== null && dateText === null) return fail(item, context);
	return build(fromLink, toLink, text, dateText, item, context);
}

function build(from: RawLink | null | undefined, to: RawLink | null | undefined, text: string | undefined, date: string | null, item: unknown, context: LearningContext): LearningReading {
	if (from === undefined || to === undefined || to === null || text === undefined || text.trim() === "") return fail(item, context);
	// A date that is no real day is reported wherever it is written, never kept as text.
	const dateQuarter = date === null ? null : quarterOfDateText(date, context.fiscalYearStartMonth);
	if (date !== null && dateQuarter === null) return fail(item, context);
	// A review files its learnings under its own quarter; a stream note under each learning's date.
	const quarter = context.inStream ? dateQuarter : context.reviewQuarter;
	return { learning: { from, to, text: text.trim(), date, quarter }, problem: null };
}

function link(written: string | undefined): RawLink | undefined {
	if (written === undefined) return undefined;
	const parsed = parseWikilink(written);
	return parsed ? { written: written.trim(), linkpath: parsed.linkpath } : undefined;
}

function fail(item: unknown, context: LearningContext): LearningReading {
	const form = context.inStream ? `"[[Other stream]]: what it learned", optionally after a date like 2026-08-14` : `"[[From stream]] -> [[To stream]]: what was learned"`;
	return { learning: null, problem: `${describeValue(item)} is not a learning; write it as ${form}.` };
}
