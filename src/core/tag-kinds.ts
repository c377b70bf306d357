// Deciding a note's kind from its tags on the hot path: a 50,000-note vault is mostly notes
// that carry neither tag, so each tag is normalised once.
import { isTagOrChild, normalizeTag } from "./tags";
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
