// Links between notes as the write commands store them: the shortest text Obsidian resolves to
// the same note, and the check whether a list already points at a note.
import { Notice, TFile, type App } from "obsidian";
import { parseWikilink, splitLinkList } from "../../core/wikilink";
import type { Stream } from "../../core/types";

/** The note of a stream, or null (with a notice) when it is gone since the index was built. */
export function streamFile(app: App, stream: Stream): TFile | null {
	const file = app.vault.getAbstractFileByPath(stream.path);
	if (file instanceof TFile) return file;
	new Notice(`The note "${stream.path}" no longer exists.`);
	return null;
}

/**
 * `[[...]]` to `target` as written from `sourcePath`, or null when the note's name holds
 * characters that would end the link early (`]]`, `|`, line breaks).
 */
export function linkTo(app: App, target: TFile, sourcePath: string): string | null {
	const text = app.metadataCache.fileToLinktext(target, sourcePath, true);
	if (/\]\]|\||[\r\n]/.test(text)) {
		new Notice(`"${target.path}" cannot be linked from properties: its name contains ]], | or a line break.`);
		return null;
	}
	return `[[${text}]]`;
}

/** True when the list property `value` already has a link that resolves to `target`. */
export function listLinksTo(app: App, value: unknown, target: TFile, sourcePath: string): boolean {
	return splitLinkList(value).items.some((item) => {
		const link = parseWikilink(item);
		if (!link) return false;
		return app.metadataCache.getFirstLinkpathDest(link.linkpath, sourcePath)?.path === target.path;
	});
}
