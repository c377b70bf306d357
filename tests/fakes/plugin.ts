// Fake of Obsidian's Plugin: what it registers is kept on the app so tests can reach it.
// Real: https://docs.obsidian.md/Reference/TypeScript+API/Plugin
import { requireApiVersion, requireMethod } from "./api-version";
import type { App } from "./app";
import type { BasesViewRegistration } from "./bases";
import type { CliFlag, CliHandler } from "./cli";
import { Component, type MarkdownRenderChild } from "./component";
import type { PluginSettingTab } from "./ui";
import { setIcon } from "./util";
import type { ViewCreator } from "./workspace";

/** The manifest fields the fake uses. */
export interface PluginManifest {
	id: string;
	name: string;
	version: string;
	[key: string]: unknown;
}

/** A command as Plugin.addCommand takes it. */
export interface Command {
	id: string;
	name: string;
	icon?: string;
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
}

/** Real: https://docs.obsidian.md/Reference/TypeScript+API/MarkdownPostProcessorContext */
export interface MarkdownPostProcessorContext {
	docId: string;
	sourcePath: string;
	frontmatter: unknown;
	addChild(child: MarkdownRenderChild): void;
	getSectionInfo(el: HTMLElement): null;
}

/** A code block handler as registerMarkdownCodeBlockProcessor takes it. */
export type CodeBlockHandler = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<unknown> | void;

/** Base class of the plugin under test. */
export class Plugin extends Component {
	app: App;
	manifest: PluginManifest;

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	/** Fake only: loads the plugin and waits for its async onload, as Obsidian does when it enables a plugin. */
	async loadAndWait(): Promise<void> {
		this.load();
		await this.onloadResult;
	}

	addCommand(command: Command): Command {
		const full = { ...command, id: `${this.manifest.id}:${command.id}` };
		this.app.commands.commands[full.id] = full;
		this.register(() => delete this.app.commands.commands[full.id]);
		return full;
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.app.ribbonEl.createDiv({ cls: "side-dock-ribbon-action", attr: { "aria-label": title } });
		setIcon(el, icon);
		el.addEventListener("click", (evt) => void callback(evt));
		this.register(() => el.remove());
		return el;
	}

	registerView(type: string, viewCreator: ViewCreator): void {
		this.app.workspace.registerViewCreator(type, viewCreator);
		this.register(() => this.app.workspace.unregisterViewCreator(type));
	}

	addSettingTab(tab: PluginSettingTab): void {
		this.app.settingTabs.push(tab);
		this.register(() => this.app.settingTabs.splice(this.app.settingTabs.indexOf(tab), 1));
	}

	registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler): void {
		this.app.codeBlockProcessors.set(language, handler);
		this.register(() => this.app.codeBlockProcessors.delete(language));
	}

	// Real: Plugin.registerHoverLinkSource (the Page preview core plugin lists the source in its settings).
	registerHoverLinkSource(id: string, info: { display: string; defaultMod: boolean }): void {
		this.app.hoverLinkSources.set(id, info);
		this.register(() => this.app.hoverLinkSources.delete(id));
	}

	// Real: obsidian.d.ts Plugin.registerBasesView (1.10.0), "returns false if bases are not enabled in this vault".
	registerBasesView(viewId: string, registration: BasesViewRegistration): boolean {
		requireMethod("registerBasesView", "1.10.0");
		if (!this.app.basesEnabled) return false;
		this.app.basesViews.set(viewId, registration);
		this.register(() => this.app.basesViews.delete(viewId));
		return true;
	}

	// Real: obsidian.d.ts Plugin.registerCliHandler (1.12.2); see cli.ts.
	registerCliHandler(command: string, description: string, flags: Record<string, CliFlag> | null, handler: CliHandler): void {
		requireMethod("registerCliHandler", "1.12.2");
		this.app.cli.register(command, description, flags, handler);
		this.register(() => this.app.cli.unregister(command));
	}

	// Real: obsidian.d.ts Plugin.onUserEnable (1.7.2): "The user has explicitly interacted with the plugin ...
	// If your plugin registers a custom view, you can open it here."
	onUserEnable(): void {}

	/** Fake only: the user turns the plugin on in Community plugins: it loads, then hears onUserEnable (1.7.2+). */
	async enableByUser(): Promise<void> {
		await this.loadAndWait();
		if (requireApiVersion("1.7.2")) this.onUserEnable();
	}

	async loadData(): Promise<unknown> {
		const saved = this.app.pluginData.get(this.manifest.id);
		return saved === undefined ? null : (JSON.parse(saved) as unknown);
	}

	// Stored as JSON text, like data.json, so a test cannot share objects with the plugin by accident.
	async saveData(data: unknown): Promise<void> {
		this.app.pluginData.set(this.manifest.id, JSON.stringify(data));
	}
}
