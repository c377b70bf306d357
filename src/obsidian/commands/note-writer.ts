// The one way the write commands change an existing note's frontmatter: in the editor when the
// note is open (one transaction, unsaved text kept), else surgical edits inside Vault.process
// (comments, quoting and line endings survive); FileManager.processFrontMatter only where a
// surgical edit of a closed note is not possible; nothing at all when nothing would change.
import { Notice, parseYaml, type App, type TFile } from "obsidian";
import type { EditResult, YamlParser } from "../../core/frontmatter-edit";
import { keyAsWritten } from "../../core/property-lookup";
import { normalizeTag } from "../../core/tags";
import { openEditor, writeInEditor } from "./editor-write";

/** One surgical edit of a note's text. */
export type Edit = (text: string) => EditResult;

/** What a write did. */
export type WriteOutcome = "written" | "unchanged" | "refused";

/** Obsidian's YAML parser, typed for the core. */
export const obsidianYaml: YamlParser = (yaml) => parseYaml(yaml) as unknown;

/** Runs edits one after the other; the first that cannot be done stops the chain. */
function applyEdits(text: string, edits: readonly Edit[]): EditResult {
	let current = text;
	let changed = false;
	for (const edit of edits) {
		const result = edit(current);
		if (!result.ok) return result;
		current = result.text;
		changed ||= result.changed;
	}
	return { ok: true, text: current, changed };
}

/**
 * Runs `then` once Obsidian's metadata cache has indexed `path` again (its `changed` event for that
 * path): a write shows in the model only then, and in real Obsidian that comes after the write (and,
 * for a note open in an editor, after the editor saves). Subscribe before writing; `cancel` when
 * nothing was written. Gives up silently after `timeoutMs`: the index still follows `changed` itself.
 */
export function whenIndexed(app: App, path: string, then: () => void, timeoutMs = 10_000): { cancel(): void } {
	const cache = app.metadataCache;
	const ref = cache.on("changed", (file) => {
		if (file.path !== path) return;
		cancel();
		then();
	});
	const timer = window.setTimeout(() => cancel(), timeoutMs);
	function cancel(): void {
		cache.offref(ref);
		window.clearTimeout(timer);
	}
	return { cancel };
}

/** The notice for a note left as it was: which note, what is wrong and where (one clause from the core), what to do. */
export function refusedNotice(file: TFile, detail: string): void {
	new Notice(`"${file.path}" was left as it is: ${detail}. Fix that in the note and try again.`);
}

/**
 * Applies `edits` to the note; when they cannot be done surgically, `fallback` changes the
 * parsed frontmatter through processFrontMatter instead (same intent, Obsidian's formatting).
 */
export async function writeFrontmatter(app: App, file: TFile, edits: readonly Edit[], fallback: (frontmatter: Record<string, unknown>) => void): Promise<WriteOutcome> {
	const editor = openEditor(app, file);
	if (editor) {
		// Open in an editor: its text (with what is not saved yet) is the note; no file write under it.
		const result = writeInEditor(editor, (text) => applyEdits(text, edits));
		if (result.ok) return result.changed ? "written" : "unchanged";
		if (result.reason === "invalid-yaml") refusedNotice(file, result.detail);
		else new Notice(`"${file.path}" is open and its properties cannot be changed in place (${result.detail}), so it was left as it is. Close the note and try again.`);
		return "refused";
	}
	const planned = applyEdits(await app.vault.read(file), edits);
	if (!planned.ok && planned.reason === "invalid-yaml") {
		refusedNotice(file, planned.detail);
		return "refused";
	}
	if (planned.ok && !planned.changed) return "unchanged";
	if (planned.ok) {
		let surgical = true;
		// Recomputed on the text Vault.process hands over, in case the note changed meanwhile.
		await app.vault.process(file, (text) => {
			const result = applyEdits(text, edits);
			surgical = result.ok;
			return result.ok ? result.text : text;
		});
		if (surgical) return "written";
	}
	try {
		await app.fileManager.processFrontMatter(file, fallback);
	} catch (error) {
		// Obsidian's parser message may run over several lines with an excerpt: its first line is the reason.
		const reason = (error instanceof Error ? error.message : String(error)).split("\n", 1)[0] ?? "";
		refusedNotice(file, `Obsidian could not change its properties (${reason.replace(/[.:]\s*$/u, "")})`);
		return "refused";
	}
	return "written";
}

// The fallbacks: the same intent as the surgical edits, on the parsed frontmatter that
// processFrontMatter hands over. Keys are found in any case (`Learnings`), so no second key appears.

/** Appends `item` to the list under `key` in a parsed frontmatter (the fallback of list edits). */
export function pushToList(frontmatter: Record<string, unknown>, key: string, item: string): void {
	const name = keyAsWritten(frontmatter, key).key ?? key;
	const current = frontmatter[name];
	if (Array.isArray(current)) {
		if (!current.includes(item)) current.push(item);
	} else if (current === undefined || current === null || current === "") {
		frontmatter[name] = [item];
	} else {
		frontmatter[name] = [current, item];
	}
}

/** Sets `key` to `value` (null removes it; a list is copied) in a parsed frontmatter (the fallback of setScalar and setList). */
export function setProperty(frontmatter: Record<string, unknown>, key: string, value: string | number | readonly string[] | null): void {
	const name = keyAsWritten(frontmatter, key).key ?? key;
	if (value === null) delete frontmatter[name];
	else frontmatter[name] = typeof value === "object" ? [...value] : value;
}

/** Adds `tag` to `tags` in a parsed frontmatter (the fallback of ensureTag): a comma- or space-separated text becomes a list. */
export function addTag(frontmatter: Record<string, unknown>, tag: string): void {
	const name = keyAsWritten(frontmatter, "tags").key ?? "tags";
	const current = frontmatter[name];
	const list = Array.isArray(current) ? (current as unknown[]) : typeof current === "string" ? current.split(/[,\s]+/).filter((t) => t !== "") : current === undefined || current === null ? [] : [current];
	if (!list.some((t) => typeof t === "string" && normalizeTag(t) === normalizeTag(tag))) list.push(tag);
	frontmatter[name] = list;
}
