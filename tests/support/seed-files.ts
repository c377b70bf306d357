// The Markdown notes of an example vault under seeds/, for tests that load a vault into the
// in-memory Obsidian (in Node or in a real browser page).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), "../../seeds");

/** Every `.md` file of seeds/<name> (dot folders such as `.obsidian` skipped), as vault path -> text. */
export function readSeedVault(name: string): Record<string, string> {
	return readMarkdownFolder(join(SEEDS, name));
}

/** Every `.md` file under `root` (dot folders skipped), as vault path (with `/`) -> text. */
export function readMarkdownFolder(root: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir)) {
			if (entry.startsWith(".")) continue;
			const full = join(dir, entry);
			if (statSync(full).isDirectory()) walk(full);
			else if (entry.endsWith(".md")) files[relative(root, full).split("\\").join("/")] = readFileSync(full, "utf8");
		}
	};
	walk(root);
	return files;
}
