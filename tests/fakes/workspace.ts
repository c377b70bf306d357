// Fakes of Obsidian's Workspace, WorkspaceLeaf and views: leaves in one flat list, no splits.
// Real: https://docs.obsidian.md/Reference/TypeScript+API/Workspace
// Knowingly differs: no split tree or tab groups; a leaf is hidden only through the fake-only
// setHidden (as an inactive tab is), and layout-ready happens when a test calls triggerLayoutReady.
import { Events } from "./events";
import type { TFile } from "./vault";
import { Editor, EmptyView, MarkdownView, type View, type ViewCreator, type WorkspaceApp } from "./views";

export { ItemView, MarkdownView, View, type ViewCreator, type WorkspaceApp } from "./views";

// Real: https://docs.obsidian.md/Reference/TypeScript+API/WorkspaceLeaf
/** A pane that holds one view. */
export class WorkspaceLeaf extends Events {
	app: WorkspaceApp;
	containerEl: HTMLElement;
	view: View;
	/** Fake only: a view type waiting for its plugin to register it (a restored layout). */
	pendingType: string | null = null;

	constructor(app: WorkspaceApp, containerEl: HTMLElement) {
		super();
		this.app = app;
		this.containerEl = containerEl;
		this.view = new EmptyView(this);
	}

	getViewState(): { type: string } {
		return { type: this.pendingType ?? this.view.getViewType() };
	}

	async setViewState(state: { type: string; active?: boolean }): Promise<void> {
		const create = this.app.workspace.viewCreator(state.type);
		this.pendingType = create ? null : state.type;
		await this.replaceView(create ? create(this) : new EmptyView(this));
		if (state.active) this.app.workspace.setActiveLeaf(this);
	}

	async openFile(file: TFile): Promise<void> {
		const view = new MarkdownView(this);
		view.file = file;
		const vault = this.app.vault;
		view.editor = new Editor(vault.textAt(file.path) ?? "", (text) => {
			if (vault.textAt(file.path) !== text) void vault.modify(file, text);
		});
		await this.replaceView(view);
		this.app.workspace.openedPaths.push(file.path);
		this.app.workspace.setActiveLeaf(this);
	}

	detach(): void {
		void this.closeView();
		this.containerEl.remove();
		this.app.workspace.removeLeaf(this);
	}

	/** Fake only: hides or shows the leaf as switching tabs does; Obsidian resizes a view it shows. */
	setHidden(hidden: boolean): void {
		this.containerEl.style.display = hidden ? "none" : "";
		if (!hidden) this.view.onResize();
	}

	private async replaceView(view: View): Promise<void> {
		await this.closeView();
		this.view = view;
		this.containerEl.appendChild(view.containerEl);
		view.load();
		await view.onOpen();
		this.app.workspace.trigger("layout-change");
	}

	private async closeView(): Promise<void> {
		const old = this.view;
		await old.onClose();
		old.unload();
		old.containerEl.remove();
	}
}

/** The panes and the layout lifecycle. */
export class Workspace extends Events {
	layoutReady = false;
	/** Fake only: every path opened in a leaf, in order (what a click on a note link did). */
	openedPaths: string[] = [];
	private readonly leaves: WorkspaceLeaf[] = [];
	private readonly creators = new Map<string, ViewCreator>();
	private readonly readyQueue: (() => void)[] = [];
	private activeLeaf: WorkspaceLeaf | null = null;
	private rootEl: HTMLElement | null = null;

	constructor(private readonly app: WorkspaceApp) {
		super();
	}

	onLayoutReady(callback: () => void): void {
		if (this.layoutReady) callback();
		else this.readyQueue.push(callback);
	}

	/** Fake only: what Obsidian does once the saved layout is restored. */
	triggerLayoutReady(): void {
		this.layoutReady = true;
		for (const cb of this.readyQueue.splice(0)) cb();
		this.trigger("layout-ready");
	}

	/** Fake only: leaves restored from a saved layout, before any plugin registered their views. */
	async restoreLayout(types: string[]): Promise<void> {
		for (const type of types) await this.newLeaf().setViewState({ type });
	}

	/** Fake only: called by Plugin.registerView; recreates restored leaves of that type. */
	registerViewCreator(type: string, create: ViewCreator): void {
		this.creators.set(type, create);
		for (const leaf of this.leaves.filter((l) => l.pendingType === type)) void leaf.setViewState({ type });
	}

	/** Fake only: called when a plugin unloads; Obsidian keeps the leaves, now empty. */
	unregisterViewCreator(type: string): void {
		this.creators.delete(type);
	}

	viewCreator(type: string): ViewCreator | undefined {
		return this.creators.get(type);
	}

	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.getViewState().type === type);
	}

	// A leaf whose view is not a navigable one (a dashboard) is never replaced by getLeaf(false).
	getLeaf(newLeaf?: boolean | "tab" | "split" | "window"): WorkspaceLeaf {
		if (!newLeaf) {
			const reusable = [this.activeLeaf, ...this.leaves].find((l) => l && (l.view.navigation || l.view.getViewType() === "empty"));
			if (reusable) return reusable;
		}
		return this.newLeaf();
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf {
		return this.newLeaf();
	}

	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		leaf.setHidden(false);
		this.setActiveLeaf(leaf);
	}

	setActiveLeaf(leaf: WorkspaceLeaf, _params?: { focus?: boolean }): void {
		leaf.setHidden(false);
		this.activeLeaf = leaf;
		this.trigger("active-leaf-change", leaf);
	}

	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		return view instanceof MarkdownView ? view.file : null;
	}

	getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	async openLinkText(linktext: string, sourcePath: string, newLeaf?: boolean): Promise<void> {
		const linkpath = linktext.split("#")[0] ?? "";
		const file = this.app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath);
		// Obsidian would create the missing note; the fake records the attempt instead.
		if (!file) {
			this.openedPaths.push(`(unresolved) ${linktext}`);
			return;
		}
		await this.getLeaf(newLeaf).openFile(file);
	}

	detachLeavesOfType(type: string): void {
		for (const leaf of this.getLeavesOfType(type)) leaf.detach();
	}

	/** Fake only: called by WorkspaceLeaf.detach. */
	removeLeaf(leaf: WorkspaceLeaf): void {
		const at = this.leaves.indexOf(leaf);
		if (at >= 0) this.leaves.splice(at, 1);
		if (this.activeLeaf === leaf) this.activeLeaf = null;
		this.trigger("layout-change");
	}

	/** Fake only: where leaves live in the page. */
	get containerEl(): HTMLElement {
		if (!this.rootEl) {
			this.rootEl = document.createElement("div");
			this.rootEl.className = "workspace";
			document.body.appendChild(this.rootEl);
		}
		return this.rootEl;
	}

	private newLeaf(): WorkspaceLeaf {
		const el = this.containerEl.ownerDocument.createElement("div");
		el.className = "workspace-leaf";
		this.containerEl.appendChild(el);
		const leaf = new WorkspaceLeaf(this.app, el);
		this.leaves.push(leaf);
		return leaf;
	}
}
