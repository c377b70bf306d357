// Deciding a note's kind from its tags on the hot path: a 50,000-note vault is mostly notes
// that carry none of the plugin's tags, so each tag is normalised once and the frontmatter's `tags`
// property is only split when its raw text could name one of them (stream, review, scenario).
import { frontmatterTags, isTagOrChild, normalizeTag, TAG_KEYS } from "./tags";
import type { PortfolioSettings } from "./types";

/** The tags that make a note a stream, a review or a scenario, normalised. */
export interface WantedTags {
	stream: string;
	review: string;
	scenario: string;
}

/** Whether a note's tags include the stream tag and the review tag (or a tag nested under them). */
export interface TagKinds {
	stream: boolean;
	review: boolean;
	scenario: boolean;
}

const NONE: TagKinds = Object.freeze({ stream: false, review: false, scenario: false });

let lastRaw = { stream: "", review: "", scenario: "" };
let lastWanted: WantedTags = { stream: "", review: "", scenario: "" };

/** The settings' tags normalised, remembered for the tags last seen. */
export function wantedTags(settings: PortfolioSettings): WantedTags {
	if (settings.streamTag !== lastRaw.stream || settings.reviewTag !== lastRaw.review || settings.scenarioTag !== lastRaw.scenario) {
		lastRaw = { stream: settings.streamTag, review: settings.reviewTag, scenario: settings.scenarioTag };
		lastWanted = { stream: normalizeTag(settings.streamTag), review: normalizeTag(settings.reviewTag), scenario: normalizeTag(settings.scenarioTag) };
	}
	return lastWanted;
}

/** Which wanted tags appear in `tags`; each tag is normalised at most once. */
export function tagKinds(tags: readonly string[], wanted: WantedTags): TagKinds {
	if (tags.length === 0) return NONE;
	let stream = false;
	let review = false;
	let scenario = false;
	const shortest = Math.min(wanted.stream.length, wanted.review.length, wanted.scenario.length);
	for (const tag of tags) {
		if (tag.length < shortest) continue;
		const text = normalizeTag(tag);
		stream ||= isTagOrChild(text, wanted.stream);
		review ||= isTagOrChild(text, wanted.review);
		scenario ||= isTagOrChild(text, wanted.scenario);
	}
	return stream || review || scenario ? { stream, review, scenario } : NONE;
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
	return a.stream || b.stream || a.review || b.review || a.scenario || b.scenario
		? { stream: a.stream || b.stream, review: a.review || b.review, scenario: a.scenario || b.scenario }
		: NONE;
}

// A cheap, conservative test: false only when the value surely names neither tag.
function mayMention(value: unknown, wanted: WantedTags): boolean {
	if (typeof value === "string") return mentions(value.toLowerCase(), wanted);
	if (Array.isArray(value)) return value.some((item) => typeof item === "string" && mentions(item.toLowerCase(), wanted));
	return false;
}

function mentions(text: string, wanted: WantedTags): boolean {
	return (
		(wanted.stream !== "" && text.includes(wanted.stream)) ||
		(wanted.review !== "" && text.includes(wanted.review)) ||
		(wanted.scenario !== "" && text.includes(wanted.scenario))
	);
}
