// Fake of Obsidian's App, plus the fake-only helpers tests use to drive it.
// Real: https://docs.obsidian.md/Reference/TypeScript+API/App
import type { Component } from "./component";
import type { BasesViewRegistration } from "./bases";
import { CliRegistry } from "./cli";
import { MarkdownRenderChild } from "./component";
import { MetadataCache } from "./metadata-cache";
import type { CodeBlockHandler, Command, MarkdownPostProcessorContext } from "./plugin";
import { processFrontMatterText } from "./process-front-matter";
import type { PluginSettingTab } from "./ui";
import { Vault, type TFile } from "./vault";
import { Workspace } from "./workspace";

// Real: https://docs.obsidian.md/Reference/TypeScript+API/FileManager
/** Frontmatter writes go through the vault, so they fire modify and changed like Obsidian's. */
export class FileManager {
	constructor(private readonly vault: Vault) {}

	async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
		await this.vault.process(file, (text) => processFrontMatterText(text, fn));
	}
}

/** The app: vault, metadata cache, workspace, file manager, and what plugins registered. */
export class App {
	vault: Vault;
	metadataCache: MetadataCache;
	workspace: Workspace;
	fileManager: FileManager;
	/** Undocumented in Obsidian's typings but present (`app.commands`); the fake runs commands by id. */
	commands = {
		commands: {} as Record<string, Command>,
		executeCommandById: (id: string): boolean => {
			const command = this.commands.commands[id];
			if (!command) return false;
			if (command.checkCallback) return command.checkCallback(false) !== false;
			void command.callback?.();
			return true;
		},
	};
	/** Fake only: data.json of each plugin, as JSON text. */
	pluginData = new Map<string, string>();
	/** Fake only: what plugins registered. */
	settingTabs: PluginSettingTab[] = [];
	codeBlockProcessors = new Map<string, CodeBlockHandler>();
	/** Fake only: sources registered with registerHoverLinkSource, by id. */
	hoverLinkSources = new Map<string, { display: string; defaultMod: boolean }>();
	/** Fake only: Bases view types registered by plugins (Plugin.registerBasesView). */
	basesViews = new Map<string, BasesViewRegistration>();
	/** Fake only: whether the core Bases plugin is on; registerBasesView returns false when it is off. */
	basesEnabled = true;
	/** Fake only: Obsidian's command line (Plugin.registerCliHandler). */
	cli = new CliRegistry();
	private ribbon: HTMLElement | null = null;

	/**
	 * `coldCache`: start as Obsidian does on a vault it has not indexed yet: the notes exist but
	 * getFileCache returns null for them until the cache indexes each (a `changed` event per note,
	 * one macrotask later), then fires `resolved` once. Without it the cache is warm at start, as
	 * after a restart with the cache kept in IndexedDB.
	 */
	constructor(files: Record<string, string> = {}, options: { coldCache?: boolean } = {}) {
		this.vault = new Vault();
		this.metadataCache = new MetadataCache(this.vault, options.coldCache ?? false);
		this.vault.seed(files);
		this.metadataCache.seeded();
		this.workspace = new Workspace(this);
		this.fileManager = new FileManager(this.vault);
	}

	/** Fake only: where ribbon icons go. */
	get ribbonEl(): HTMLElement {
		if (!this.ribbon) {
			this.ribbon = document.createElement("div");
			this.ribbon.className = "side-dock-ribbon";
			document.body.appendChild(this.ribbon);
		}
		return this.ribbon;
	}

	/**
	 * Fake only: renders a fenced block of `language` as a note in reading view would; the
	 * returned section unloads the block's children, as closing the note does.
	 */
	async renderCodeBlock(language: string, source: string, sourcePath = "Note.md"): Promise<{ el: HTMLElement; children: Component[]; unload(): void }> {
		const handler = this.codeBlockProcessors.get(language);
		if (!handler) throw new Error(`No code block processor for ${language}`);
		const el = document.body.createDiv({ cls: "block-language-" + language });
		const children: MarkdownRenderChild[] = [];
		const ctx: MarkdownPostProcessorContext = {
			docId: "fake-doc",
			sourcePath,
			frontmatter: undefined,
			addChild: (child) => {
				children.push(child);
				child.load();
			},
			getSectionInfo: () => null,
		};
		await handler(source, el, ctx);
		return {
			el,
			children,
			unload: () => {
				for (const child of children) child.unload();
				el.remove();
			},
		};
	}
}
