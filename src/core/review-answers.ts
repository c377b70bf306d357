// Learnings written as answers in a review: each list item nested under a prompt
// "What did [[A]] teach [[B]] ...?" is a learning from A to B of the review's quarter. Read from
// the list items Obsidian's metadata cache already holds (their lines and parents), so the plugin
// and the CLI (which builds the same shape from the file) read the same answers.
import type { RawLearning, RawLink } from "./records";
import type { ListItemInput, NoteBody } from "./types";
import { parseWikilink } from "./wikilink";

const QUESTION = /^What did\s+(\[\[[^\]]+\]\])\s+teach\s+(\[\[[^\]]+\]\])/iu;
// A list marker (bullet or number) and an optional task checkbox.
const MARKER = /^\s*(?:[-*+]|\d{1,9}[.)])(?:\s+\[.\])?\s*/u;

/** The answers under the review's teaching prompts, as learnings of `quarter`; empty answers are prompts still open. */
export function readAnswers(body: NoteBody | undefined, quarter: string | null): RawLearning[] {
	if (!body || body.listItems.length === 0) return [];
	const lines = body.text.split(/\r?\n/u);
	const questions = new Map<number, { from: RawLink; to: RawLink }>();
	for (const item of body.listItems) {
		const match = QUESTION.exec(itemText(lines, item));
		const from = link(match?.[1]);
		const to = link(match?.[2]);
		if (from && to) questions.set(item.position.start.line, { from, to });
	}
	const out: RawLearning[] = [];
	for (const item of body.listItems) {
		const question = item.parent >= 0 ? questions.get(item.parent) : undefined;
		if (!question) continue;
		const text = itemText(lines, item);
		if (text !== "") out.push({ from: question.from, to: question.to, text, date: null, quarter });
	}
	return out;
}

/** An item's own text: its lines without the list marker, joined by spaces (children are separate items). */
function itemText(lines: readonly string[], item: ListItemInput): string {
	const { start, end } = item.position;
	const own = lines.slice(start.line, Math.max(start.line, end.line) + 1).map((line) => line.trim());
	own[0] = (lines[start.line] ?? "").replace(MARKER, "").trim();
	return own.join(" ").trim();
}

function link(written: string | undefined): RawLink | null {
	if (written === undefined) return null;
	const parsed = parseWikilink(written);
	return parsed ? { written, linkpath: parsed.linkpath } : null;
}
