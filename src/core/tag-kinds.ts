// Deciding a note's kind from its tags on the hot path: a 50,000-note vault is mostly notes
// that carry none of the plugin's tags (stream, review, scenario), so each tag is normalised once.
import { isTagOrChild, normalizeTag } from "./tags";
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
export function wantedTags(settings: Pick<PortfolioSettings, "streamTag" | "reviewTag" | "scenarioTag">): WantedTags {
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

/** A test of a note's tags: true when one of them is the stream, review or scenario tag (or nested under one). */
export function kindTagTest(settings: PortfolioSettings): (tags: readonly string[]) => boolean {
	const wanted = wantedTags(settings);
	return (tags) => tagKinds(tags, wanted) !== NONE;
}
