// A note's frontmatter (found by the one locator) cut into lines, and one top-level key inside it,
// keeping every line's own ending so that a rebuilt note differs from the original only where we edit.
import { locateFrontmatter } from "./frontmatter-locator";

/** One line of the frontmatter with the line ending it had (`\n`, `\r\n` or "" at the end). */
export interface Line {
	content: string;
	eol: string;
}

/** A note cut into: what comes before the YAML, the YAML lines, and the closing line plus body. */
export interface FrontmatterBlock {
	/** BOM and the opening `---` line, as written. */
	head: string;
	lines: Line[];
	/** The closing `---` line and everything after it, byte for byte. */
	tail: string;
	/** The line ending new lines get: the one the opening line uses. */
	eol: string;
}

/** Where a top-level key sits: its line, the end of its value (exclusive) and the text after `:`. */
export interface KeySpan {
	index: number;
	end: number;
	/** The key line up to and including the colon, as written. */
	keyPart: string;
	/** Everything after the colon on the key line. */
	rest: string;
}

/** The frontmatter of a note, cut into lines; null when there is none; "unclosed" when `---` never closes. */
export function splitFrontmatter(text: string): FrontmatterBlock | null | "unclosed" {
	const at = locateFrontmatter(text);
	if (at === null || at === "unclosed") return at;
	const lines: Line[] = [];
	let pos = at.from;
	while (pos < at.to) {
		const nl = text.indexOf("\n", pos);
		const lineEnd = nl === -1 || nl + 1 > at.to ? at.to : nl + 1;
		const raw = text.slice(pos, lineEnd);
		const content = raw.replace(/\r?\n$/, "");
		lines.push({ content, eol: raw.slice(content.length) });
		pos = lineEnd;
	}
	return { head: text.slice(0, at.from), lines, tail: text.slice(at.to), eol: at.eol };
}

/** The note again, from its parts. */
export function joinFrontmatter(block: FrontmatterBlock): string {
	return block.head + block.lines.map((l) => l.content + l.eol).join("") + block.tail;
}

/** The line ending a note already uses, for a frontmatter we add to it. */
export function detectEol(text: string): string {
	const nl = text.indexOf("\n");
	return nl > 0 && text[nl - 1] === "\r" ? "\r\n" : "\n";
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Finds `key:` at column 0 (plain, single- or double-quoted key, any case). Returns null when absent
 * and "duplicate" when written twice (also as `Key` and `key`), which YAML readers disagree about: we do not touch that.
 */
export function findKey(lines: readonly Line[], key: string): KeySpan | null | "duplicate" {
	const k = escapeRegExp(key);
	// Case-insensitive, as the Properties view matches names: `Learnings:` is the `learnings` key.
	const re = new RegExp(`^(?:${k}|"${k}"|'${k}')[ \\t]*:(?=[ \\t]|$)`, "i");
	let found: KeySpan | null = null;
	for (let i = 0; i < lines.length; i++) {
		const m = re.exec(lines[i]?.content ?? "");
		if (!m) continue;
		if (found) return "duplicate";
		const rest = (lines[i]?.content ?? "").slice(m[0].length);
		found = { index: i, end: valueEnd(lines, i, rest), keyPart: m[0], rest };
	}
	return found;
}

// A value goes on while lines are indented, blank or comments (and `- ` items when the key line
// has no inline value); trailing blank lines and column-0 comments belong to what follows.
function valueEnd(lines: readonly Line[], index: number, rest: string): number {
	const inlineEmpty = stripComment(rest).trim() === "";
	let j = index + 1;
	while (j < lines.length) {
		const c = lines[j]?.content ?? "";
		if (c.trim() === "" || /^[ \t]/.test(c) || c.startsWith("#") || (inlineEmpty && /^-(?:[ \t]|$)/.test(c))) j++;
		else break;
	}
	while (j > index + 1) {
		const c = lines[j - 1]?.content ?? "";
		if (c.trim() === "" || c.startsWith("#")) j--;
		else break;
	}
	return j;
}

/**
 * Splits an inline value into the value and a trailing `# comment` (with its leading spaces). A `#`
 * starts a comment only after a space and outside quotes: `"a #b"` and `[" #", x]` hold no comment.
 */
export function splitInlineComment(rest: string): { value: string; comment: string } {
	const lead = /^[ \t]*/.exec(rest)?.[0] ?? "";
	const body = rest.slice(lead.length);
	let valueEndAt = body.length;
	let quote: string | null = null;
	for (let i = 0; i < body.length; i++) {
		const c = body.charAt(i);
		if (quote !== null) {
			if (quote === '"' && c === "\\") i++;
			else if (c === quote && quote === "'" && body.charAt(i + 1) === "'") i++;
			else if (c === quote) quote = null;
		} else if ((c === '"' || c === "'") && opensQuote(body, i)) {
			quote = c;
		} else if (c === "#" && (i === 0 || /[ \t]/u.test(body.charAt(i - 1)))) {
			valueEndAt = i;
			while (valueEndAt > 0 && /[ \t]/u.test(body.charAt(valueEndAt - 1))) valueEndAt--;
			break;
		}
	}
	return { value: lead + body.slice(0, valueEndAt), comment: body.slice(valueEndAt) };
}

// A quote opens a quoted scalar at the value's start or as an item of a flow list or map (after
// `[`, `{` or `,` and spaces); elsewhere (`don't`) it is a plain character.
function opensQuote(body: string, at: number): boolean {
	const before = body.slice(0, at).trimEnd();
	return before === "" || /[[{,]$/u.test(before);
}

/** The inline value without its trailing comment. */
export function stripComment(rest: string): string {
	return splitInlineComment(rest).value;
}
