// Reading notes for the index: from Obsidian's cache, after the cheap first look (note-candidate.ts),
// with the text of review notes kept beside (a review's answers are read from its list items' words).
import type { App, CachedMetadata, TFile } from "obsidian";
import { readNote, type NoteRecord } from "../core";
import type { ReadingSettings } from "../core/reading-settings";
import type { TagMentionTest } from "../core/tag-mention";
import { frontmatterProblem } from "../core/yaml-problem";
import { obsidianYaml } from "./commands/note-writer";
import { candidacy } from "./note-candidate";
import { toNoteInput } from "./note-input";

/** Reads notes into records; keeps review notes' text and fetches it when the cache alone was read. */
export class NoteReader {
	/** The text of review notes: the cache holds their list items' places but not their words. */
	private readonly texts = new Map<string, string>();
	private readonly loading = new Set<string>();

	constructor(
		private readonly app: App,
		private readonly settings: () => ReadingSettings,
		/** Called once a review's text arrived: its record should be read again. */
		private readonly textLoaded: (path: string) => void,
	) {}

	/** Keeps the text Obsidian indexed for a note (the data of its `changed` event). */
	textChanged(path: string, text: string): void {
		this.texts.set(path, text);
	}

	/** Forgets a note that is gone. */
	forget(path: string): void {
		this.texts.delete(path);
	}

	/** Forgets every note (the index was unloaded). */
	clear(): void {
		this.texts.clear();
	}

	/**
	 * Reads one note into `records` when it can be ours, and removes it when it cannot (or says
	 * nothing); notes whose frontmatter Obsidian could not read go to `unreadable`, to decide from their
	 * text. Returns whether the note was read (rather than dismissed by the cheap first look).
	 */
	readInto(records: Map<string, NoteRecord>, file: TFile, mentions: TagMentionTest, unreadable: TFile[]): boolean {
		const cache = this.app.metadataCache.getFileCache(file);
		const decision = candidacy(cache, mentions);
		if (decision === "check-text") unreadable.push(file);
		if (decision !== "read") {
			records.delete(file.path);
			this.texts.delete(file.path);
			return false;
		}
		keep(records, file.path, this.read(file, cache));
		return true;
	}

	/**
	 * Notes whose frontmatter Obsidian could not read: their diagnostic is ours to give only when the
	 * text names one of our tags (the rest is the Properties view's business). Rare, so read one by one.
	 * Resolves false when `isCurrent()` turned false meanwhile.
	 */
	async checkTexts(files: readonly TFile[], records: Map<string, NoteRecord>, mentions: TagMentionTest, isCurrent: () => boolean): Promise<boolean> {
		for (const file of files) {
			const text = await this.app.vault.cachedRead(file);
			if (!isCurrent()) return false;
			// Our parser names the problem and its line, as the CLI does; Obsidian's cache only says there is one.
			if (mentions(text)) keep(records, file.path, this.read(file, this.app.metadataCache.getFileCache(file), frontmatterProblem(text, obsidianYaml)));
		}
		return true;
	}

	private read(file: TFile, cache: CachedMetadata | null, problem?: string | null): NoteRecord {
		const text = this.texts.get(file.path);
		const record = readNote(toNoteInput(file, cache, text, problem), this.settings());
		// Only reviews need their text: drop the others', and fetch a review's once (at start, or after a rename).
		if (record.kind !== "review") this.texts.delete(file.path);
		else if (text === undefined) this.loadText(file);
		return record;
	}

	/** Reads a review's text in the background; its record is re-read once the text is here. */
	private loadText(file: TFile): void {
		if (this.loading.has(file.path)) return;
		this.loading.add(file.path);
		void this.app.vault
			.cachedRead(file)
			.then((text) => {
				// A `changed` event may have brought newer text meanwhile.
				if (this.texts.has(file.path)) return;
				this.texts.set(file.path, text);
				this.textLoaded(file.path);
			})
			.catch(() => undefined)
			.finally(() => this.loading.delete(file.path));
	}
}

/** Keeps a record that says something: a stream, a review, or a note with diagnostics. */
function keep(records: Map<string, NoteRecord>, path: string, record: NoteRecord): void {
	if (record.kind === "other" && record.diagnostics.length === 0) records.delete(path);
	else records.set(path, record);
}
