// The live model: one cached record per note, read from metadataCache (never from the files), kept
// current by Obsidian's events and reassembled once per burst of changes.
import { debounce, TFile, type App, type Debouncer, type EventRef, type Events } from "obsidian";
import { assemblePortfolio, readNote, type NoteRecord, type Portfolio, type PortfolioSettings } from "../core";
import { localDate } from "./local-date";
import { toNoteInput } from "./note-input";
import { createObsidianResolver } from "./obsidian-resolver";

/** Tuning, mostly for tests and the benchmark. */
export interface PortfolioIndexOptions {
	/** Quiet time after the last change before the model is rebuilt (default 300 ms). */
	debounceMs?: number;
	/** The day the portfolio is looked at, `YYYY-MM-DD` (default: the local date now). */
	today?: () => string;
}

/** Keeps a Portfolio in step with the vault and tells listeners when it changed. */
export class PortfolioIndex {
	private readonly records = new Map<string, NoteRecord>();
	/** The text of review notes: the cache holds their list items' places but not their words. */
	private readonly texts = new Map<string, string>();
	private readonly loading = new Set<string>();
	private readonly pending = new Set<string>();
	private readonly listeners = new Set<() => void>();
	private readonly refs: [Events, EventRef][] = [];
	private readonly schedule: Debouncer<[], void>;
	private readonly today: () => string;
	private settingsKey = "";
	/** The day the model was last assembled for. */
	private assembledDay = "";
	private current: Portfolio;
	/** `current` as JSON, kept so that each flush serialises only the new model. */
	private currentJson = "";
	private revisionNumber = 0;
	private assemblies = 0;
	private running = false;

	constructor(
		private readonly app: App,
		private readonly settings: () => PortfolioSettings,
		options: PortfolioIndexOptions = {},
	) {
		this.today = options.today ?? (() => localDate());
		// resetTimer: a burst of edits (typing) yields one rebuild after it ends.
		this.schedule = debounce(() => this.flush(), options.debounceMs ?? 300, true);
		this.current = this.assemble();
		// The empty model above is a placeholder, not a rebuild the benchmark should count.
		this.assemblies = 0;
	}

	/** The model as of the last rebuild (empty until start). */
	get portfolio(): Portfolio {
		return this.current;
	}

	/** Goes up each time the model changes; views compare it to skip redraws. */
	get revision(): number {
		return this.revisionNumber;
	}

	/** How many times the model was assembled (for the benchmark and tests). */
	get rebuilds(): number {
		return this.assemblies;
	}

	/** Whether start() ran: before it, the model is empty because nothing was indexed yet. */
	get ready(): boolean {
		return this.running;
	}

	/** Indexes every note from the metadata cache and follows changes; call once the layout is ready. */
	start(): void {
		if (this.running) return;
		this.running = true;
		const { metadataCache, vault } = this.app;
		this.refs.push(
			[
				metadataCache,
				// Obsidian hands over the text it indexed: keep it, a review's answers are read from it.
				metadataCache.on("changed", (file, data) => {
					this.texts.set(file.path, data);
					this.mark(file.path);
				}),
			],
			[metadataCache, metadataCache.on("deleted", (file) => this.mark(file.path))],
			[
				vault,
				vault.on("rename", (file, oldPath) => {
					this.mark(oldPath);
					this.mark(file.path);
				}),
			],
		);
		this.flush();
	}

	/** Stops following the vault and drops pending work. */
	stop(): void {
		this.schedule.cancel();
		for (const [emitter, ref] of this.refs.splice(0)) emitter.offref(ref);
		this.running = false;
		this.pending.clear();
		this.texts.clear();
		// Changes made while stopped were not followed: a later start() must re-read every note.
		this.settingsKey = "";
	}

	/** Calls back after each change of the model; returns the unsubscribe function. */
	onUpdate(callback: () => void): () => void {
		this.listeners.add(callback);
		return () => this.listeners.delete(callback);
	}

	/** Schedules a rebuild after the settings changed; the flush sees the new settings and re-reads every note. */
	settingsChanged(): void {
		if (this.running) this.schedule();
	}

	/** Applies pending changes now (after a write of our own, or a settings change). */
	refreshNow(): void {
		if (!this.running) return;
		this.schedule.cancel();
		this.flush();
	}

	/** Rebuilds when the date moved on since the last rebuild: a new quarter changes the findings. */
	refreshIfNewDay(): void {
		if (this.running && this.today() !== this.assembledDay) this.refreshNow();
	}

	private mark(path: string): void {
		this.pending.add(path);
		this.schedule();
	}

	private flush(): void {
		const key = JSON.stringify(this.settings());
		const settingsChanged = key !== this.settingsKey;
		if (settingsChanged) {
			// Tags and other settings decide what each note is: every record is stale.
			this.settingsKey = key;
			this.pending.clear();
			this.records.clear();
			for (const file of this.app.vault.getMarkdownFiles()) this.records.set(file.path, this.read(file));
		} else if (!this.applyPending() && this.today() === this.assembledDay) {
			return;
		}
		const next = this.assemble();
		const json = JSON.stringify(next);
		// Edits to unrelated notes rebuild nothing visible: keep the revision so views do not redraw.
		// A settings change always counts: views draw with the settings too (the currency, say).
		if (!settingsChanged && json === this.currentJson) return;
		this.current = next;
		this.currentJson = json;
		this.revisionNumber++;
		for (const listener of [...this.listeners]) listener();
	}

	/** Re-reads the notes that changed; true when any record differs from before. */
	private applyPending(): boolean {
		let changed = false;
		for (const path of this.pending) {
			const before = this.records.get(path);
			const file = this.app.vault.getAbstractFileByPath(path);
			if (file instanceof TFile && file.extension === "md") {
				const record = this.read(file);
				this.records.set(path, record);
				changed ||= before === undefined || JSON.stringify(before) !== JSON.stringify(record);
			} else if (before !== undefined) {
				this.records.delete(path);
				this.texts.delete(path);
				changed = true;
			}
		}
		this.pending.clear();
		return changed;
	}

	private read(file: TFile): NoteRecord {
		const text = this.texts.get(file.path);
		const record = readNote(toNoteInput(file, this.app.metadataCache.getFileCache(file), text), this.settings());
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
				// A `changed` event may have brought newer text meanwhile, or the index stopped.
				if (!this.running || this.texts.has(file.path)) return;
				this.texts.set(file.path, text);
				this.mark(file.path);
			})
			.catch(() => undefined)
			.finally(() => this.loading.delete(file.path));
	}

	private assemble(): Portfolio {
		this.assemblies++;
		this.assembledDay = this.today();
		return assemblePortfolio([...this.records.values()], {
			settings: this.settings(),
			resolver: createObsidianResolver(this.app.metadataCache),
			today: this.assembledDay,
		});
	}
}
