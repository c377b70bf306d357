// Obsidian's link resolution (MetadataCache.getFirstLinkpathDest) over a plain list of vault paths,
// for the CLI, the benchmark and the tests; the plugin uses the real metadataCache instead.
import type { LinkResolver } from "./types";

interface Candidate {
	path: string;
	/** Lower-case path without `.md`, for suffix matches like `Folder/Name`. */
	key: string;
	folder: string;
}

/** A resolver over the given vault paths; indexes them once so each lookup is a map read. */
export function createPathResolver(paths: readonly string[]): LinkResolver {
	const exact = new Map<string, string>();
	const byName = new Map<string, Candidate[]>();
	for (const path of paths) {
		exact.set(path, path);
		const key = stripMd(path).toLowerCase();
		const slash = key.lastIndexOf("/");
		const name = key.slice(slash + 1);
		const candidate: Candidate = { path, key, folder: folderOf(path) };
		const list = byName.get(name);
		if (list) list.push(candidate);
		else byName.set(name, [candidate]);
	}
	// Shortest path first, then alphabetical: the order Obsidian falls back to.
	for (const list of byName.values()) list.sort(byShortestThenName);
	return {
		resolve(linkpath: string, sourcePath: string): string | null {
			// Most links name a note by its exact path or name: answer those before any string work.
			const exactHit = exact.get(linkpath);
			if (exactHit !== undefined) return exactHit;
			const wanted = linkpath.trim().replace(/^\.\//u, "").replace(/^\//u, "");
			if (wanted === "") return null;
			const direct = exact.get(wanted) ?? exact.get(`${wanted}.md`);
			if (direct !== undefined) return direct;
			const key = stripMd(wanted).toLowerCase();
			const slash = key.lastIndexOf("/");
			const list = byName.get(key.slice(slash + 1));
			if (!list) return null;
			const matches = slash < 0 ? list : list.filter((c) => c.key === key || c.key.endsWith(`/${key}`));
			if (matches.length === 0) return null;
			if (matches.length === 1) return matches[0]?.path ?? null;
			const sourceFolder = folderOf(sourcePath);
			const sameFolder = matches.find((c) => c.folder === sourceFolder);
			return (sameFolder ?? matches[0])?.path ?? null;
		},
	};
}

function stripMd(path: string): string {
	return path.toLowerCase().endsWith(".md") ? path.slice(0, -3) : path;
}

function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

function byShortestThenName(a: Candidate, b: Candidate): number {
	return a.path.length - b.path.length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
