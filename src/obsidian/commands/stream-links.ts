// Links between notes as the write commands store them: the shortest text Obsidian resolves to
// the same note, and the check whether a list already points at a note.
import { Notice, TFile, type App } from "obsidian";
import { unlinkableMark, unlinkableReason } from "../../core/link-names";
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
 * `[[...]]` to `target` as written from `sourcePath`, or null (with a notice naming the character)
 * when the note's name holds one that ends a link's note name (`#`, `^`, `|`, `[[`, `]]`).
 */
export function linkTo(app: App, target: TFile, sourcePath: string): string | null {
	const text = app.metadataCache.fileToLinktext(target, sourcePath, true);
	const mark = unlinkableMark(text);
	if (mark !== null) {
		new Notice(`Nothing was written: ${unlinkableReason(target.basename, mark)}.`);
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
