// Deciding a note's kind from its tags on the hot path: a 50,000-note vault is mostly notes
// that carry neither tag, so each tag is normalised once and the frontmatter's `tags` property is
// only split when its raw text could name one of the two tags.
import { frontmatterTags, isTagOrChild, normalizeTag, TAG_KEYS } from "./tags";
import type { PortfolioSettings } from "./types";

/** The two tags that make a note a stream or a review, normalised. */
export interface WantedTags {
	stream: string;
	review: string;
}

/** Whether a note's tags include the stream tag and the review tag (or a tag nested under them). */
export interface TagKinds {
	stream: boolean;
	review: boolean;
}

const NONE: TagKinds = Object.freeze({ stream: false, review: false });

let lastRaw = { stream: "", review: "" };
let lastWanted: WantedTags = { stream: "", review: "" };

/** The settings' tags normalised, remembered for the tags last seen. */
export function wantedTags(settings: PortfolioSettings): WantedTags {
	if (settings.streamTag !== lastRaw.stream || settings.reviewTag !== lastRaw.review) {
		lastRaw = { stream: settings.streamTag, review: settings.reviewTag };
		lastWanted = { stream: normalizeTag(settings.streamTag), review: normalizeTag(settings.reviewTag) };
	}
	return lastWanted;
}

/** Which wanted tags appear in `tags`; each tag is normalised at most once. */
export function tagKinds(tags: readonly string[], wanted: WantedTags): TagKinds {
	if (tags.length === 0) return NONE;
	let stream = false;
	let review = false;
	const shortest = Math.min(wanted.stream.length, wanted.review.length);
	for (const tag of tags) {
		if (tag.length < shortest) continue;
		const text = normalizeTag(tag);
		stream ||= isTagOrChild(text, wanted.stream);
		review ||= isTagOrChild(text, wanted.review);
	}
	return stream || review ? { stream, review } : NONE;
}

/** The kinds named by the frontmatter's tag property, split only when its raw text mentions a wanted tag. */
export function frontmatterKinds(frontmatter: Record<string, unknown>, wanted: WantedTags): TagKinds {
	for (const key of TAG_KEYS) {
		if (key in frontmatter && mayMention(frontmatter[key], wanted)) return tagKinds(frontmatterTags(frontmatter), wanted);
	}
	return NONE;
}

/** Both kinds' flags combined. */
export function orKinds(a: TagKinds, b: TagKinds): TagKinds {
	return a.stream || b.stream || a.review || b.review ? { stream: a.stream || b.stream, review: a.review || b.review } : NONE;
}

// A cheap, conservative test: false only when the value surely names neither tag.
function mayMention(value: unknown, wanted: WantedTags): boolean {
	if (typeof value === "string") return mentions(value.toLowerCase(), wanted);
	if (Array.isArray(value)) return value.some((item) => typeof item === "string" && mentions(item.toLowerCase(), wanted));
	return false;
}

function mentions(text: string, wanted: WantedTags): boolean {
	return (wanted.stream !== "" && text.includes(wanted.stream)) || (wanted.review !== "" && text.includes(wanted.review));
}
