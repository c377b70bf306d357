// Folders for a note about to be created: each missing one, outermost first.
import { TFolder, type App } from "obsidian";

/** Creates each missing folder of `folder` ("" = the vault root); throws when a file has a folder's name. */
export async function ensureFolder(app: App, folder: string): Promise<void> {
	if (folder === "") return;
	let current = "";
	for (const part of folder.split("/")) {
		current = current ? `${current}/${part}` : part;
		const found = app.vault.getAbstractFileByPath(current);
		if (found instanceof TFolder) continue;
		if (found) throw new Error(`"${current}" is a file, not a folder`);
		await app.vault.createFolder(current);
	}
}
