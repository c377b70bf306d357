// What Obsidian's metadata cache knows of a note, without reading the file: the core's NoteInput,
// and the tag check the commands make.
import { getAllTags, type App, type CachedMetadata, type TFile } from "obsidian";
import { hasTag, type NoteInput } from "../core";

/**
 * One note as the core reads it, from its cached metadata (null cache = a note not indexed yet).
 * `text`, when known, comes with the cache's list items: a review's answers are read from both.
 */
export function toNoteInput(file: TFile, cache: CachedMetadata | null, text?: string): NoteInput {
	if (!cache) return { path: file.path, frontmatter: null, tags: [] };
	const input: NoteInput = {
		path: file.path,
		frontmatter: cache.frontmatter ?? null,
		// getAllTags merges frontmatter and inline tags the way Obsidian's tag pane counts them.
		tags: getAllTags(cache) ?? [],
	};
	// Obsidian keeps the block's position but drops its properties when the YAML does not parse.
	// An empty block (two adjacent `---` lines) is not an error.
	const position = cache.frontmatterPosition;
	if (!cache.frontmatter && position && position.end.line - position.start.line > 1) {
		input.frontmatterError = "the frontmatter is not valid YAML (the Properties view shows it as invalid)";
	}
	if (text !== undefined) input.body = { text, listItems: cache.listItems ?? [] };
	return input;
}

/** Whether the note has `tag` (or a tag under it) as Obsidian's tag index counts it, from the cache. */
export function noteHasTag(app: App, file: TFile, tag: string): boolean {
	const cache = app.metadataCache.getFileCache(file);
	return cache !== null && hasTag(getAllTags(cache) ?? [], tag);
}
