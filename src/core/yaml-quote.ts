// Turning values into YAML scalars that cannot add keys, start a list or break the frontmatter.

// Words YAML 1.1 or 1.2 readers turn into booleans or null: such strings must be quoted.
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;
// Plain scalars we leave unquoted because people write them so: `anchor`, `portfolio/stream`.
// Starting with a letter or `_`, they can never read as a number (`1e3`, `.inf`) or start a list.
const SAFE_PLAIN = /^[\p{L}_][\p{L}\p{N} _./-]*$/u;
// JSON leaves these alone, but YAML counts them as line breaks or non-printable characters.
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

/** A string as a YAML double-quoted scalar; always safe, whatever the text holds. */
export function quoteYamlString(value: string): string {
	return JSON.stringify(value).replace(YAML_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A value as the YAML scalar we write: numbers bare, harmless words plain, anything else quoted. */
export function formatYamlScalar(value: string | number): string {
	if (typeof value === "number") return Number.isFinite(value) ? String(value) : quoteYamlString(String(value));
	if (SAFE_PLAIN.test(value) && !RESERVED.test(value) && value.trim() === value) return value;
	return quoteYamlString(value);
}
