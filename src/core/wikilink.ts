// Reading the links people put in list properties: "[[Name]]", "[[Folder/Name#Heading|alias]]", or a bare name.
import { describeType, describeValue } from "./describe";

/** The parts of one link: the path Obsidian resolves, the `#heading` / `#^block` part, and the alias. */
export interface ParsedLink {
	linkpath: string;
	subpath: string | null;
	alias: string | null;
}

/** Parses `[[Name]]`, `[[Folder/Name]]`, `[[Name|alias]]`, `[[Name#heading]]`, `[[Name.md]]` or a bare `Name`; null when empty, malformed or across a line break. */
export function parseWikilink(text: string): ParsedLink | null {
	let inner = text.trim();
	// Obsidian's links end at a line break: one inside is no link (link-names.ts says so of such a note).
	if (/[\r\n]/u.test(inner)) return null;
	if (inner.startsWith("!")) inner = inner.slice(1);
	if (inner.startsWith("[[")) {
		if (!inner.endsWith("]]")) return null;
		inner = inner.slice(2, -2);
	} else if (inner.includes("[[") || inner.includes("]]")) {
		return null;
	}
	let alias: string | null = null;
	const bar = inner.indexOf("|");
	if (bar >= 0) {
		alias = inner.slice(bar + 1).trim() || null;
		inner = inner.slice(0, bar);
	}
	let subpath: string | null = null;
	const hash = inner.indexOf("#");
	if (hash >= 0) {
		subpath = inner.slice(hash).trim();
		if (subpath === "#") subpath = null;
		inner = inner.slice(0, hash);
	}
	const linkpath = inner.trim();
	if (linkpath === "" || linkpath.includes("[") || linkpath.includes("]")) return null;
	return { linkpath, subpath, alias };
}

/** Items of a list-of-links property, as written; `problem` is set when some or all of the value is not text. */
export interface LinkList {
	items: string[];
	problem: string | null;
}

const EMPTY_LIST: LinkList = { items: [], problem: null };
const MANY_LINKS = /\[\[[^\]]*\]\]/gu;

/**
 * Splits a list property into its links as written: a YAML list of text, one text holding one link or
 * several `[[...]]`, or the nested list YAML makes of an unquoted `- [[Name]]`.
 */
export function splitLinkList(value: unknown): LinkList {
	if (value === null || value === undefined) return EMPTY_LIST;
	if (typeof value === "string") return { items: splitText(value), problem: null };
	if (!Array.isArray(value)) return { items: [], problem: `${describeValue(value)} is ${describeType(value)}, not a list of links.` };
	const items: string[] = [];
	const rejected: unknown[] = [];
	for (const element of value as unknown[]) {
		if (typeof element === "string") {
			items.push(...splitText(element));
			continue;
		}
		// YAML reads an unquoted `[[Name]]` as a list inside a list: the intent is still clear.
		const unquoted = unquotedLink(element);
		if (unquoted !== null) items.push(`[[${unquoted}]]`);
		else if (element !== null && element !== undefined) rejected.push(element);
	}
	if (rejected.length === 0) return { items, problem: null };
	const shown = rejected.map((item) => describeValue(item)).join(", ");
	return { items, problem: `${shown} ${rejected.length === 1 ? "is" : "are"} not a link; write each item as "[[Note name]]".` };
}

function splitText(text: string): string[] {
	const trimmed = text.trim();
	if (trimmed === "") return [];
	const links = trimmed.match(MANY_LINKS);
	if (links && links.length > 1) return links;
	return [trimmed];
}

// `funds: [[A]]` parses as [["A"]] and `- [[A]]` as [[["A"]]]: one string wrapped once or twice.
function unquotedLink(value: unknown): string | null {
	if (!Array.isArray(value) || value.length !== 1) return null;
	const inner: unknown = value[0];
	if (typeof inner === "string") return inner;
	if (Array.isArray(inner) && inner.length === 1 && typeof inner[0] === "string") return inner[0];
	return null;
}
