// "Could this note be ours?" from its raw text, before any parsing. A tag is literal text wherever it
// is written (`tags: portfolio/stream`, `- Portfolio/Stream`, `#portfolio/stream/side` in the body),
// so a note whose text never contains the stream or the review tag cannot be a stream or a review,
// and its YAML need not be parsed nor its body scanned. The one way past this test is a tag spelt
// with a YAML escape sequence (`"portfolio\x2Fstream"`), which no person writes by hand.
import { normalizeTag } from "./tags";
import type { PortfolioSettings } from "./types";

/** Tests a note's text: false only when it surely names none of our tags (stream, review, scenario). */
export type TagMentionTest = (text: string) => boolean;

/** The settings naming a tag that makes a note ours (a kind of note); add one here with a new kind. */
export const KIND_TAG_SETTINGS = ["streamTag", "reviewTag", "scenarioTag"] as const;

/** The test for the settings' kind tags, compared as Obsidian compares tags (case-insensitively). */
export function tagMentionTest(settings: Pick<PortfolioSettings, (typeof KIND_TAG_SETTINGS)[number]>): TagMentionTest {
	const tags = KIND_TAG_SETTINGS.map((key) => normalizeTag(settings[key])).filter((tag) => tag !== "");
	if (tags.length === 0) return () => false;
	// One case-insensitive, Unicode-aware search for either tag: V8 scans for it without copying the text.
	const pattern = new RegExp(tags.map(escapeRegExp).join("|"), "iu");
	return (text) => pattern.test(text);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}
