// A frontmatter's YAML into properties, or one clear line saying why not, the same from every parser
// (the CLI's `yaml`, Obsidian's parseYaml): what is wrong, on which line of the note, no excerpt.
// The CLI's reader, the writers, the plugin's reading of unreadable notes and its notices use it.
import { locateFrontmatter } from "./frontmatter-locator";
import { faultLine } from "./yaml-fault-line";

/** A YAML parser handed in by the caller (Obsidian's parseYaml in the plugin, `yaml` in the CLI and tests). */
export type YamlParser = (yaml: string) => unknown;

/** A frontmatter's properties (null: an empty block or comments only), or the clause saying why there are none. */
export type ParsedProperties = { ok: true; value: Record<string, unknown> | null } | { ok: false; error: string };

/**
 * Parses the YAML of a frontmatter block into properties; `lineOffset` is the number of note lines
 * before the YAML (1, the opening fence), so that an error names the line an editor shows.
 */
export function parseProperties(yaml: string, parse: YamlParser, lineOffset: number): ParsedProperties {
	let value: unknown;
	try {
		value = parse(yaml);
	} catch (error) {
		return { ok: false, error: yamlErrorText(error, lineOffset, yaml) };
	}
	if (!isPropertyMap(value)) return { ok: false, error: notMappingText(value) };
	return { ok: true, value: value ?? null };
}

/** Why the frontmatter of a note's text cannot be read as properties, or null when it can (or there is none). */
export function frontmatterProblem(text: string, parse: YamlParser): string | null {
	const at = locateFrontmatter(text);
	if (at === null || at === "unclosed") return null;
	const parsed = parseProperties(text.slice(at.from, at.to), parse, at.lineOffset);
	return parsed.ok ? null : parsed.error;
}

/**
 * Why YAML did not parse, as a clause: `the frontmatter is not valid YAML at line 4 (map keys must
 * be unique)`. `lineOffset` is the number of note lines before the YAML's first line (1: the opening
 * fence), so the line is the one an editor shows. Reads the line from `yaml`'s `linePos` (1-based)
 * or js-yaml's `mark.line` (0-based); without either, the clause names no line. Given the `yaml`
 * text, an unclosed quote or an over-indented key is placed on the line to fix (see faultLine).
 */
export function yamlErrorText(error: unknown, lineOffset: number, yaml?: string): string {
	const line = (yaml === undefined ? null : faultLine(yaml, `${codeOf(error)} ${messageOf(error)}`)) ?? errorLine(error);
	const where = line === null ? "" : ` at line ${line + lineOffset}`;
	return `the frontmatter is not valid YAML${where} (${problemOf(error)})`;
}

/** Why a frontmatter that parsed is still no set of properties: `the frontmatter is a list, not a set of properties (key: value lines)`. */
export function notMappingText(value: unknown): string {
	const kind = Array.isArray(value) ? "a list" : `a single ${typeof value === "string" ? "text" : typeof value} value`;
	return `the frontmatter is ${kind}, not a set of properties (key: value lines)`;
}

/** Whether a parsed frontmatter is a set of properties (a mapping); null and undefined count as an empty one. */
export function isPropertyMap(value: unknown): value is Record<string, unknown> | null | undefined {
	return value === null || value === undefined || (typeof value === "object" && !Array.isArray(value) && !(value instanceof Date));
}

// The 1-based line in the YAML text, from whichever shape the parser's error has.
function errorLine(error: unknown): number | null {
	if (typeof error !== "object" || error === null) return null;
	const { linePos, mark } = error as { linePos?: { line?: unknown }[]; mark?: { line?: unknown } };
	const fromYaml = Array.isArray(linePos) ? linePos[0]?.line : undefined;
	if (typeof fromYaml === "number") return fromYaml;
	if (typeof mark?.line === "number") return mark.line + 1;
	const written = /\bat line (\d+)/u.exec(messageOf(error));
	return written ? Number(written[1]) : null;
}

// The parser's own words for the problem: its first line, without the position it appends, starting
// in lower case so that it reads inside our sentence.
function problemOf(error: unknown): string {
	const reason = typeof error === "object" && error !== null && typeof (error as { reason?: unknown }).reason === "string" ? (error as { reason: string }).reason : null;
	const first = (reason ?? messageOf(error)).split("\n", 1)[0] ?? "";
	const bare = first.replace(/\s*(?:at line \d+, column \d+:?|\(\d+:\d+\))\s*$/u, "").replace(/[.:]$/u, "").trim();
	if (bare === "") return "the parser gave no reason";
	// "Map keys ..." reads "map keys ..." inside the sentence; "YAML ..." stays as written.
	return /^\p{Lu}\p{Ll}/u.test(bare) ? bare.charAt(0).toLowerCase() + bare.slice(1) : bare;
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

// The `yaml` parser's error code (`MISSING_CHAR`, `BLOCK_AS_IMPLICIT_KEY`), "" for other parsers.
function codeOf(error: unknown): string {
	const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
	return typeof code === "string" ? code : "";
}
