// The per-note stage: pure and cacheable, so the plugin re-reads only the note that changed.
import { noteIssue } from "./issues";
import type { NoteRecord, OtherRecord } from "./records";
import { readReview } from "./read-review";
import { readScenario } from "./read-scenario";
import { readStream } from "./read-stream";
import { tagKinds, wantedTags } from "./tag-kinds";
import type { ReadingSettings } from "./reading-settings";
import type { Issue, NoteInput } from "./types";
import { notMappingText } from "./yaml-problem";

const NO_TAGS: readonly string[] = Object.freeze([]);
const NO_ISSUES: readonly Issue[] = Object.freeze([]);
const EMPTY_FRONTMATTER: Record<string, unknown> = Object.freeze({});

/** Reads one note into a record: its kind (from tags), fields as written and the diagnostics it alone shows. */
export function readNote(note: NoteInput, settings: ReadingSettings): NoteRecord {
	const path = typeof note.path === "string" ? note.path : String(note.path);
	try {
		return readUnsafe(note, path, settings);
	} catch (error) {
		// A surprise in one note must not hide the rest of the vault: report it and move on.
		const reason = error instanceof Error ? error.message : String(error);
		return { kind: "other", path, diagnostics: [noteIssue("invalid-frontmatter", "error", path, `${path}: could not be read (${reason}).`)] };
	}
}

function readUnsafe(note: NoteInput, path: string, settings: ReadingSettings): NoteRecord {
	const raw: unknown = note.frontmatter;
	const frontmatter = typeof raw === "object" && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
	const tags: readonly string[] = Array.isArray(note.tags) ? (note.tags.every(isText) ? note.tags : note.tags.filter(isText)) : NO_TAGS;
	const error = typeof note.frontmatterError === "string" ? note.frontmatterError : null;
	// The kind comes from the note's tags as the caller's tag index gives them (Obsidian's getAllTags,
	// or the CLI's reading of the same rules), never from a second look at the frontmatter.
	const kind = tagKinds(tags, wantedTags(settings));
	if (kind.stream === false && kind.review === false && kind.scenario === false && error === null && (raw === null || raw === undefined || frontmatter !== null)) return other(path, NO_ISSUES);
	const isStream = kind.stream;
	const isReview = kind.review;
	const diagnostics: Issue[] = [];
	if (error !== null) diagnostics.push(noteIssue("invalid-frontmatter", "error", path, `${path}: ${error}; its properties are ignored until it is fixed.`));
	if (raw !== null && raw !== undefined && frontmatter === null) diagnostics.push(noteIssue("invalid-frontmatter", "error", path, `${path}: ${notMappingText(raw)}; its properties are ignored until it is fixed.`));
	if (isStream && isReview) {
		diagnostics.push(noteIssue("both-kinds", "warning", path, `${path}: tagged both ${settings.streamTag} and ${settings.reviewTag}; it is read as a stream. Remove one of the tags.`));
	}
	if (kind.scenario && (isStream || isReview)) {
		diagnostics.push(noteIssue("both-kinds", "warning", path, `${path}: tagged ${settings.scenarioTag} and ${isStream ? settings.streamTag : settings.reviewTag}; it is read as a ${isStream ? "stream" : "review"}. Remove one of the tags.`));
	}
	if (isStream) return readStream(path, frontmatter ?? EMPTY_FRONTMATTER, settings, diagnostics);
	if (isReview) return readReview(path, frontmatter ?? EMPTY_FRONTMATTER, settings, diagnostics, note.body);
	if (kind.scenario) return readScenario(path, frontmatter ?? EMPTY_FRONTMATTER, settings, diagnostics);
	return other(path, diagnostics.length === 0 ? NO_ISSUES : diagnostics);
}

function other(path: string, diagnostics: readonly Issue[]): OtherRecord {
	return { kind: "other", path, diagnostics };
}

function isText(value: unknown): value is string {
	return typeof value === "string";
}
