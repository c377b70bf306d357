// Fakes of Obsidian's views: the base View, ItemView (header + content) and a MarkdownView stand-in.
// Real: https://docs.obsidian.md/Reference/TypeScript+API/View
import { Component } from "./component";
import type { MetadataCache } from "./metadata-cache";
import type { TFile, Vault } from "./vault";
import type { Workspace, WorkspaceLeaf } from "./workspace";

/** What the workspace needs of the app (the App fake satisfies it). */
export interface WorkspaceApp {
	metadataCache: MetadataCache;
	workspace: Workspace;
	vault: Vault;
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

// Real: https://docs.obsidian.md/Reference/TypeScript+API/EditorPosition
/** A place in the editor: line and character, both from 0. */
export interface EditorPosition {
	line: number;
	ch: number;
}

// Real: https://docs.obsidian.md/Reference/TypeScript+API/Editor (getValue, setValue, offsetToPos,
// posToOffset, transaction with EditorChange[]). Like Obsidian's, the editor holds text the person
// typed that is not on disk yet; it is saved a moment later (Obsidian saves about two seconds after
// typing stops), which writes the file and so updates the metadata cache afterwards.
/** The text of a note open in an editor, with unsaved changes. */
export class Editor {
	/** Fake only: how many transactions ran, to check that a write is one undo step. */
	transactions = 0;
	private saving: ReturnType<typeof setTimeout> | null = null;

	constructor(
		private text: string,
		private readonly save: (text: string) => void,
	) {}

	getValue(): string {
		return this.text;
	}

	setValue(text: string): void {
		this.text = text;
		this.scheduleSave();
	}

	offsetToPos(offset: number): EditorPosition {
		const before = this.text.slice(0, offset);
		const line = before.split("\n").length - 1;
		return { line, ch: offset - (before.lastIndexOf("\n") + 1) };
	}

	posToOffset(pos: EditorPosition): number {
		const lines = this.text.split("\n");
		let offset = 0;
		for (let i = 0; i < pos.line; i++) offset += (lines[i]?.length ?? 0) + 1;
		return offset + pos.ch;
	}

	transaction(tx: { changes?: { from: EditorPosition; to?: EditorPosition; text: string }[] }): void {
		this.transactions++;
		// Changes refer to the text before the transaction: apply from the last to the first.
		const changes = [...(tx.changes ?? [])].map((c) => ({ from: this.posToOffset(c.from), to: this.posToOffset(c.to ?? c.from), text: c.text })).sort((a, b) => b.from - a.from);
		for (const c of changes) this.text = this.text.slice(0, c.from) + c.text + this.text.slice(c.to);
		this.scheduleSave();
	}

	/** Fake only: the person types `text` at the end; it stays unsaved until the save runs. */
	type(text: string): void {
		this.text += text;
		this.scheduleSave();
	}

	private scheduleSave(): void {
		if (this.saving !== null) clearTimeout(this.saving);
		this.saving = setTimeout(() => {
			this.saving = null;
			this.save(this.text);
		}, 20);
	}
}

// Real: https://docs.obsidian.md/Reference/TypeScript+API/MarkdownView
/** A note opened in a leaf, with its editor. */
export class MarkdownView extends View {
	override navigation = true;
	file: TFile | null = null;
	editor: Editor = new Editor("", () => undefined);
	getViewType(): string {
		return "markdown";
	}
	getDisplayText(): string {
		return this.file?.basename ?? "";
	}
}

