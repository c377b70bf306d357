// Surgical edits of a note's frontmatter: change one key's lines and keep every other byte
// (comments, quoting, list styles, line endings, BOM, the body). Each result is checked by
// parsing the old and the new YAML; when only the intended key did not change as intended, the
// edit is refused and the caller falls back to FileManager.processFrontMatter.
import { detectEol, findKey, joinFrontmatter, splitFrontmatter, splitInlineComment, stripComment, type FrontmatterBlock, type Line } from "./frontmatter-block";
import { keyAsWritten } from "./property-lookup";
import { normalizeTag } from "./tags";
import { parseProperties, type YamlParser } from "./yaml-problem";
import { formatYamlScalar } from "./yaml-quote";

export type { YamlParser } from "./yaml-problem";

/** What an edit did: the new text, or why it cannot be done surgically. */
export type EditResult =
	| { ok: true; text: string; changed: boolean }
	| { ok: false; reason: "invalid-yaml" | "unsupported"; detail: string };

/** The parsed frontmatter of a note: {} when there is none, or why it cannot be read. */
export type ParsedFrontmatter = { ok: true; data: Record<string, unknown> } | { ok: false; reason: "invalid-yaml" | "unsupported"; detail: string };

/** Reads a note's frontmatter with the given parser, without changing anything. */
export function parseFrontmatter(text: string, parse: YamlParser): ParsedFrontmatter {
	const block = splitFrontmatter(text);
	if (block === null) return { ok: true, data: {} };
	if (block === "unclosed") return { ok: false, reason: "unsupported", detail: "the frontmatter opens with --- but never closes" };
	return parseLines(block.lines, parse);
}

/** Appends `item` to the list under `key` (block or flow list, or a new key); no-op when present. */
export function addListItem(text: string, key: string, item: string, parse: YamlParser): EditResult {
	return edit(text, key, parse, (old) => (Array.isArray(old) ? [...(old as unknown[]), item] : [item]), (old) => Array.isArray(old) && old.includes(item), (block) => insertListItem(block, key, item));
}

/** Sets `key` to a scalar (null removes the key); other keys and the body stay as written. */
export function setScalar(text: string, key: string, value: string | number | null, parse: YamlParser): EditResult {
	return edit(text, key, parse, () => value ?? undefined, (old) => (value === null ? old === undefined : deepEqual(old, value)), (block) => replaceScalar(block, key, value));
}

/**
 * Replaces the list under `key` with `items` (null removes the key): the old key goes, then each item
 * is appended, so only the edits above touch the text. The list moves to the end of the block and
 * comments inside the old list go with it.
 */
export function setList(text: string, key: string, items: readonly string[] | null, parse: YamlParser): EditResult {
	let result = setScalar(text, key, null, parse);
	for (const item of items ?? []) {
		if (!result.ok) return result;
		const next = addListItem(result.text, key, item, parse);
		result = next.ok ? { ...next, changed: true } : next;
	}
	return result;
}

/** Adds `tag` to `tags` unless the note already has it there (any case, with or without `#`). */
export function ensureTag(text: string, tag: string, parse: YamlParser): EditResult {
	const parsed = parseFrontmatter(text, parse);
	if (!parsed.ok) return parsed;
	const wanted = normalizeTag(tag);
	for (const name of ["tags", "tag"]) {
		const { key, twice } = keyAsWritten(parsed.data, name);
		if (twice) return { ok: false, reason: "unsupported", detail: `${name} is written twice, in different cases` };
		const value = key === null ? undefined : parsed.data[key];
		const list = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,\s]+/) : [];
		if (list.some((t) => typeof t === "string" && normalizeTag(t) === wanted)) return { ok: true, text, changed: false };
	}
	const tagsKey = keyAsWritten(parsed.data, "tags").key;
	const tags = tagsKey === null ? undefined : parsed.data[tagsKey];
	if (tags !== undefined && tags !== null && !Array.isArray(tags)) {
		return { ok: false, reason: "unsupported", detail: "tags is not a list" };
	}
	return addListItem(text, "tags", tag, parse);
}

type Rewrite = (block: FrontmatterBlock) => Line[] | string;

function edit(text: string, key: string, parse: YamlParser, expected: (old: unknown) => unknown, already: (old: unknown) => boolean, rewrite: Rewrite): EditResult {
	const split = splitFrontmatter(text);
	if (split === "unclosed") return { ok: false, reason: "unsupported", detail: "the frontmatter opens with --- but never closes" };
	const eol = split ? split.eol : detectEol(text);
	const block: FrontmatterBlock = split ?? { head: `${text.startsWith("\uFEFF") ? "\uFEFF" : ""}---${eol}`, lines: [], tail: `---${eol}${text.replace(/^\uFEFF/, "")}`, eol };
	const before = parseLines(block.lines, parse);
	if (!before.ok) return before;
	// The key as the note spells it (`Learnings`), since the Properties view shows one property for any case.
	const written = keyAsWritten(before.data, key);
	if (written.twice) return { ok: false, reason: "unsupported", detail: `${key} is written twice, in different cases` };
	const actual = written.key ?? key;
	const old = before.data[actual];
	if (already(old)) return { ok: true, text, changed: false };
	const lines = rewrite(block);
	if (typeof lines === "string") return { ok: false, reason: "unsupported", detail: lines };
	const after = parseLines(lines, parse);
	if (!after.ok || !onlyKeyChanged(before.data, after.data, actual, expected(old))) {
		return { ok: false, reason: "unsupported", detail: `a surgical edit of ${key} would change more than ${key}` };
	}
	return { ok: true, text: joinFrontmatter({ ...block, lines }), changed: true };
}

function parseLines(lines: readonly Line[], parse: YamlParser): ParsedFrontmatter {
	// The YAML starts on the note's second line, after the opening fence.
	const parsed = parseProperties(lines.map((l) => l.content).join("\n"), parse, 1);
	return parsed.ok ? { ok: true, data: parsed.value ?? {} } : { ok: false, reason: "invalid-yaml", detail: parsed.error };
}

function onlyKeyChanged(before: Record<string, unknown>, after: Record<string, unknown>, key: string, expected: unknown): boolean {
	const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
	for (const k of keys) {
		if (k === key) continue;
		if (!deepEqual(before[k], after[k])) return false;
	}
	return expected === undefined ? !(key in after) : deepEqual(after[key], expected);
}

/** Structural equality of parsed YAML values (plain objects, arrays, dates, scalars). */
function deepEqual(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
	if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a);
	const kb = Object.keys(b);
	if (ka.length !== kb.length) return false;
	return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function insertListItem(block: FrontmatterBlock, key: string, item: string): Line[] | string {
	const lines = block.lines.slice();
	const eol = block.eol;
	const value = formatYamlScalar(item);
	const span = findKey(lines, key);
	if (span === "duplicate") return `${key} is written twice`;
	if (span === null) {
		return [...lines, { content: `${key}:`, eol }, { content: `  - ${value}`, eol }];
	}
	const inline = stripComment(span.rest).trim();
	// `key: ~` or `key: null` is an empty list written as "no value": the item becomes its first row.
	if (/^(?:~|null|Null|NULL)$/u.test(inline) && span.end === span.index + 1) {
		const { comment } = splitInlineComment(span.rest);
		lines.splice(span.index, 1, { content: `${span.keyPart}${comment}`, eol }, { content: `  - ${value}`, eol: lines[span.index]?.eol ?? eol });
		return lines;
	}
	if (inline.startsWith("[") && !inline.endsWith("]")) return insertIntoLongFlowList(lines, span.index, value, eol);
	if (inline === "") {
		const items: number[] = [];
		for (let i = span.index + 1; i < span.end; i++) if (/^[ \t]*-(?:[ \t]|$)/.test(lines[i]?.content ?? "")) items.push(i);
		if (span.end > span.index + 1 && items.length === 0) return `${key} holds something other than a list`;
		const indent = items.length > 0 ? (/^[ \t]*/.exec(lines[items[0] ?? 0]?.content ?? "")?.[0] ?? "") : "  ";
		const at = span.end;
		// The line before the insertion point may be the note's last YAML line: it always has an
		// ending, because the closing --- follows it.
		lines.splice(at, 0, { content: `${indent}- ${value}`, eol });
		return lines;
	}
	if (inline.startsWith("[") && inline.endsWith("]")) {
		const line = lines[span.index];
		if (!line) return "key line missing";
		const { value: inlineValue, comment } = splitInlineComment(span.rest);
		const close = inlineValue.lastIndexOf("]");
		const open = inlineValue.indexOf("[");
		const inner = inlineValue.slice(open + 1, close);
		const newInner = inner.trim() === "" ? value : `${inner.trimEnd()}, ${value}${inner.slice(inner.trimEnd().length)}`;
		lines[span.index] = { content: span.keyPart + inlineValue.slice(0, open + 1) + newInner + inlineValue.slice(close) + comment, eol: line.eol };
		return lines;
	}
	return `${key} is not written as a list`;
}

function replaceScalar(block: FrontmatterBlock, key: string, value: string | number | null): Line[] | string {
	const lines = block.lines.slice();
	const span = findKey(lines, key);
	if (span === "duplicate") return `${key} is written twice`;
	if (span === null) {
		if (value === null) return lines;
		return [...lines, { content: `${key}: ${formatYamlScalar(value)}`, eol: block.eol }];
	}
	if (value === null) {
		lines.splice(span.index, span.end - span.index);
		return lines;
	}
	const line = lines[span.index];
	if (!line) return "key line missing";
	const { value: old, comment } = splitInlineComment(span.rest);
	const single = span.end === span.index + 1 && !/^\s*[[{|>&*!]/.test(old) && old.trim() !== "";
	const lead = single ? (/^[ \t]*/.exec(old)?.[0] ?? " ") : " ";
	const content = `${span.keyPart}${lead || " "}${formatYamlScalar(value)}${single ? comment : ""}`;
	lines.splice(span.index, span.end - span.index, { content, eol: lines[span.end - 1]?.eol ?? line.eol });
	return lines;
}

// A flow list over several lines (`key: [` ... `]`): the item goes before the closing `]`, on a row
// of its own indented as the row above when `]` stands alone, else after the last item on that line.
function insertIntoLongFlowList(lines: Line[], keyIndex: number, value: string, eol: string): Line[] | string {
	let close = -1;
	for (let i = keyIndex + 1; i < lines.length && close < 0; i++) if (stripComment(lines[i]?.content ?? "").trimEnd().endsWith("]")) close = i;
	const closing = lines[close];
	if (closing === undefined) return "the list's closing ] was not found";
	const { value: text, comment } = splitInlineComment(closing.content);
	const at = text.lastIndexOf("]");
	const before = text.slice(0, at).trimEnd();
	if (before.trim() !== "") {
		lines[close] = { content: `${before}, ${value}${text.slice(at)}${comment}`, eol: closing.eol };
		return lines;
	}
	const last = lines[close - 1];
	if (last === undefined || close - 1 === keyIndex) return "the list's items were not found";
	const { value: lastText, comment: lastComment } = splitInlineComment(last.content);
	const trimmed = lastText.trimEnd();
	const comma = trimmed.endsWith(",") || trimmed.endsWith("[") ? "" : ",";
	lines[close - 1] = { content: `${trimmed}${comma}${lastComment}`, eol: last.eol };
	const indent = /^[ \t]*/u.exec(lastText)?.[0] ?? "  ";
	lines.splice(close, 0, { content: `${indent}${value}`, eol });
	return lines;
}
