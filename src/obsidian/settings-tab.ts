// The settings page, drawn from the one table in settings-rows.ts. Obsidian 1.13+ renders it from
// getSettingDefinitions() (searchable from the settings search); older versions call display().
// Either way every change is saved at once, and a value that does not validate is not saved and the
// row says why, so the notes are never indexed with a half-typed number.
// Real API: obsidian.d.ts 1.13.1, SettingTab.getSettingDefinitions / getControlValue / setControlValue;
// https://docs.obsidian.md/Plugins/User+interface/Settings
import { PluginSettingTab, Setting, type App, type Plugin, type SettingDefinitionItem, type TextComponent } from "obsidian";
import type { PortfolioSettings } from "../core";
import { SETTING_ROWS, settingGroups, settingRow, type SettingRow } from "./settings-rows";

/** The plugin as the settings page sees it. */
export interface SettingsStore {
	settings: PortfolioSettings;
	saveSettings(next: PortfolioSettings): Promise<void>;
}

/** The plugin's tab in Obsidian's settings. */
export class PortfolioSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly store: SettingsStore,
	) {
		super(app, plugin);
	}

	/** Obsidian 1.13+: the rows as declarative definitions, one group per heading. */
	override getSettingDefinitions(): SettingDefinitionItem[] {
		return settingGroups().map((heading) => ({
			type: "group",
			heading,
			items: SETTING_ROWS.filter((row) => row.group === heading).map((row) => ({
				name: row.name,
				desc: row.desc,
				control: row.choices
					? { type: "dropdown", key: row.key, options: row.choices }
					: { type: "text", key: row.key, validate: (value: string) => this.problem(row, value) },
			})),
		}));
	}

	override getControlValue(key: string): unknown {
		return settingRow(key)?.read(this.store.settings);
	}

	override async setControlValue(key: string, value: unknown): Promise<void> {
		const row = settingRow(key);
		if (row !== undefined && typeof value === "string") await this.apply(row, value);
	}

	/** Before Obsidian 1.13: the same rows, drawn with Setting. */
	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const heading of settingGroups()) {
			new Setting(containerEl).setName(heading).setHeading();
			for (const row of SETTING_ROWS) if (row.group === heading) this.drawRow(row);
		}
	}

	// Shown under the field by Obsidian's declarative settings; undefined accepts the value.
	private problem(row: SettingRow, value: string): string | undefined {
		const result = row.parse(value, this.store.settings);
		return "error" in result ? `Not saved: ${result.error}` : undefined;
	}

	private drawRow(row: SettingRow): void {
		const setting = new Setting(this.containerEl).setName(row.name).setDesc(row.desc);
		const value = row.read(this.store.settings);
		const { choices } = row;
		if (choices) {
			setting.addDropdown((dropdown) => {
				for (const [stored, label] of Object.entries(choices)) dropdown.addOption(stored, label);
				dropdown.setValue(value).onChange((chosen) => void this.apply(row, chosen));
			});
			return;
		}
		setting.addText((text: TextComponent) => {
			text.setValue(value).onChange((typed) => {
				const problem = this.problem(row, typed);
				text.inputEl.toggleClass("pj-invalid", problem !== undefined);
				setting.settingEl.toggleClass("pj-setting-invalid", problem !== undefined);
				text.inputEl.setAttr("aria-invalid", problem === undefined ? null : "true");
				setting.setDesc(problem === undefined ? row.desc : `${row.desc} ${problem}`);
				if (problem === undefined) void this.apply(row, typed);
			});
		});
	}

	private async apply(row: SettingRow, text: string): Promise<void> {
		const result = row.parse(text, this.store.settings);
		if ("patch" in result) await this.save(result.patch);
	}

	private async save(patch: Partial<PortfolioSettings>): Promise<void> {
		await this.store.saveSettings({ ...this.store.settings, ...patch });
	}
}
