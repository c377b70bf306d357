// The one rule for where a note's frontmatter is. The CLI's reader, the test stand-in's metadata
// cache and every writer call this, so a block that one of them sees is the block all of them see.
//
// The rule is Obsidian's (what its Properties view and `getFrontMatterInfo` treat as properties):
// - an optional byte-order mark, then `---` on the very first line; spaces or tabs may follow it;
// - the block ends at the next line that is `---`, again with optional trailing spaces or tabs;
// - line endings may be `\n` or `\r\n`;
// - an empty block (`---` directly followed by `---`) is a block with no properties;
// - an opening fence that never closes is no frontmatter at all: the note is all body.
// Anything else before the fence (a blank line, a heading) means the note has no frontmatter.

/** Where the frontmatter sits in a note's text; offsets are UTF-16 indexes into that text. */
export interface FrontmatterLocation {
	/** "\uFEFF" when the text starts with a byte-order mark, else "". */
	bom: string;
	/** The opening fence line as written, with its line ending (`--- \r\n`). */
	openingLine: string;
	/** The line ending of the opening fence: what lines we add use. */
	eol: string;
	/** Offset where the YAML starts: just after the opening fence line. */
	from: number;
	/** Offset of the closing fence line's first character (the YAML ends just before it). */
	to: number;
	/** Offset just after the closing fence line and its line ending: where the body starts. */
	contentStart: number;
	/** Lines before the YAML's first line (the opening fence): add it to a YAML error's line. */
	lineOffset: number;
}

/** The frontmatter of `text`, "unclosed" when `---` opens it but no fence closes it, or null. */
export function locateFrontmatter(text: string): FrontmatterLocation | "unclosed" | null {
	const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
	const open = OPENING.exec(text.slice(bom.length));
	if (!open) return null;
	const eol = open[1] ?? "\n";
	const from = bom.length + open[0].length;
	let pos = from;
	while (pos <= text.length) {
		const nl = text.indexOf("\n", pos);
		const lineEnd = nl === -1 ? text.length : nl + 1;
		if (isFence(text.slice(pos, lineEnd))) {
			return { bom, openingLine: open[0], eol, from, to: pos, contentStart: lineEnd, lineOffset: 1 };
		}
		if (nl === -1) break;
		pos = lineEnd;
	}
	return "unclosed";
}

/** The YAML text between the fences ("" for an empty block), or null when the note has none. */
export function frontmatterYaml(text: string): string | null {
	const at = locateFrontmatter(text);
	return at === null || at === "unclosed" ? null : text.slice(at.from, at.to);
}

/** The note's body: everything after the closing fence, or the whole text (minus a BOM) without a block. */
export function noteBody(text: string): string {
	const at = locateFrontmatter(text);
	if (at === null || at === "unclosed") return text.startsWith("\uFEFF") ? text.slice(1) : text;
	return text.slice(at.contentStart);
}

// `---`, optional spaces or tabs, then the line ending (an opening fence must be followed by a line).
const OPENING = /^---[ \t]*(\r?\n)/u;

function isFence(line: string): boolean {
	return /^---[ \t]*(?:\r?\n)?$/u.test(line);
}
