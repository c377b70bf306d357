// Deterministic synthetic vaults for the benchmark and its smoke test: the same options always give
// the same notes, in memory (what metadataCache would hand the core) and on disk (what the CLI reads).
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import type { NoteInput } from "../../src/core/types";
import { createRng } from "./prng";
import { plainNote, reviewNote, streamNote, streamRefs, type GeneratedNote } from "./vault-notes";

/** What to generate: N notes in all, S of them streams, one review per quarter over Q quarters. */
export interface VaultOptions {
	notes: number;
	streams: number;
	quarters: number;
	seed?: number;
	/** The day the vault is looked at; reviews cover the Q quarters before the one containing it. */
	today?: string;
	streamTag?: string;
	reviewTag?: string;
}

/** A generated vault: its notes, the core's view of them, and every path (for the link resolver). */
export interface GeneratedVault {
	notes: GeneratedNote[];
	inputs: NoteInput[];
	paths: string[];
	streamPaths: string[];
	reviewPaths: string[];
	today: string;
}

/** The Q calendar quarters (`YYYY-Qn`) that end just before the quarter containing `today`, oldest first. */
export function quartersBefore(today: string, count: number): string[] {
	const year = Number(today.slice(0, 4));
	const month = Number(today.slice(5, 7));
	let index = year * 4 + Math.floor((month - 1) / 3) - 1;
	const quarters: string[] = [];
	for (let i = 0; i < count; i++, index--) quarters.unshift(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`);
	return quarters;
}

/** Builds the vault in memory; plain notes fill whatever N leaves after streams and reviews. */
export function generateVault(options: VaultOptions): GeneratedVault {
	const rng = createRng(options.seed ?? 20260515);
	const today = options.today ?? "2026-05-15";
	const streamTag = options.streamTag ?? "portfolio/stream";
	const reviewTag = options.reviewTag ?? "portfolio/review";
	const refs = streamRefs(rng, options.streams);
	const notes: GeneratedNote[] = [];
	for (let i = 0; i < refs.length; i++) notes.push(streamNote(rng, refs, i, streamTag, today));
	for (const quarter of quartersBefore(today, options.quarters)) notes.push(reviewNote(rng, refs, quarter, reviewTag));
	const plain = Math.max(0, options.notes - notes.length);
	for (let i = 0; i < plain; i++) notes.push(plainNote(rng, refs, i));
	return {
		notes,
		inputs: notes.map(toInput),
		paths: notes.map((n) => n.path),
		streamPaths: refs.map((r) => r.path),
		reviewPaths: notes.slice(refs.length, refs.length + options.quarters).map((n) => n.path),
		today,
	};
}

/** The core's view of a note: a copy, so a caller may change it without touching the generated note. */
export function toInput(note: GeneratedNote): NoteInput {
	return { path: note.path, frontmatter: note.frontmatter === null ? null : structuredClone(note.frontmatter), tags: [...note.tags] };
}

/** The note as a Markdown file: YAML frontmatter between `---` lines, then the body. */
export function noteText(note: GeneratedNote): string {
	if (note.frontmatter === null) return note.body;
	return `---\n${stringify(note.frontmatter)}---\n${note.body}`;
}

/** Writes every note under `dir` (which should be empty), a few hundred files at a time. */
export async function writeVault(vault: GeneratedVault, dir: string): Promise<void> {
	const folders = new Set(vault.notes.map((n) => dirname(join(dir, n.path))));
	for (const folder of folders) await mkdir(folder, { recursive: true });
	const batch = 256;
	for (let i = 0; i < vault.notes.length; i += batch) {
		await Promise.all(vault.notes.slice(i, i + batch).map((n) => writeFile(join(dir, n.path), noteText(n), "utf8")));
	}
}
