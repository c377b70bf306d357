// Filler prose for synthetic notes: realistic lengths and shapes (links, inline tags, code blocks)
// so parsing costs what it would in a real vault, without copying any real text.
import type { Rng } from "./prng";

const WORDS = [
	"client", "invoice", "draft", "workshop", "pricing", "research", "outline", "call", "review", "plan",
	"budget", "course", "chapter", "newsletter", "proposal", "follow-up", "meeting", "notes", "idea", "launch",
	"retainer", "mentoring", "template", "audience", "deadline", "quarter", "renewal", "scope", "feedback", "pilot",
	"the", "a", "with", "for", "after", "before", "about", "from", "into", "next",
] as const;

/** Inline tags that ordinary notes carry; none of them marks a stream or a review. */
export const PLAIN_TAGS = ["journal", "idea", "todo", "reading", "work/admin", "health", "family", "writing"] as const;

/** One sentence of 6 to 16 words, capitalised, ending with a full stop. */
export function sentence(rng: Rng): string {
	const count = rng.int(6, 16);
	const words: string[] = [];
	for (let i = 0; i < count; i++) words.push(rng.pick(WORDS));
	const text = words.join(" ");
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A paragraph of a few sentences. */
export function paragraph(rng: Rng, sentences: number): string {
	const parts: string[] = [];
	for (let i = 0; i < sentences; i++) parts.push(sentence(rng));
	return parts.join(" ");
}

/** A body with headings, paragraphs, the given links and inline tags woven in, and sometimes a code block. */
export interface BodyParts {
	text: string;
	/** Inline tags outside code blocks, as the tag index would list them (without `#`). */
	tags: string[];
}

/** Builds a body; tags inside the fenced code block are deliberately not reported (Obsidian ignores them). */
export function body(rng: Rng, links: readonly string[], tagCount: number): BodyParts {
	const tags: string[] = [];
	const lines: string[] = [];
	const sections = rng.int(1, 3);
	let linkIndex = 0;
	for (let s = 0; s < sections; s++) {
		if (s > 0 || rng.chance(0.5)) lines.push(`## ${rng.pick(["Notes", "Log", "Next steps", "Ideas", "Context"])}`, "");
		let text = paragraph(rng, rng.int(2, 5));
		const link = links[linkIndex++];
		if (link !== undefined) text += ` See ${link}.`;
		if (tags.length < tagCount) {
			const tag = rng.pick(PLAIN_TAGS);
			tags.push(tag);
			text += ` #${tag}`;
		}
		lines.push(text, "");
	}
	for (; linkIndex < links.length; linkIndex++) lines.push(`- ${sentence(rng)} ${links[linkIndex] ?? ""}`);
	if (rng.chance(0.15)) lines.push("", "```md", "#portfolio/stream is only an example here", "```");
	return { text: `${lines.join("\n")}\n`, tags };
}
