// Reads a vault folder from disk into the plain notes the core takes, the way Obsidian's metadata
// cache would see them. Lean on purpose: only the frontmatter block ever goes through the YAML parser.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { frontmatterTags, inlineTags } from "../core/tags";
import { listItemsOf } from "./list-items";
import type { NoteInput } from "../core/types";

// Obsidian hides dot-folders (.obsidian, .trash, .git); node_modules is never a note folder.
const SKIPPED_FOLDERS = new Set(["node_modules"]);

/** A note's text cut into its frontmatter source (null when it has none) and its body. */
export interface SplitNote {
	yaml: string | null;
	body: string;
}

/** Every Markdown note under `root`, sorted by vault path (forward slashes, relative to the root). */
export function readVault(root: string): NoteInput[] {
	const notes: NoteInput[] = [];
	walk(root, "", notes);
	notes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return notes;
}

function walk(folder: string, prefix: string, out: NoteInput[]): void {
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const name = entry.name;
		if (name.startsWith(".")) continue;
		if (entry.isDirectory()) {
			if (!SKIPPED_FOLDERS.has(name)) walk(join(folder, name), `${prefix}${name}/`, out);
		} else if (entry.isFile() && name.toLowerCase().endsWith(".md")) {
			out.push(parseNote(`${prefix}${name}`, readFileSync(join(folder, name), "utf8")));
		}
	}
}

/** One note from its text: frontmatter parsed with `yaml`, tags from the frontmatter and the body, list items as Obsidian caches them. */
export function parseNote(path: string, text: string): NoteInput {
	const { yaml, body } = splitNote(text);
	let frontmatter: Record<string, unknown> | null = null;
	let frontmatterError: string | undefined;
	if (yaml !== null && yaml.trim() !== "") {
		const parsed = parseYaml(yaml);
		if (parsed.ok) frontmatter = parsed.value;
		else frontmatterError = parsed.error;
	}
	const tags = [...frontmatterTags(frontmatter), ...inlineTags(body)];
	const note: NoteInput = { path, frontmatter, tags, body: { text, listItems: listItemsOf(text) } };
	if (frontmatterError !== undefined) note.frontmatterError = frontmatterError;
	return note;
}

/**
 * Splits a note as Obsidian does: a frontmatter opens with `---` on the very first line (after a
 * BOM) and closes at the next `---` or `...` line; any later `---` is body. Unclosed = no frontmatter.
 */
export function splitNote(raw: string): SplitNote {
	let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
	if (text.includes("\r")) text = text.replace(/\r\n?/gu, "\n");
	const firstEnd = text.indexOf("\n");
	if (firstEnd < 0 || text.slice(0, firstEnd).trimEnd() !== "---") return { yaml: null, body: text };
	let lineStart = firstEnd + 1;
	while (lineStart <= text.length) {
		const next = text.indexOf("\n", lineStart);
		const lineEnd = next < 0 ? text.length : next;
		const line = text.slice(lineStart, lineEnd).trimEnd();
		if (line === "---" || line === "...") {
			return { yaml: text.slice(firstEnd + 1, lineStart), body: next < 0 ? "" : text.slice(next + 1) };
		}
		if (next < 0) break;
		lineStart = next + 1;
	}
	return { yaml: null, body: text };
}

type YamlResult = { ok: true; value: Record<string, unknown> | null } | { ok: false; error: string };

function parseYaml(source: string): YamlResult {
	let value: unknown;
	try {
		value = parse(source);
	} catch (error) {
		return { ok: false, error: firstLine(error instanceof Error ? error.message : String(error)) };
	}
	if (value === null || value === undefined) return { ok: true, value: null };
	if (typeof value !== "object" || Array.isArray(value)) {
		const kind = Array.isArray(value) ? "a list" : `a single ${typeof value} value`;
		return { ok: false, error: `The frontmatter is ${kind}, not a set of properties (key: value lines).` };
	}
	return { ok: true, value: value as Record<string, unknown> };
}

// The yaml parser appends a code excerpt on later lines; the first line names the problem and position.
function firstLine(message: string): string {
	const end = message.indexOf("\n");
	return end < 0 ? message : message.slice(0, end);
}
