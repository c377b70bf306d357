// Plugin lifecycle: onload only registers; the index (a child component) reads the notes once the layout is ready.
import { Plugin, type WorkspaceLeaf } from "obsidian";
import { mergeSettings, type PortfolioSettings } from "./core";
import { registerPortfolioBasesView } from "./obsidian/bases/portfolio-bases-view";
import { registerReportCli } from "./obsidian/cli-report";
import { registerPortfolioBlock } from "./obsidian/code-block";
import { COMMAND_NAMES } from "./obsidian/command-names";
import { registerWriteCommands } from "./obsidian/commands/register-write-commands";
import type { DashboardSource } from "./obsidian/dashboard-source";
import { DASHBOARD_VIEW_TYPE, DashboardView } from "./obsidian/dashboard-view";
import { HOVER_SOURCE_ID } from "./obsidian/note-links";
import type { PortfolioHost } from "./obsidian/plugin-host";
import { PortfolioIndex } from "./obsidian/portfolio-index";
import { PortfolioSettingTab } from "./obsidian/settings-tab";

/** Portfolio Journal: the dashboard, the code block, the settings and the write commands. */
export default class PortfolioJournalPlugin extends Plugin {
	override settings: PortfolioSettings = mergeSettings(null);
	index!: PortfolioIndex;

	override async onload(): Promise<void> {
		this.settings = mergeSettings(await this.loadData());
		// A child component: it starts itself once the layout is ready and is released with the plugin.
		this.index = this.addChild(new PortfolioIndex(this.app, () => this.settings));
		const source: DashboardSource = { index: this.index, settings: () => this.settings };
		const host: PortfolioHost = {
			app: this.app,
			settings: () => this.settings,
			portfolio: () => this.index.portfolio,
			refreshNow: () => this.index.refreshNow(),
		};

		this.registerView(DASHBOARD_VIEW_TYPE, (leaf) => new DashboardView(leaf, source));
		this.addRibbonIcon("layout-dashboard", COMMAND_NAMES["open-dashboard"], () => void this.openDashboard());
		this.addCommand({ id: "open-dashboard", name: COMMAND_NAMES["open-dashboard"], callback: () => void this.openDashboard() });
		registerPortfolioBlock(this, source);
		this.registerHoverLinkSource(HOVER_SOURCE_ID, { display: this.manifest.name, defaultMod: false });
		this.addSettingTab(new PortfolioSettingTab(this.app, this, this));
		registerWriteCommands(this, host);
		// Newer Obsidian only; both check the version first, so older apps still load the plugin.
		registerPortfolioBasesView(this, source);
		registerReportCli(this, () => this.settings);

		// Findings depend on the date (the last finished quarter): notice midnight without an edit.
		this.registerInterval(window.setInterval(() => this.index.refreshIfNewDay(), 15 * 60_000));
	}

	/** data.json changed on disk (a sync service, another device): take the new settings. */
	override async onExternalSettingsChange(): Promise<void> {
		this.settings = mergeSettings(await this.loadData());
		this.index.settingsChanged();
	}

	/** The person just turned the plugin on (Obsidian 1.7.2+): show them the dashboard. */
	override onUserEnable(): void {
		this.app.workspace.onLayoutReady(() => void this.openDashboard());
	}

	/** Saves the settings and re-reads every note under them (after the usual debounce). */
	async saveSettings(next: PortfolioSettings): Promise<void> {
		this.settings = next;
		await this.saveData(next);
		this.index.settingsChanged();
	}

	/** Shows the dashboard: the open one if any, else a new tab. */
	async openDashboard(): Promise<void> {
		const { workspace } = this.app;
		let leaf: WorkspaceLeaf | undefined = workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0];
		if (!leaf) {
			leaf = workspace.getLeaf("tab");
			await leaf.setViewState({ type: DASHBOARD_VIEW_TYPE, active: true });
			return;
		}
		// setActiveLeaf rather than revealLeaf: revealLeaf's current form needs Obsidian 1.7.2.
		workspace.setActiveLeaf(leaf, { focus: true });
	}
}
