// Reads a vault folder from disk into the plain notes the core takes, the way Obsidian's metadata
// cache would see them. Lean on purpose: only the frontmatter block ever goes through the YAML parser.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { locateFrontmatter, noteBody } from "../core/frontmatter-locator";
import { frontmatterTags, inlineTags } from "../core/tags";
import { listItemsOf } from "./list-items";
import type { NoteInput } from "../core/types";

// Obsidian hides dot-folders (.obsidian, .trash, .git); node_modules is never a note folder.
const SKIPPED_FOLDERS = new Set(["node_modules"]);

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
	const at = locateFrontmatter(text);
	const block = at === null || at === "unclosed" ? null : at;
	const body = block === null ? noteBody(text) : text.slice(block.contentStart);
	let frontmatter: Record<string, unknown> | null = null;
	let frontmatterError: string | undefined;
	const yaml = block === null ? "" : text.slice(block.from, block.to);
	if (block !== null && yaml.trim() !== "") {
		const parsed = parseYaml(yaml, block.lineOffset);
		if (parsed.ok) frontmatter = parsed.value;
		else frontmatterError = parsed.error;
	}
	const tags = [...frontmatterTags(frontmatter), ...inlineTags(body)];
	const note: NoteInput = { path, frontmatter, tags, body: { text, listItems: listItemsOf(text) } };
	if (frontmatterError !== undefined) note.frontmatterError = frontmatterError;
	return note;
}

type YamlResult = { ok: true; value: Record<string, unknown> | null } | { ok: false; error: string };

function parseYaml(source: string, lineOffset: number): YamlResult {
	let value: unknown;
	try {
		value = parse(source);
	} catch (error) {
		return { ok: false, error: noteLines(firstLine(error instanceof Error ? error.message : String(error)), lineOffset) };
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

// The parser counts lines from the YAML's first line; people count from the note's first line,
// which is the opening fence. Shift "at line N" by the lines before the YAML.
function noteLines(message: string, lineOffset: number): string {
	return message.replace(/\bat line (\d+)/u, (_all, line: string) => `at line ${Number(line) + lineOffset}`);
}
