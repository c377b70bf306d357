// What Obsidian's metadata cache knows of a note, without reading the file: the core's NoteInput,
// and the tag check the commands make.
import { getAllTags, type App, type CachedMetadata, type TFile } from "obsidian";
import { hasTag, type NoteInput } from "../core";

/**
 * One note as the core reads it, from its cached metadata (null cache = a note not indexed yet).
 * `text`, when known, comes with the cache's list items: a review's answers are read from both.
 * `problem`, when the caller read the text of a note whose block Obsidian could not read, is what
 * our parser says of that block (core/yaml-problem.ts): the same line the CLI gives.
 */
export function toNoteInput(file: TFile, cache: CachedMetadata | null, text?: string, problem?: string | null): NoteInput {
	if (!cache) return { path: file.path, frontmatter: null, tags: [] };
	const input: NoteInput = {
		path: file.path,
		frontmatter: cache.frontmatter ?? null,
		// getAllTags merges frontmatter and inline tags the way Obsidian's tag pane counts them.
		tags: getAllTags(cache) ?? [],
	};
	// Obsidian gives no properties when the YAML does not parse, but still marks the block (see
	// tests/fakes/metadata-cache.ts for the sources). An empty block (two adjacent `---` lines) is not an error.
	if (hasUnreadBlock(cache)) {
		if (problem === undefined) input.frontmatterError = "the frontmatter is not valid YAML (the Properties view shows it as invalid)";
		else if (problem !== null) input.frontmatterError = problem;
	}
	if (text !== undefined) input.body = { text, listItems: cache.listItems ?? [] };
	return input;
}

/**
 * Whether Obsidian marks a frontmatter block with lines in it but gives no properties for it (its
 * YAML did not parse). The block's mark is `frontmatterPosition` (Obsidian 1.4+) or the first of
 * `sections` when it is of type `yaml`; an empty block (`---` then `---`) spans two lines and is fine.
 */
export function hasUnreadBlock(cache: CachedMetadata): boolean {
	if (cache.frontmatter) return false;
	const first = cache.sections?.[0];
	const block = cache.frontmatterPosition ?? (first?.type === "yaml" ? first.position : null);
	return block !== null && block.end.line - block.start.line > 1;
}

/** Whether the note has `tag` (or a tag under it) as Obsidian's tag index counts it, from the cache. */
export function noteHasTag(app: App, file: TFile, tag: string): boolean {
	const cache = app.metadataCache.getFileCache(file);
	return cache !== null && hasTag(getAllTags(cache) ?? [], tag);
}
