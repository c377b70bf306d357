// Names that become file or folder names: whatever a person or a setting types, the result stays
// one segment inside its folder and is a name Obsidian accepts and links can reach.

/**
 * One path segment: no separators, no control characters, no characters Obsidian refuses in
 * names or that break links, no `..`, no leading or trailing dots and spaces. May return "".
 */
export function cleanSegment(segment: string): string {
	return segment
		// eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
		.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ")
		.replace(/[/\\:*?"<>|#^[\]]/g, "-")
		.replace(/\.{2,}/g, ".")
		.replace(/\s+/g, " ")
		.replace(/^[\s.]+|[\s.]+$/g, "");
}
