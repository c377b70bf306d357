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
 * wrapAxisLabel kept to at most `maxLines` lines: a longer name's last kept line ends in "…". An axis
 * gives each bar only its share of the height; a taller label would spill over its neighbours' and
 * past the canvas's top. The full name is in the table beside the chart.
 */
export function fitAxisLabel(name: string, maxChars: number, maxLines: number): string[] {
	const lines = wrapAxisLabel(name, maxChars);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	const last = (kept[maxLines - 1] ?? "").replace(/-$/u, "");
	kept[maxLines - 1] = `${last.length < maxChars ? last : last.slice(0, maxChars - 1)}…`;
	return kept;
}
