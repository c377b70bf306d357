// Reading a stream note's frontmatter into a StreamRecord (no other note needed), property by
// property from the property table, names in any case.
import { checkStartEnd } from "./plan-fields";
import { noteIssue } from "./issues";
import { unlinkableMark, unlinkableReason } from "./link-names";
import { PropertyLookup } from "./property-lookup";
import { nameIssues, readTable, type ReadContext } from "./property-readers";
import { STREAM_LINKS, STREAM_LISTS, STREAM_PROPERTY_NAMES, STREAM_VALUES } from "./property-table";
import type { StreamRecord } from "./records";
import type { ReadingSettings } from "./reading-settings";
import type { Issue } from "./types";

/** A stream note's fields, links and learnings as written, with the diagnostics found in it alone. */
export function readStream(path: string, frontmatter: Record<string, unknown>, settings: ReadingSettings, diagnostics: Issue[]): StreamRecord {
	const lookup = new PropertyLookup(frontmatter);
	const ctx = readContext(path, settings, diagnostics, true, null);
	const values = readTable(STREAM_VALUES, lookup, ctx);
	const links = readTable(STREAM_LINKS, lookup, ctx);
	const lists = readTable(STREAM_LISTS, lookup, ctx);
	checkStartEnd(values.start, values.end, path, diagnostics);
	diagnostics.push(...nameIssues(lookup, STREAM_PROPERTY_NAMES, path));
	const name = basename(path);
	const mark = unlinkableMark(name);
	if (mark !== null) diagnostics.push(noteIssue("unlinkable-name", "error", path, `${path}: ${unlinkableReason(name, mark)}.`));
	return { kind: "stream", path, name, ...values, ...links, ...lists, diagnostics };
}

/** The context every reader of one note shares. */
export function readContext(path: string, settings: ReadingSettings, out: Issue[], inStream: boolean, quarter: string | null): Omit<ReadContext, "property"> {
	return { path, out, settings, numbers: { format: settings.numberFormat, currency: settings.currency }, inStream, quarter };
}

/** A note's name as links use it: the file name without folder and `.md`. */
export function basename(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}
