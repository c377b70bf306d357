// Tags as Obsidian's tag index sees them, so a note's kind here matches what the tag pane shows.

/** A tag compared the way Obsidian does: without `#`, trimmed, lower case. */
export function normalizeTag(tag: string): string {
	let text = tag.trim();
	while (text.startsWith("#")) text = text.slice(1);
	return text.trim().toLowerCase();
}

/** True when one of `tags` is `wanted` or nested under it (`portfolio/stream/x`). */
export function hasTag(tags: readonly string[], wanted: string): boolean {
	if (tags.length === 0) return false;
	const target = normalizeTag(wanted);
	if (target === "") return false;
	for (const tag of tags) {
		// Cheap reject before normalising: the tag must be at least as long as the wanted one.
		if (tag.length < target.length) continue;
		if (isTagOrChild(normalizeTag(tag), target)) return true;
	}
	return false;
}

/** True when the normalised `tag` is `wanted` or nested under it; an empty `wanted` matches nothing. */
export function isTagOrChild(tag: string, wanted: string): boolean {
	if (wanted === "") return false;
	return tag === wanted || (tag.length > wanted.length && tag.startsWith(wanted) && tag[wanted.length] === "/");
}

/** Whether a property holds tags: `tags` or `tag` in any case, as Obsidian's tag index reads them. */
export function isTagKey(key: string): boolean {
	return /^tags?$/iu.test(key);
}

/** The tags of the `tags` / `tag` property: a list, or a comma- or space-separated text; `#` optional. */
export function frontmatterTags(frontmatter: Record<string, unknown> | null | undefined): string[] {
	if (!frontmatter) return [];
	const out: string[] = [];
	for (const key of Object.keys(frontmatter)) {
		if (isTagKey(key)) collect(frontmatter[key], out);
	}
	return out;
}

function collect(value: unknown, out: string[]): void {
	if (typeof value === "string") {
		for (const part of value.split(/[,\s]+/u)) {
			const tag = normalizeTag(part);
			if (tag !== "") out.push(tag);
		}
	} else if (typeof value === "number") {
		out.push(String(value));
	} else if (Array.isArray(value)) {
		for (const item of value as unknown[]) {
			if (typeof item === "string" || typeof item === "number") collect(item, out);
		}
	}
}

// A tag body: letters, digits, `_`, `-`, `/` and non-ASCII letters; Obsidian stops at punctuation and spaces.
const INLINE_TAG = /(?:^|\s)#([^\s#!"$%&'()*+,.:;<=>?@[\\\]^`{|}~]+)/gu;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/u;

/** Tags written in a note's body, skipping fenced code, inline code and number-only tags like `#123`. */
export function inlineTags(body: string): string[] {
	if (!body.includes("#")) return [];
	const out: string[] = [];
	let fence: string | null = null;
	for (const line of body.split(/\r?\n/u)) {
		const opening = FENCE.exec(line);
		if (fence !== null) {
			if (opening && opening[1] !== undefined && opening[1][0] === fence[0] && opening[1].length >= fence.length) fence = null;
			continue;
		}
		if (opening && opening[1] !== undefined) {
			fence = opening[1];
			continue;
		}
		if (!line.includes("#")) continue;
		const text = line.replace(/`[^`]*`/gu, " ");
		for (const match of text.matchAll(INLINE_TAG)) {
			const tag = match[1] ?? "";
			if (/^[\d/]+$/u.test(tag)) continue;
			out.push(tag.toLowerCase());
		}
	}
	return out;
}
