// Fakes of Obsidian's views: the base View, ItemView (header + content) and a MarkdownView stand-in.
// Real: https://docs.obsidian.md/Reference/TypeScript+API/View
import { Component } from "./component";
import type { MetadataCache } from "./metadata-cache";
import type { TFile } from "./vault";
import type { Workspace, WorkspaceLeaf } from "./workspace";

/** What the workspace needs of the app (the App fake satisfies it). */
export interface WorkspaceApp {
	metadataCache: MetadataCache;
	workspace: Workspace;
}

/** A factory as Plugin.registerView stores it. */
export type ViewCreator = (leaf: WorkspaceLeaf) => View;

// Real: https://docs.obsidian.md/Reference/TypeScript+API/View
/** The content of a leaf. */
export abstract class View extends Component {
	app: WorkspaceApp;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	icon = "";
	navigation = false;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = leaf.containerEl.ownerDocument.createElement("div");
		this.containerEl.className = "view-content-container";
	}

	abstract getViewType(): string;
	abstract getDisplayText(): string;
	getIcon(): string {
		return this.icon;
	}
	async onOpen(): Promise<void> {}
	async onClose(): Promise<void> {}
	onResize(): void {}
	getState(): Record<string, unknown> {
		return {};
	}
}

// Real: https://docs.obsidian.md/Reference/TypeScript+API/ItemView
/** A view with a header and a content element. */
export abstract class ItemView extends View {
	contentEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.containerEl.createDiv({ cls: "view-header" });
		this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
	}
}

/** What a leaf shows before anything is opened in it. */
export class EmptyView extends View {
	getViewType(): string {
		return "empty";
	}
	getDisplayText(): string {
		return "New tab";
	}
}

// Real: https://docs.obsidian.md/Reference/TypeScript+API/MarkdownView
// Stand-in only: it holds the opened file; there is no editor.
/** A note opened in a leaf. */
export class MarkdownView extends View {
	override navigation = true;
	file: TFile | null = null;
	getViewType(): string {
		return "markdown";
	}
	getDisplayText(): string {
		return this.file?.basename ?? "";
	}
}

