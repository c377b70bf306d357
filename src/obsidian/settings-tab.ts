// The settings page. Every change is saved at once; a value that does not validate is not saved and
// the row says why, so the notes are never indexed with a half-typed number.
import { normalizePath, PluginSettingTab, Setting, type App, type Plugin, type TextComponent } from "obsidian";
import type { PortfolioSettings, Thresholds } from "../core";
import { MEASURE_SETTING_ROWS } from "./measure-setting-rows";

/** The plugin as the settings page sees it. */
export interface SettingsStore {
	settings: PortfolioSettings;
	saveSettings(next: PortfolioSettings): Promise<void>;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

interface ThresholdRow {
	key: keyof Thresholds;
	name: string;
	desc: string;
	max: number;
	integer?: boolean;
}

const THRESHOLDS: ThresholdRow[] = [
	{ key: "minStreams", name: "Fewest active streams", desc: "Fewer active streams than this is flagged.", max: 50, integer: true },
	{ key: "maxStreams", name: "Most active streams", desc: "More active streams than this is flagged.", max: 50, integer: true },
	{ key: "driftPoints", name: "Drift from target", desc: "Points a stream's time or income share may stray from its target.", max: 100 },
	{ key: "targetsSumTolerance", name: "Targets sum tolerance", desc: "How far the targets of active streams may sum away from 100.", max: 100 },
	{ key: "overloadHours", name: "Overload hours", desc: "Hours per week, all active streams together, beyond which you are overloaded.", max: 168 },
	{ key: "incomeConcentration", name: "Income concentration", desc: "Percent of income from one stream beyond which the portfolio is fragile.", max: 100 },
	{ key: "automationExposure", name: "Automation exposure", desc: "Percent of income from high automation-risk streams beyond which it is flagged.", max: 100 },
	{ key: "stableBelow", name: "Stable below", desc: "Coefficient of variation of quarterly income (0.15 = 15%) under which a stream measures stable.", max: 10 },
	{ key: "volatileAbove", name: "Volatile above", desc: "Coefficient of variation over which a stream measures volatile.", max: 10 },
	{ key: "correlatedAbove", name: "Correlated above", desc: "Correlation of two streams' quarterly incomes (up to 1) beyond which they are flagged as rising and falling together.", max: 1 },
	{ key: "lowEnergy", name: "Low energy", desc: "Energy (1 to 5) at or under which, in a stream's last two rated reviews, it is flagged as drained.", max: 5 },
];

/** Reads a number typed in a threshold field; null when it is not a number in 0..max. */
function readThreshold(text: string, max: number, integer = false): number | null {
	const trimmed = text.trim();
	if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
	const value = Number(trimmed);
	if (value > max || (integer && !Number.isInteger(value))) return null;
	return value;
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

	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		const s = this.store.settings;

		new Setting(containerEl).setName("Notes").setHeading();
		this.textRow("Stream tag", "Notes with this tag are value streams.", s.streamTag, (v) => tagValue(v), (v) => ({ streamTag: v }), TAG_HINT);
		this.textRow("Review tag", "Notes with this tag are quarterly reviews.", s.reviewTag, (v) => tagValue(v), (v) => ({ reviewTag: v }), TAG_HINT);

		new Setting(containerEl).setName("Quarterly reviews").setHeading();
		this.textRow("Reviews folder", "Where new reviews are created. Leave empty for the vault root.", s.reviewsFolder, (v) => folderValue(v), (v) => ({ reviewsFolder: v }));
		this.textRow(
			"File name format",
			"Name of a new review, without .md. Use {quarter} (2026-Q3), or {year} and {q} (the quarter's number, 1 to 4).",
			s.reviewFileFormat,
			(v) => (v.includes("{quarter}") || (v.includes("{year}") && v.includes("{q}")) ? v.trim() : null),
			(v) => ({ reviewFileFormat: v }),
			"it needs {quarter}, or both {year} and {q}.",
		);
		this.textRow("Review template", "Path of a note to copy into new reviews. Leave empty for the built-in one.", s.reviewTemplatePath, (v) => (v.trim() === "" ? "" : normalizePath(v.trim())), (v) => ({ reviewTemplatePath: v }));
		new Setting(containerEl)
			.setName("Fiscal year start")
			.setDesc("Month in which your year starts; quarters count from it.")
			.addDropdown((dropdown) => {
				for (const [i, month] of MONTHS.entries()) dropdown.addOption(String(i + 1), month);
				dropdown.setValue(String(s.fiscalYearStartMonth)).onChange((value) => {
					const month = Number(value);
					if (Number.isInteger(month) && month >= 1 && month <= 12) void this.save({ fiscalYearStartMonth: month });
				});
			});

		new Setting(containerEl).setName("Display").setHeading();
		this.textRow("Currency", "Code or symbol shown with amounts, such as USD, EUR or £.", s.currency, (v) => (v.trim() === "" ? null : v.trim()), (v) => ({ currency: v }), "this cannot be empty.");

		new Setting(containerEl).setName("Money and time").setHeading();
		for (const row of MEASURE_SETTING_ROWS) this.textRow(row.name, row.desc, row.text(s), row.validate, row.patch, row.hint);

		new Setting(containerEl).setName("Findings").setHeading();
		for (const row of THRESHOLDS) {
			this.textRow(row.name, row.desc, String(s.thresholds[row.key]), (v) => this.thresholdValue(row, v), (v) => ({ thresholds: { ...this.store.settings.thresholds, [row.key]: Number(v) } }), thresholdHint(row));
		}
	}

	private thresholdValue(row: ThresholdRow, text: string): string | null {
		const value = readThreshold(text, row.max, row.integer);
		if (value === null) return null;
		const t = this.store.settings.thresholds;
		if (row.key === "minStreams" && value > t.maxStreams) return null;
		if (row.key === "maxStreams" && value < t.minStreams) return null;
		return String(value);
	}

	/** A text row that saves valid input and explains invalid input in place (`hint`: what to fix). */
	private textRow(name: string, desc: string, value: string, validate: (text: string) => string | null, patch: (valid: string) => Partial<PortfolioSettings>, hint = ""): void {
		const setting = new Setting(this.containerEl).setName(name).setDesc(desc);
		setting.addText((text: TextComponent) => {
			text.setValue(value).onChange((typed) => {
				const valid = validate(typed);
				text.inputEl.toggleClass("pj-invalid", valid === null);
				text.inputEl.setAttr("aria-invalid", valid === null ? "true" : null);
				setting.setDesc(valid === null ? `${desc} Not saved: ${hint}` : desc);
				if (valid !== null) void this.save(patch(valid));
			});
		});
	}

	private async save(patch: Partial<PortfolioSettings>): Promise<void> {
		await this.store.saveSettings({ ...this.store.settings, ...patch });
	}
}

const TAG_HINT = "a tag cannot be empty or contain spaces.";

function thresholdHint(row: ThresholdRow): string {
	const range = `enter a ${row.integer ? "whole " : ""}number from 0 to ${row.max}`;
	if (row.key === "minStreams") return `${range}, no more than the most active streams.`;
	if (row.key === "maxStreams") return `${range}, no fewer than the fewest active streams.`;
	return `${range}.`;
}

// Tags are stored without `#` and spaces, as the tag pane shows them.
function tagValue(text: string): string | null {
	const tag = text.trim().replace(/^#/, "");
	return tag === "" || /\s/.test(tag) ? null : tag;
}

function folderValue(text: string): string {
	const folder = normalizePath(text.trim());
	return folder === "/" ? "" : folder;
}
