// The live model: one cached record per note that can be ours, read from metadataCache (never from
// the files, except the text of a note whose YAML Obsidian could not read), kept current by
// Obsidian's events and reassembled once per burst of changes. A Component child of the plugin:
// everything it listens to is registered on it and released when the plugin unloads.
import { dequal } from "dequal/lite";
import { Component, debounce, TFile, type App, type Debouncer } from "obsidian";
import { assemblePortfolio, type NoteRecord, type Portfolio, type PortfolioSettings } from "../core";
import { readingKey } from "../core/reading-settings";
import { tagMentionTest, type TagMentionTest } from "../core/tag-mention";
import { localDate } from "./local-date";
import { changedKeys, PartRevisions } from "./model-changes";
import { NoteReader } from "./note-reader";
import { createObsidianResolver } from "./obsidian-resolver";
import { runInSlices, type SliceOptions } from "./time-slices";

/** Tuning, mostly for tests and the benchmark. */
export interface PortfolioIndexOptions extends SliceOptions {
	/** Quiet time after the last change before the model is rebuilt (default 300 ms). */
	debounceMs?: number;
	/** The day the portfolio is looked at, `YYYY-MM-DD` (default: the local date now). */
	today?: () => string;
}

/**
 * Where the index stands: `waiting` for the layout, `cold` while Obsidian's metadata cache is still
 * being filled (before its first `resolved`), `indexing` while notes are read, `ready` once a model exists.
 */
export type IndexState = "waiting" | "cold" | "indexing" | "ready";

/** Keeps a Portfolio in step with the vault and tells listeners when it changed. */
export class PortfolioIndex extends Component {
	/** Records of the notes that are ours or have something to say (other notes are not kept). */
	private records = new Map<string, NoteRecord>();
	private readonly reader: NoteReader;
	/** Link resolutions, valid while no file is created, deleted or renamed. */
	private readonly links = new Map<string, string | null>();
	private readonly pending = new Set<string>();
	private readonly listeners = new Set<() => void>();
	private readonly schedule: Debouncer<[], void>;
	private readonly today: () => string;
	private readonly parts = new PartRevisions();
	private status: IndexState = "waiting";
	private started = false;
	private alive = false;
	/** Bumped by unload and by each full read, so a read that was overtaken stops at its next yield. */
	private generation = 0;
	private readKey = "";
	private settingsJson = "";
	/** The day the model was last assembled for. */
	private assembledDay = "";
	private current: Portfolio | null = null;
	private revisionNumber = 0;
	private assemblies = 0;

	constructor(
		private readonly app: App,
		private readonly settings: () => PortfolioSettings,
		private readonly options: PortfolioIndexOptions = {},
	) {
		super();
		this.today = options.today ?? (() => localDate());
		this.reader = new NoteReader(app, settings, (path) => {
			if (this.alive) this.mark(path);
		});
		// resetTimer: a burst of edits (typing) yields one rebuild after it ends.
		this.schedule = debounce(() => this.flush(), options.debounceMs ?? 300, true);
	}

	/** The model as of the last rebuild; an empty model (assembled on first use) before the first. */
	get portfolio(): Portfolio {
		this.current ??= this.assemble([]);
		return this.current;
	}

	/** Goes up each time the model changes; views compare it to skip redraws. */
	get revision(): number {
		return this.revisionNumber;
	}

	/** What changed after a revision a view drew: it redraws only the sections that read those parts. */
	get changes(): PartRevisions {
		return this.parts;
	}

	/** How many times the model was assembled from the notes (for the benchmark and tests). */
	get rebuilds(): number {
		return this.assemblies;
	}

	/** Whether the model reflects the vault (views show "indexing" until then, not empty findings). */
	get ready(): boolean {
		return this.status === "ready";
	}

	/** Where the index stands (see IndexState). */
	get state(): IndexState {
		return this.status;
	}

	override onload(): void {
		this.alive = true;
		// Reading the vault during the plugin's onload would slow Obsidian's start: wait for the layout.
		this.app.workspace.onLayoutReady(() => {
			if (this.alive) void this.start();
		});
	}

	override onunload(): void {
		this.alive = false;
		this.generation++;
		this.schedule.cancel();
		this.pending.clear();
		this.reader.clear();
	}

	/**
	 * Follows the vault and reads every note, in slices that yield to the UI. Runs synchronously up
	 * to the first yield, so a small vault is indexed when this returns; the promise settles once the
	 * first model exists (or at once when the metadata cache is still cold: `resolved` starts the read).
	 */
	async start(): Promise<void> {
		if (this.started) return;
		this.started = true;
		this.alive = true;
		const { metadataCache, vault } = this.app;
		// Obsidian hands over the text it indexed: keep it, a review's answers are read from it.
		this.registerEvent(
			metadataCache.on("changed", (file, data) => {
				this.reader.textChanged(file.path, data);
				this.mark(file.path);
			}),
		);
		this.registerEvent(metadataCache.on("deleted", (file) => this.mark(file.path)));
		// Where a link leads changes only when the set of files does.
		const forgetLinks = (): void => this.links.clear();
		this.registerEvent(vault.on("create", forgetLinks));
		this.registerEvent(vault.on("delete", forgetLinks));
		this.registerEvent(
			vault.on("rename", (file, oldPath) => {
				forgetLinks();
				this.mark(oldPath);
				this.mark(file.path);
			}),
		);
		// `initialized` is not in obsidian.d.ts but has been on MetadataCache for years (plugins such as
		// Breadcrumbs test it): false while the cache is still being filled at start-up.
		if ((metadataCache as { initialized?: boolean }).initialized === false) {
			this.status = "cold";
			let first = true;
			this.registerEvent(
				metadataCache.on("resolved", () => {
					if (!first) return;
					first = false;
					void this.readAll();
				}),
			);
			this.notify();
			return;
		}
		await this.readAll();
	}

	/** Calls back after each change of the model (and of the state); returns the unsubscribe function. */
	onUpdate(callback: () => void): () => void {
		this.listeners.add(callback);
		return () => this.listeners.delete(callback);
	}

	/** Schedules a rebuild after the settings changed: notes are re-read only when a reading setting changed. */
	settingsChanged(): void {
		if (this.started) this.schedule();
	}

	/** Applies pending changes now (after a write of our own, or a settings change). */
	refreshNow(): void {
		if (!this.started) return;
		this.schedule.cancel();
		this.flush();
	}

	/** Rebuilds when the date moved on since the last rebuild: a new quarter changes the findings. */
	refreshIfNewDay(): void {
		if (this.ready && this.today() !== this.assembledDay) this.refreshNow();
	}

	private mark(path: string): void {
		this.pending.add(path);
		this.schedule();
	}

	/** Reads every note in slices, then publishes; a newer call or unload abandons an older one. */
	private async readAll(): Promise<void> {
		const generation = ++this.generation;
		const isCurrent = (): boolean => this.alive && generation === this.generation;
		if (this.status !== "ready") this.status = "indexing";
		const settings = this.settings();
		const mentions = tagMentionTest(settings);
		const files = this.app.vault.getMarkdownFiles();
		const records = new Map<string, NoteRecord>();
		const unreadable: TFile[] = [];
		// Changes that arrive during the read are marked and applied afterwards.
		this.pending.clear();
		const read = runInSlices(
			files.length,
			(i) => {
				const file = files[i];
				if (file) this.reader.readInto(records, file, mentions, unreadable);
			},
			isCurrent,
			this.options,
		);
		// No await when the read finished in this task: a small vault is indexed when start() returns.
		if ((read !== true && !(await read)) || !isCurrent()) return;
		this.records = records;
		this.readKey = readingKey(settings);
		this.status = "ready";
		this.applyPending();
		this.publish(true);
		this.checkLater(unreadable);
	}

	/** Checks the text of notes with unreadable YAML after the model is out: they can only add diagnostics. */
	private checkLater(files: readonly TFile[]): void {
		if (files.length === 0) return;
		const records = this.records;
		const generation = this.generation;
		const isCurrent = (): boolean => this.alive && generation === this.generation && records === this.records;
		void this.reader.checkTexts(files, records, tagMentionTest(this.settings()), isCurrent).then((current) => {
			if (current) this.publish(false);
		});
	}

	private flush(): void {
		if (this.status !== "ready") return;
		if (readingKey(this.settings()) !== this.readKey) {
			// Tags or other reading settings changed: every note may have become ours or stopped being ours.
			void this.readAll();
			return;
		}
		const settingsJson = JSON.stringify(this.settings());
		const settingsChanged = settingsJson !== this.settingsJson;
		if (!this.applyPending() && !settingsChanged && this.today() === this.assembledDay) return;
		this.publish(settingsChanged);
	}

	/** Re-reads the notes that changed (synchronously; unreadable ones are checked from their text afterwards). */
	private applyPending(): boolean {
		if (this.pending.size === 0) return false;
		const mentions = tagMentionTest(this.settings());
		const before = new Map<string, NoteRecord | undefined>();
		const unreadable: TFile[] = [];
		for (const path of this.pending) {
			before.set(path, this.records.get(path));
			const file = this.app.vault.getAbstractFileByPath(path);
			if (file instanceof TFile && file.extension === "md") this.reader.readInto(this.records, file, mentions, unreadable);
			else {
				this.records.delete(path);
				this.reader.forget(path);
			}
		}
		this.pending.clear();
		this.checkLater(unreadable);
		// A body edit re-reads a note to the same record: nothing to assemble then.
		for (const [path, record] of before) if (!dequal(record, this.records.get(path))) return true;
		return false;
	}

	/** Assembles the model; tells listeners only when a part of it (or the settings) changed. */
	private publish(settingsChanged: boolean): void {
		this.settingsJson = JSON.stringify(this.settings());
		const next = this.assemble([...this.records.values()]);
		this.assemblies++;
		const parts = changedKeys(this.revisionNumber === 0 ? null : this.current, next);
		// Edits to unrelated notes rebuild nothing visible: keep the revision so views do not redraw.
		if (parts.length === 0 && !settingsChanged && this.revisionNumber > 0) return;
		this.current = next;
		this.revisionNumber++;
		this.parts.record(this.revisionNumber, parts, settingsChanged);
		this.notify();
	}

	private notify(): void {
		for (const listener of [...this.listeners]) listener();
	}

	private assemble(records: readonly NoteRecord[]): Portfolio {
		this.assembledDay = this.today();
		return assemblePortfolio(records, {
			settings: this.settings(),
			resolver: createObsidianResolver(this.app.metadataCache, this.links),
			today: this.assembledDay,
		});
	}
}
