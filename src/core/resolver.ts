// Obsidian's link resolution (MetadataCache.getFirstLinkpathDest) over a plain list of vault paths,
// for the CLI, the benchmark and the tests; the plugin uses the real metadataCache instead.
import type { LinkResolver } from "./types";

interface Candidate {
	path: string;
	/** Lower-case path without `.md`, for suffix matches like `Folder/Name`. */
	key: string;
	folder: string;
}

/**
 * A resolver over the given vault paths; indexes them once so each lookup is a map read. Names
 * compare NFC-normalised (macOS may store `Café` decomposed while a link spells it composed) and
 * case-insensitively; `./X` and `../X` resolve from the linking note's folder; a dot in a name
 * (`Version 2.0`) is part of the name.
 */
export function createPathResolver(paths: readonly string[]): LinkResolver {
	const exact = new Map<string, string>();
	const byKey = new Map<string, string>();
	const byName = new Map<string, Candidate[]>();
	for (const path of paths) {
		exact.set(path, path);
		const key = keyOf(path);
		if (!byKey.has(key)) byKey.set(key, path);
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
			let wanted = linkpath.trim().replace(/^\//u, "");
			if (wanted === "") return null;
			if (wanted.startsWith("./") || wanted.startsWith("../")) {
				const joined = joinRelative(folderOf(sourcePath), wanted);
				return joined === null ? null : (byKey.get(keyOf(joined)) ?? null);
			}
			const direct = exact.get(wanted) ?? exact.get(`${wanted}.md`);
			if (direct !== undefined) return direct;
			wanted = wanted.normalize("NFC");
			const key = keyOf(wanted);
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

// A path or link compared as Obsidian compares names: NFC, lower case, without `.md`.
function keyOf(path: string): string {
	return stripMd(path.normalize("NFC")).toLowerCase();
}

// `../Streams/X` from folder `Reviews/2026` is `Reviews/Streams/X`; null when it climbs above the vault.
function joinRelative(folder: string, link: string): string | null {
	const parts = folder === "" ? [] : folder.split("/");
	for (const part of link.split("/")) {
		if (part === "." || part === "") continue;
		if (part === "..") {
			if (parts.length === 0) return null;
			parts.pop();
		} else parts.push(part);
	}
	return parts.join("/");
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
