// Text from the vault made safe for a terminal: a note can hold escape sequences (YAML's "\e")
// that would recolour, clear or garble the screen of whoever runs the CLI on a shared vault. In the
// core because the plugin prints the same report on Obsidian's command line.

/** One value on one line: line breaks and tabs become a space, other control characters a visible U+FFFD. */
export function printable(text: string): string {
	// eslint-disable-next-line no-control-regex -- control characters are exactly what we replace
	return text.replace(/[\t\n\r]+/gu, " ").replace(/[\u0000-\u001f\u007f-\u009f]/gu, "\ufffd");
}

/** A whole note: its line breaks and tabs stay, a lone CR (which would overwrite the line) and other control characters do not. */
export function printableNote(text: string): string {
	// eslint-disable-next-line no-control-regex -- control characters are exactly what we replace
	return text.replace(/\r(?!\n)/gu, "\ufffd").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu, "\ufffd");
}
