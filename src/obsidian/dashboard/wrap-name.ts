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
