// What readNote keeps of one note: parsed fields and links as written, before any other note is known.
// Plain data, so the plugin can cache one record per path and re-read only the note that changed.
import type { ScenarioRecord } from "./read-scenario";
import type { StreamValues } from "./property-table";
import type { Issue, Stream } from "./types";

/** A link as the person wrote it, plus the path part Obsidian resolves. */
export interface RawLink {
	written: string;
	linkpath: string;
}

/** A learning before its links are resolved; `from` null means "the stream note it is written in". */
export interface RawLearning {
	from: RawLink | null;
	to: RawLink;
	text: string;
	date: string | null;
	quarter: string | null;
}

/** One row of a review's `actuals`, before its stream link is resolved. */
export interface RawActual {
	stream: RawLink;
	hoursPerWeek: number | null;
	income: number | null;
	/** How alive the stream felt, 1 to 5. */
	energy: number | null;
}

/** The fields a stream note states itself (the rest of Stream is derived from all streams). */
export type StreamFields = Pick<Stream, "path" | "name" | keyof StreamValues>;

/** A stream note's own fields, with its links and learnings as written. */
export interface StreamRecord extends StreamFields {
	kind: "stream";
	funds: RawLink[];
	teaches: RawLink[];
	protects: RawLink[];
	learnings: RawLearning[];
	diagnostics: Issue[];
}

/** A quarterly review note's own fields; `quarter` is null when neither the property nor the file name gives one. */
export interface ReviewRecord {
	kind: "review";
	path: string;
	quarter: string | null;
	/** `draft: true` in the note: the actuals are still the prefilled figures. */
	draft: boolean;
	actuals: RawActual[];
	learnings: RawLearning[];
	diagnostics: Issue[];
}

/** Any other note: only a broken frontmatter is worth reporting. */
export interface OtherRecord {
	kind: "other";
	path: string;
	diagnostics: readonly Issue[];
}

/** The per-note stage's result; see readNote. */
export type NoteRecord = StreamRecord | ReviewRecord | ScenarioRecord | OtherRecord;
