// The live model: one cached record per note that can be ours, read from metadataCache (never from
// the files, except the text of a note whose YAML Obsidian could not read), kept current by
// Obsidian's events and reassembled once per burst of changes. A Component child of the plugin:
// everything it listens to is registered on it and released when the plugin unloads.
import { dequal } from "dequal/lite";
import { Component, debounce, TFile, type App, type Debouncer } from "obsidian";
import { assembleSteps, drain, type NoteRecord, type Portfolio, type PortfolioSettings, type Steps } from "../core";
import { readingKey } from "../core/reading-settings";
import { tagMentionTest } from "../core/tag-mention";
import { localDate } from "./local-date";
import { changedKeySteps, PartRevisions, type ModelKey } from "./model-changes";
import { NoteReader } from "./note-reader";
import { PathRenames } from "./path-renames";
import { createObsidianResolver } from "./obsidian-resolver";
import { runStepsInSlices, type SliceOptions } from "./time-slices";
import { READ_UNITS, readEveryNote } from "./vault-read";

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

/** An assembled model, the day it was assembled for, and what changed in it since the published one. */
interface Assembled {
	portfolio: Portfolio;
	today: string;
	parts: ModelKey[];
}

/** Keeps a Portfolio in step with the vault and tells listeners when it changed. */
export class PortfolioIndex extends Component {
	/** Records of the notes that are ours or have something to say (other notes are not kept). */
	private records = new Map<string, NoteRecord>();
	private readonly reader: NoteReader;
	/** Link resolutions, valid while no file is created, deleted or renamed. */
	private readonly links = new Map<string, string | null>();
	/** Where renamed notes went, for what a reader picked by path. */
	readonly renames = new PathRenames();
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
	/** Bumped by unload and by each assembly, so an assembly in slices that was overtaken stops at its next yield. */
	private assemblyGeneration = 0;
	/** A record changed since the model was last published (kept when an update is overtaken). */
	private dirty = false;
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
		this.current ??= drain(this.assembly([]).steps);
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
		this.assemblyGeneration++;
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
				this.renames.moved(oldPath, file.path);
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

	/**
	 * Applies pending changes now, in this task (after a write of our own, which the person waits to
	 * see, or a settings change); changes that arrive on their own are applied in slices.
	 */
	refreshNow(): void {
		if (!this.started) return;
		this.schedule.cancel();
		this.flush(true);
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
		const read = readEveryNote(files, (file) => this.reader.readInto(records, file, mentions, unreadable), isCurrent, this.options);
		// No await when the read finished in this task: a small vault is indexed when start() returns.
		if (read !== true && !(await read)) return;
		this.records = records;
		this.readKey = readingKey(settings);
		this.dirty = true;
		// A small vault is assembled in this task: start() then returns with the model ready.
		const published = this.publish(true, false);
		this.checkLater(unreadable);
		await published;
	}

	/** Checks the text of notes with unreadable YAML after the model is out: they can only add diagnostics. */
	private checkLater(files: readonly TFile[]): void {
		if (files.length === 0) return;
		const records = this.records;
		const generation = this.generation;
		const isCurrent = (): boolean => this.alive && generation === this.generation && records === this.records;
		void this.reader.checkTexts(files, records, tagMentionTest(this.settings()), isCurrent).then((current) => {
			if (!current) return;
			this.dirty = true;
			void this.publish(false, false);
		});
	}

	private flush(now = false): void {
		// Before the first model, changes wait: the first assembly applies them when it ends.
		if (this.status !== "ready") return;
		if (readingKey(this.settings()) !== this.readKey) {
			// Tags or other reading settings changed: every note may have become ours or stopped being ours.
			void this.readAll();
			return;
		}
		const settingsChanged = JSON.stringify(this.settings()) !== this.settingsJson;
		if (this.pending.size === 0 && !this.dirty && !settingsChanged && this.today() === this.assembledDay) return;
		void this.publish(settingsChanged, now);
	}

	/**
	 * Re-reads the notes that changed, one step each (unreadable ones are checked from their text
	 * afterwards); returns whether a record changed, now or in an update that was overtaken.
	 */
	private *applyPending(): Steps<boolean> {
		const mentions = tagMentionTest(this.settings());
		const unreadable: TFile[] = [];
		const paths = [...this.pending];
		this.pending.clear();
		for (const path of paths) {
			const before = this.records.get(path);
			const file = this.app.vault.getAbstractFileByPath(path);
			if (file instanceof TFile && file.extension === "md") this.reader.readInto(this.records, file, mentions, unreadable);
			else {
				this.records.delete(path);
				this.reader.forget(path);
			}
			// A body edit re-reads a note to the same record: nothing to assemble then.
			if (!this.dirty && !dequal(before, this.records.get(path))) this.dirty = true;
			yield READ_UNITS;
		}
		this.checkLater(unreadable);
		return this.dirty;
	}

	/** The changed notes re-read, the model assembled and what changed in it found; null when nothing it shows changed. */
	private *update(settingsChanged: boolean): Steps<Assembled | null> {
		const changed = yield* this.applyPending();
		if (!changed && !settingsChanged && this.today() === this.assembledDay) return null;
		const { steps, today } = this.assembly([...this.records.values()]);
		const portfolio = yield* steps;
		// Against the model published now: a newer update overtakes this one before it publishes another.
		const parts = yield* changedKeySteps(this.revisionNumber === 0 ? null : this.current, portfolio);
		return { portfolio, today, parts };
	}

	/**
	 * Applies the pending changes and assembles the model, in slices that yield to the UI unless `now`;
	 * a newer update overtakes an older one, which then stops. Resolves (or returns, when done in this
	 * task) once published.
	 */
	private publish(settingsChanged: boolean, now: boolean): void | Promise<void> {
		this.settingsJson = JSON.stringify(this.settings());
		const generation = ++this.assemblyGeneration;
		const steps = this.update(settingsChanged);
		const done = (result: Assembled | null): void => {
			if (result) this.finish(result, settingsChanged);
		};
		if (now) return done(drain(steps));
		const isCurrent = (): boolean => this.alive && generation === this.assemblyGeneration;
		// The work grows with the notes read and with the pairs of streams (their correlations).
		let streams = 0;
		for (const record of this.records.values()) if (record.kind === "stream") streams++;
		const expected = this.pending.size * READ_UNITS + this.records.size + (streams * (streams - 1)) / 2;
		const result = runStepsInSlices(steps, isCurrent, this.options, expected);
		if (!("then" in result)) return done(result.value);
		return result.then((finished) => {
			if (finished && isCurrent()) done(finished.value);
		});
	}

	/** Takes an assembled model; tells listeners only when a part of it (or the settings) changed. */
	private finish({ portfolio: next, today, parts }: Assembled, settingsChanged: boolean): void {
		this.assembledDay = today;
		this.dirty = false;
		this.assemblies++;
		const first = this.status !== "ready";
		this.status = "ready";
		// Changes that came while the first model was assembled.
		if (first && this.pending.size > 0) this.schedule();
		// Edits to unrelated notes rebuild nothing visible: keep the revision so views do not redraw.
		if (parts.length === 0 && !settingsChanged && !first && this.revisionNumber > 0) return;
		this.current = next;
		this.revisionNumber++;
		this.parts.record(this.revisionNumber, parts, settingsChanged);
		this.notify();
	}

	private notify(): void {
		for (const listener of [...this.listeners]) listener();
	}

	/** The steps that assemble the model from `records`, and the day they assemble it for. */
	private assembly(records: readonly NoteRecord[]): { steps: Steps<Portfolio>; today: string } {
		const today = this.today();
		const steps = assembleSteps(records, {
			settings: this.settings(),
			resolver: createObsidianResolver(this.app.metadataCache, this.links),
			today,
		});
		return { steps, today };
	}
}
