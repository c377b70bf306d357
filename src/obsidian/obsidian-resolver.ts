// The core's LinkResolver over Obsidian's own link resolution, so the dashboard agrees with the editor.
import type { MetadataCache } from "obsidian";
import type { LinkResolver } from "../core";

/** Resolves link paths with metadataCache.getFirstLinkpathDest (shortest path, case-insensitive). */
export function createObsidianResolver(metadataCache: MetadataCache): LinkResolver {
	return {
		resolve(linkpath: string, sourcePath: string): string | null {
			if (linkpath.trim() === "") return null;
			return metadataCache.getFirstLinkpathDest(linkpath, sourcePath)?.path ?? null;
		},
	};
}
