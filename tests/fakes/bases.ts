// Fake of Obsidian's Bases plugin API (1.10+), and a small host that plays the part of a `.base`
// file open in a tab. Real: obsidian.d.ts 1.13.1 (BasesView, BasesViewConfig, BasesQueryResult,
// BasesEntry, QueryController, BasesViewRegistration); https://docs.obsidian.md/Plugins/Bases
// (and obsidianmd/obsidian-maps, the official plugin whose MapView extends BasesView the same way).
// Knowingly small: the host takes the selected files from the test instead of evaluating the
// Base's filters, and entries carry no property values: getValue throws, so a view that reads
// numbers out of Bases values (instead of the metadata cache) fails here.
import { onApiVersionChange, requireApiVersion } from "./api-version";
import type { App } from "./app";
import { Component } from "./component";
import { stringifyYaml } from "./util";
import type { TFile } from "./vault";

// Real: obsidian.d.ts QueryController: "Responsible for executing the Bases query ... Notifies views of updated results."
/** The query behind one open Base view. */
export class QueryController extends Component {
	constructor(readonly app: App) {
		super();
	}
}

// Real: obsidian.d.ts BasesEntry: one "row" or file in a base.
/** One selected note. */
export class BasesEntry {
	constructor(readonly file: TFile) {}
	getValue(propertyId: string): never {
		throw new Error(`The stand-in's Bases entries carry no values (asked for ${propertyId}): read the note through the metadata cache.`);
	}
}

// Real: obsidian.d.ts BasesQueryResult: `data` ungrouped with sort and limit applied; replaced on each change.
/** The rows of one query run. */
export class BasesQueryResult {
	constructor(readonly data: BasesEntry[]) {}
	get groupedData(): { key?: unknown; entries: BasesEntry[]; hasKey(): boolean }[] {
		return [{ entries: this.data, hasKey: () => false }];
	}
	get properties(): string[] {
		return [];
	}
}

// Real: obsidian.d.ts BasesViewConfig: one entry of the `views:` list of a `.base` file; options are its keys.
/** A view's saved options. */
export class BasesViewConfig {
	constructor(
		readonly name: string,
		private readonly entry: Record<string, unknown>,
	) {}
	get(key: string): unknown {
		return this.entry[key];
	}
	set(key: string, value: unknown): void {
		if (value === null) delete this.entry[key];
		else this.entry[key] = value;
	}
	getOrder(): string[] {
		return [];
	}
	getSort(): [] {
		return [];
	}
	getDisplayName(propertyId: string): string {
		return propertyId.replace(/^(note|file|formula)\./, "");
	}
}

/** What a Base view option is, as BasesViewRegistration.options returns them (dropdowns only here). */
export interface BasesOption {
	key: string;
	type: string;
	displayName: string;
	default?: unknown;
	options?: Record<string, string>;
}

/** A registration, as Plugin.registerBasesView takes it. */
export interface BasesViewRegistration {
	name: string;
	icon: string;
	factory: (controller: QueryController, containerEl: HTMLElement) => FakeBasesView;
	options?: (config: BasesViewConfig) => BasesOption[];
}

// Real: obsidian.d.ts `abstract class BasesView extends Component` (1.10.0); createFileForView since 1.10.2.
/** Base class of a plugin's Bases view. */
abstract class FakeBasesView extends Component {
	abstract type: string;
	app: App;
	config!: BasesViewConfig;
	allProperties: string[] = [];
	data!: BasesQueryResult;
	/** Fake only: notes createFileForView made, with their frontmatter. */
	static created: { path: string; frontmatter: Record<string, unknown> }[] = [];

	protected constructor(controller: QueryController) {
		super();
		this.app = controller.app;
	}

	abstract onDataUpdated(): void;

	// Real: "Display the new note menu for a file with the provided filename and optionally a function
	// to modify the frontmatter." The fake skips the menu and creates `<name>.md` at the root at once.
	async createFileForView(baseFileName?: string, frontmatterProcessor?: (frontmatter: Record<string, unknown>) => void): Promise<void> {
		const frontmatter: Record<string, unknown> = {};
		frontmatterProcessor?.(frontmatter);
		const path = `${baseFileName ?? "Untitled"}.md`;
		await this.app.vault.create(path, `---\n${stringifyYaml(frontmatter)}---\n`);
		FakeBasesView.created.push({ path, frontmatter });
	}
}

export { FakeBasesView };

/** `BasesView` as the module exports it: absent (undefined) before Obsidian 1.10, as in the real app. */
export let BasesView: typeof FakeBasesView | undefined = FakeBasesView;
onApiVersionChange(() => {
	BasesView = requireApiVersion("1.10.0") ? FakeBasesView : undefined;
});

/**
 * Fake only: a `.base` open in a tab, showing one view of a registered type over `files`. Like
 * Obsidian, it gives the view a fresh query result after each metadata change and after an option
 * change, and unloads the view when closed.
 */
export class BasesHost {
	readonly containerEl: HTMLElement;
	readonly view: FakeBasesView;
	private readonly controller: QueryController;
	private readonly offChanged: () => void;

	constructor(
		private readonly app: App,
		readonly registration: BasesViewRegistration,
		private files: TFile[],
		viewEntry: Record<string, unknown> = {},
	) {
		this.containerEl = document.body.createDiv({ cls: "bases-view" });
		this.controller = new QueryController(app);
		this.view = registration.factory(this.controller, this.containerEl);
		this.view.config = new BasesViewConfig(typeof viewEntry.name === "string" ? viewEntry.name : registration.name, { ...viewEntry });
		this.controller.addChild(this.view);
		this.controller.load();
		const ref = app.metadataCache.on("changed", () => this.update());
		this.offChanged = () => app.metadataCache.offref(ref);
		this.update();
	}

	/** The options panel of the view, as the registration describes it for the current config. */
	get options(): BasesOption[] {
		return this.registration.options?.(this.view.config) ?? [];
	}

	/** Sets a view option, as the options panel does, and redraws. */
	setOption(key: string, value: unknown): void {
		this.view.config.set(key, value);
		this.update();
	}

	/** Changes which notes the Base selects (what an edited filter does), and redraws. */
	select(files: TFile[]): void {
		this.files = files;
		this.update();
	}

	close(): void {
		this.offChanged();
		this.controller.unload();
		this.containerEl.remove();
	}

	private update(): void {
		this.view.data = new BasesQueryResult(this.files.map((file) => new BasesEntry(file)));
		this.view.onDataUpdated();
	}
}
