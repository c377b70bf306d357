// The index's cheap first look at a note: from its cached tags alone, can it be a stream or a review?
// Most notes of a large vault carry neither tag, and dismissing them here spares building their
// NoteInput (getAllTags copies every tag) and a record for each.
import type { CachedMetadata } from "obsidian";
import type { TagMentionTest } from "../core/tag-mention";
import { hasUnreadBlock } from "./note-input";

/** What the first look decides: read the note, skip it, or look at its text (its YAML did not parse). */
export type Candidacy = "read" | "skip" | "check-text";

/** The property names Obsidian reads tags from (the Properties view matches them case-insensitively). */
const TAG_PROPERTY = /^tags?$/iu;

/**
 * Decides from the cache whether a note may be ours: a cached tag (inline or in the `tags` property)
 * that mentions one of our tags. A note whose frontmatter block Obsidian could not read has no cached
 * properties, so only its text can tell (`check-text`); a note not cached yet is read as it is.
 */
export function candidacy(cache: CachedMetadata | null, mentions: TagMentionTest): Candidacy {
	if (!cache) return "read";
	for (const entry of cache.tags ?? []) if (mentions(entry.tag)) return "read";
	const frontmatter: unknown = cache.frontmatter;
	// A block that is not a set of properties is an error only the text can attribute to us.
	if (frontmatter !== undefined && (typeof frontmatter !== "object" || frontmatter === null || Array.isArray(frontmatter))) return "check-text";
	if (frontmatter) {
		const properties = frontmatter as Record<string, unknown>;
		// for-in rather than Object.entries: no array per note on the hot path.
		for (const key in properties) {
			if (TAG_PROPERTY.test(key) && valueMentions(properties[key], mentions)) return "read";
		}
		return "skip";
	}
	return hasUnreadBlock(cache) ? "check-text" : "skip";
}

function valueMentions(value: unknown, mentions: TagMentionTest): boolean {
	if (typeof value === "string") return mentions(value);
	if (Array.isArray(value)) return value.some((item) => typeof item === "string" && mentions(item));
	return false;
}
