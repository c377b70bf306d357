// From a vault path back to the file on disk. The CLI's vault paths are NFC (as Obsidian's
// normalizePath gives them), but macOS and synced folders may store a name decomposed (NFD): on a
// file system that keeps both forms apart (Linux), `join(root, path)` then names a file that is not
// there. Every CLI writer and every read of a path named in the settings goes through this.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * The on-disk file for `vaultPath` (forward slashes, relative to `root`): each folder and file name
 * as the disk spells it when one there equals it in NFC, else as given (a file or folder still to be
 * created keeps the caller's spelling). Never throws for a missing folder.
 */
export function diskPath(root: string, vaultPath: string): string {
	let folder = root;
	let found = true;
	for (const name of vaultPath.split("/").filter((part) => part !== "")) {
		const onDisk: string | null = found ? spelledOnDisk(folder, name) : null;
		found = onDisk !== null;
		folder = join(folder, onDisk ?? name);
	}
	return folder;
}

// The entry of `folder` that is `name` in NFC: the exact name first, then any spelling of it.
function spelledOnDisk(folder: string, name: string): string | null {
	if (existsSync(join(folder, name))) return name;
	const wanted = name.normalize("NFC");
	let entries: string[];
	try {
		entries = readdirSync(folder);
	} catch {
		return null;
	}
	return entries.find((entry) => entry.normalize("NFC") === wanted) ?? null;
}
