// Reads a vault folder from disk into the plain notes the core takes, the way Obsidian's metadata
// cache would see them. Lean on purpose: only the frontmatter block ever goes through the YAML parser.
import { readdirSync, readFileSync, realpathSync, statSync, type Stats } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { locateFrontmatter, noteBody } from "../core/frontmatter-locator";
import { frontmatterTags, inlineTags } from "../core/tags";
import { parseProperties } from "../core/yaml-problem";
import { fileErrorAdvice, fileErrorReason } from "./file-error";
import { listItemsOf } from "./list-items";
import { kindTagTest } from "../core/tag-kinds";
import { tagMentionTest, type TagMentionTest } from "../core/tag-mention";
import type { NoteBody, NoteInput, PortfolioSettings } from "../core/types";

// Obsidian hides dot-folders (.obsidian, .trash, .git); node_modules is never a note folder.
const SKIPPED_FOLDERS = new Set(["node_modules"]);

/** How readVault treats notes that cannot be ours. */
export interface ReadOptions {
	/** The test of a note's text for our tags (core/tag-mention.ts); without it, every note is read. */
	mayBeOurs?: TagMentionTest;
	/**
	 * True (default): a note that fails the test is not parsed at all, only its path is kept (links
	 * resolve to it). False: it is parsed anyway; the tests compare both ways. Either way its
	 * unreadable frontmatter is no diagnostic of ours: the Properties view shows it already.
	 */
	skip?: boolean;
	/**
	 * Whether tags include one of ours (core/tag-kinds.ts kindTagTest). With it, a note whose text names
	 * our tag only in its body is parsed only when the body has it as an inline tag: a mention in a
	 * code block or in running text makes no note ours, and its YAML need not be parsed.
	 */
	hasOurTag?: (tags: readonly string[]) => boolean;
}

/** The options the CLI reads a vault with under `settings`: notes that cannot be ours are skipped. */
export function portfolioReadOptions(settings: PortfolioSettings): ReadOptions {
	return { mayBeOurs: tagMentionTest(settings), hasOurTag: kindTagTest(settings) };
}

/**
 * Every Markdown note under `root`, sorted by vault path (forward slashes, relative to the root).
 * Symlinked folders and notes are followed as Obsidian desktop follows them; a real file reached by
 * two paths is read once, under the first path in sorted order, and `warn` says which was skipped.
 * A link back to a folder already being walked (a loop) is not entered again.
 */
export function readVault(root: string, warn: (message: string) => void = () => undefined, options: ReadOptions = {}): NoteInput[] {
	const found: { path: string; real: string; file: string }[] = [];
	const realRoot = realpathSync(root);
	walk({ folder: root, real: realRoot, prefix: "" }, found, new Set([realRoot]));
	found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	const seen = new Map<string, string>();
	const notes: NoteInput[] = [];
	for (const entry of found) {
		const first = seen.get(entry.real);
		if (first !== undefined) {
			warn(`The note ${entry.path} is the same file as ${first} (a symlink); it is read once, as ${first}.`);
			continue;
		}
		seen.set(entry.real, entry.path);
		const text = readOrWarn(entry, warn);
		if (text !== null) notes.push(readNoteText(entry.path, text, options));
	}
	return notes;
}

/** A folder being walked: where it is, its real path (symlinks resolved), and its vault path prefix. */
interface WalkedFolder {
	folder: string;
	real: string;
	prefix: string;
}

function walk({ folder, real, prefix }: WalkedFolder, out: { path: string; real: string; file: string }[], walking: Set<string>): void {
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const name = entry.name;
		if (name.startsWith(".")) continue;
		const full = join(folder, name);
		const linked = entry.isSymbolicLink();
		// statSync follows a symlink to what it points at; a broken link is skipped like Obsidian skips it.
		const stats = linked ? statOrNull(full) : entry;
		if (stats === null) continue;
		// Below a real folder, an entry that is no symlink has a real path known without asking the
		// disk (one realpath per file was a fifth of a large vault's read).
		const realPath = (): string => (linked ? realpathSync(full) : join(real, name));
		if (stats.isDirectory()) {
			if (SKIPPED_FOLDERS.has(name)) continue;
			const realFolder = realPath();
			if (walking.has(realFolder)) continue;
			walking.add(realFolder);
			walk({ folder: full, real: realFolder, prefix: `${prefix}${name}/` }, out, walking);
			walking.delete(realFolder);
		} else if (stats.isFile() && name.toLowerCase().endsWith(".md")) {
			// Vault paths in NFC, as Obsidian's normalizePath gives them: macOS may store `Café` decomposed.
			out.push({ path: `${prefix}${name}`.normalize("NFC"), real: realPath(), file: full });
		}
	}
}

// One note the system will not let us read is left out with a warning; the rest of the vault loads.
function readOrWarn(entry: { path: string; file: string }, warn: (message: string) => void): string | null {
	try {
		return readFileSync(entry.file, "utf8");
	} catch (error) {
		warn(`The note ${entry.path} could not be read (${fileErrorReason(error)}); it is left out.${fileErrorAdvice(error, "it", "read")}`);
		return null;
	}
}

function statOrNull(path: string): Stats | null {
	try {
		return statSync(path);
	} catch {
		return null;
	}
}

/** A note from its text, parsed only when it may be ours (tags are literal text: see tag-mention.ts). */
function readNoteText(path: string, text: string, { mayBeOurs, skip = true, hasOurTag }: ReadOptions): NoteInput {
	if (mayBeOurs === undefined || (mayBeOurs(text) && (hasOurTag === undefined || namesOurTag(text, mayBeOurs, hasOurTag)))) return parseNote(path, text);
	if (skip) return { path, frontmatter: null, tags: [] };
	const note = parseNote(path, text);
	delete note.frontmatterError;
	return note;
}

/**
 * Whether a note whose text mentions one of our tags may really be ours: its frontmatter mentions
 * one (in any of the forms YAML allows), or its body has one as an inline tag. Only the frontmatter
 * block's text is searched, and only the body's tags are read, before any YAML is parsed.
 */
function namesOurTag(text: string, mentions: TagMentionTest, hasOurTag: (tags: readonly string[]) => boolean): boolean {
	const at = locateFrontmatter(text);
	const block = at === null || at === "unclosed" ? null : at;
	if (block !== null && mentions(text.slice(block.from, block.to))) return true;
	return hasOurTag(inlineTags(block === null ? noteBody(text) : text.slice(block.contentStart)));
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
		const parsed = parseProperties(yaml, parse, block.lineOffset);
		if (parsed.ok) frontmatter = parsed.value;
		else frontmatterError = parsed.error;
	}
	const tags = [...frontmatterTags(frontmatter), ...inlineTags(body)];
	const note: NoteInput = { path, frontmatter, tags };
	// Only reviews read their list items: scan a note's lines when the core first asks, not for every note.
	let listed: NoteBody | undefined;
	Object.defineProperty(note, "body", { enumerable: true, get: () => (listed ??= { text, listItems: listItemsOf(text) }) });
	if (frontmatterError !== undefined) note.frontmatterError = frontmatterError;
	return note;
}
