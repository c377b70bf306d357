// The few RFC 5545 rules a calendar file needs, written by hand rather than with a library (see the
// README's "Calendar export"): TEXT escaping (3.3.11), line folding at 75 octets (3.1), CRLF line ends,
// and DATE-TIME values (3.3.5), floating (local) or UTC.

/** A TEXT value escaped: backslash, semicolon and comma get a backslash; a line break becomes `\n`. */
export function escapeText(text: string): string {
	return text.replace(/[\\;,]/gu, (c) => `\\${c}`).replace(/\r\n|\r|\n/gu, "\\n");
}

/**
 * One content line folded so that no line is longer than 75 octets of UTF-8 (RFC 5545 3.1): a
 * continuation line starts with one space, which counts; a character is never split across lines.
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = "";
	let octets = 0;
	for (const char of line) {
		const size = utf8Length(char);
		if (octets + size > 75) {
			parts.push(current);
			current = " ";
			octets = 1;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join("\r\n");
}

/** Content lines (unfolded) joined as a calendar file wants them: each folded, each ended by CRLF. */
export function contentText(lines: readonly string[]): string {
	return lines.map((line) => `${foldLine(line)}\r\n`).join("");
}

/** Undoes folding (RFC 5545 3.1: a line break followed by one space or tab), for reading a file back. */
export function unfold(text: string): string {
	return text.replace(/\r?\n[ \t]/gu, "");
}

/** A floating DATE-TIME (no `Z`, no TZID: the same wall-clock time wherever the reader is): `20261130T090000`. */
export function floatingDateTime(year: number, month: number, day: number, minutesOfDay: number): string {
	// Date.UTC normalises day 31 of a 30-day month and minute 1440 into the next day.
	const d = new Date(Date.UTC(year, month - 1, day, 0, minutesOfDay));
	return `${datePart(d)}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;
}

/** A UTC DATE-TIME, as DTSTAMP must be: `20261129T143000Z`. */
export function utcDateTime(date: Date): string {
	return `${datePart(date)}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

function datePart(d: Date): string {
	return `${String(d.getUTCFullYear()).padStart(4, "0")}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

function pad(n: number): string {
	return String(n).padStart(2, "0");
}

function utf8Length(char: string): number {
	const code = char.codePointAt(0) ?? 0;
	return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}
