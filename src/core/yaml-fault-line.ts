// The line a person must fix for the two YAML errors whose parser position misleads: a quote that
// never closes (the `yaml` parser reports where the text ends, which moves with a trailing newline,
// so the CLI, the plugin and the writers gave three different lines) and a line indented under a
// key that already has a value (`yaml` reports the key's line). Found by scanning the YAML text, so
// every parser, and every caller, names the same line.

/**
 * The 1-based YAML line at fault for a parser error, when the error is an unclosed quote (the line
 * where the quote opens) or a key indented under a key with a value (that indented line); null for
 * any other error, or when the scan finds no such line, so the caller keeps the parser's line.
 */
export function faultLine(yaml: string, problem: string): number | null {
	const lines = yaml.split(/\r?\n/u);
	if (/quot/iu.test(problem) && /missing closing|end of the stream|unterminated|unexpected end/iu.test(problem)) return unclosedQuoteLine(lines);
	if (/indentation|nested mappings|implicit key|compact mapping/iu.test(problem)) return overIndentedKeyLine(lines);
	return null;
}

// A value that starts with a quote, after `key: ` or `- `; the quote's position in the line.
const QUOTED_START = /^(?:[ \t]*-[ \t]+|[ \t]*(?:"[^"]*"|'[^']*'|[^\s#'"][^:#]*?)[ \t]*:[ \t]+)(?=["'])/u;

function unclosedQuoteLine(lines: readonly string[]): number | null {
	let i = 0;
	while (i < lines.length) {
		const start = QUOTED_START.exec(lines[i] ?? "");
		if (start === null) {
			i++;
			continue;
		}
		const line = lines[i] ?? "";
		const close = closingAt(lines, i, start[0].length + 1, line.charAt(start[0].length));
		if (close === null) return i + 1;
		i = close + 1;
	}
	return null;
}

// The line index where a quote opened at (`line`, `from` - 1) closes, or null when it never does.
// Inside double quotes `\"` is no close; inside single quotes `''` is no close.
function closingAt(lines: readonly string[], line: number, from: number, quote: string): number | null {
	for (let i = line, at = from; i < lines.length; i++, at = 0) {
		const text = lines[i] ?? "";
		for (let j = at; j < text.length; j++) {
			const c = text.charAt(j);
			if (quote === '"' && c === "\\") j++;
			else if (c === quote && quote === "'" && text.charAt(j + 1) === "'") j++;
			else if (c === quote) return i;
		}
	}
	return null;
}

// `key: value` then a deeper `other: value`: YAML reads the deeper line as part of the value and
// fails; the deeper line is the one to fix.
function overIndentedKeyLine(lines: readonly string[]): number | null {
	let scalarIndent: number | null = null;
	for (let i = 0; i < lines.length; i++) {
		const text = lines[i] ?? "";
		if (text.trim() === "" || text.trimStart().startsWith("#")) continue;
		const indent = text.length - text.trimStart().length;
		if (scalarIndent !== null && indent > scalarIndent && /^[ \t]*[^\s#-][^:]*:(?:[ \t]|$)/u.test(text)) return i + 1;
		const keyWithValue = /^[ \t]*[^\s#-][^:]*:[ \t]+([^\s#|>[{&!*].*)$/u.exec(text);
		scalarIndent = keyWithValue !== null ? indent : scalarIndent !== null && indent > scalarIndent ? scalarIndent : null;
	}
	return null;
}
