// Pure: long stream names on several short lines, for the graph's labels and the charts' axes,
// where a name cut at a fixed length would lose the words that tell two streams apart.

/** Splits a name into lines of at most `max` characters at spaces; a longer word keeps a line to itself, whole. */
export function wrapName(name: string, max: number): string[] {
	const lines: string[] = [];
	let line = "";
	for (const word of name.split(/\s+/).filter((w) => w !== "")) {
		if (line === "") line = word;
		else if (line.length + 1 + word.length <= max) line += ` ${word}`;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line !== "") lines.push(line);
	return lines.length > 0 ? lines : [name];
}

/**
 * Like wrapName, but a word longer than `max` is cut into pieces of `max - 1` characters, each but
 * the last ending in a hyphen: for chart axes, where chart.js gives labels at most half the canvas
 * and a longer line is cut at the canvas's left edge ("ognitionswissenschaft"), and for the graph's
 * labels, which the drawing's edge would cut the same way.
 */
export function wrapAxisLabel(name: string, max: number): string[] {
	const pieces = name.split(/\s+/).flatMap((word) => {
		if (word.length <= max) return [word];
		const parts: string[] = [];
		for (let i = 0; i < word.length; i += max - 1) parts.push(word.slice(i, i + max - 1));
		return parts.map((part, i) => (i < parts.length - 1 ? `${part}-` : part));
	});
	// Hyphenated pieces already fit a line each; wrapName joins the short words around them.
	return wrapName(pieces.join(" "), max);
}

/**
 * A name on at most `maxLines` lines that each `fit` (a test of a line's width, in characters or as
 * drawn): it breaks at spaces, a word too wide for a line is cut into pieces ending in a hyphen, and
 * the last kept line of a longer name ends in "…". For axes that give each bar only its share of the
 * height, where a taller label spills over its neighbours; the full name goes in the table beside.
 */
export function fitAxisLabel(name: string, fits: (line: string) => boolean, maxLines: number): string[] {
	const lines: string[] = [];
	for (const word of name.split(/\s+/u).flatMap((w) => (w === "" ? [] : cutWord(w, fits)))) {
		const last = lines.at(-1);
		if (last !== undefined && !last.endsWith("-") && fits(`${last} ${word}`)) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	if (lines.length <= maxLines) return lines.length > 0 ? lines : [name];
	const kept = lines.slice(0, maxLines);
	let last = (kept[maxLines - 1] ?? "").replace(/-$/u, "");
	while (last.length > 1 && !fits(`${last}…`)) last = last.slice(0, -1);
	kept[maxLines - 1] = `${last}…`;
	return kept;
}

/** A word as pieces that fit a line, each but the last ending in a hyphen (one character at least). */
function cutWord(word: string, fits: (line: string) => boolean): string[] {
	const pieces: string[] = [];
	let rest = word;
	while (!fits(rest)) {
		let size = 1;
		while (size < rest.length - 1 && fits(`${rest.slice(0, size + 1)}-`)) size++;
		pieces.push(`${rest.slice(0, size)}-`);
		rest = rest.slice(size);
	}
	pieces.push(rest);
	return pieces;
}
