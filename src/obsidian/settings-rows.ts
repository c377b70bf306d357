// Every setting the plugin offers, as one table: the settings tab draws it both ways (Obsidian's
// declarative settings on 1.13+, the classic `display()` before), so a new setting is one entry here.
import { normalizePath } from "obsidian";
import type { PortfolioSettings, Thresholds } from "../core";
import { isCurrencySetting } from "../core/currency-marks";
import { isNumberFormat, NUMBER_FORMATS } from "../core/number-format";
import { MEASURE_SETTING_ROWS } from "./measure-setting-rows";
import { readAmountSetting, readPlainSetting, showNumberSetting } from "./number-setting";

/** A change to the settings, or what the person must fix (nothing is saved then). */
export type RowResult = { patch: Partial<PortfolioSettings> } | { error: string };

/** One setting: where it sits, what it is called, how its text is shown and read back. */
export interface SettingRow {
	/** The heading it sits under; headings appear in the order of their first row. */
	group: string;
	/** A stable key: Obsidian hands it back to getControlValue / setControlValue. */
	key: string;
	name: string;
	desc: string;
	/** A dropdown of these choices (stored value to label) instead of a text field. */
	choices?: Record<string, string>;
	/** The value as the field shows it. */
	read(settings: PortfolioSettings): string;
	/** The typed (or chosen) text as a change, given the settings now; an `error` ends "Not saved: …". */
	parse(text: string, settings: PortfolioSettings): RowResult;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const TAG_HINT = "a tag cannot be empty or contain spaces.";

// Thresholds that bound each other: the lower one stays at or under the upper one.
const BOUNDS: Partial<Record<keyof Thresholds, { other: keyof Thresholds; lower: boolean; words: (s: PortfolioSettings) => string }>> = {
	minStreams: { other: "maxStreams", lower: true, words: () => "no more than the most active streams" },
	maxStreams: { other: "minStreams", lower: false, words: () => "no fewer than the fewest active streams" },
	stableBelow: { other: "volatileAbove", lower: true, words: (s) => `no more than volatile above (${showNumberSetting(s.thresholds.volatileAbove, s)})` },
	volatileAbove: { other: "stableBelow", lower: false, words: (s) => `no less than stable below (${showNumberSetting(s.thresholds.stableBelow, s)})` },
};

/** The rows, in the order the tab shows them. Add a setting by adding an entry. */
export const SETTING_ROWS: SettingRow[] = [
	tagRow("streamTag", "Stream tag", "Notes with this tag are value streams."),
	tagRow("reviewTag", "Review tag", "Notes with this tag are quarterly reviews."),
	tagRow("scenarioTag", "Scenario tag", "Notes with this tag are scenarios: other designs of the portfolio to compare."),
	{
		group: "Quarterly reviews",
		key: "reviewsFolder",
		name: "Reviews folder",
		desc: "Where new reviews are created. Leave empty for the vault root.",
		read: (s) => s.reviewsFolder,
		parse: (text) => ({ patch: { reviewsFolder: folderValue(text) } }),
	},
	{
		group: "Quarterly reviews",
		key: "reviewFileFormat",
		name: "File name format",
		desc: "Name of a new review, without .md. Use {quarter} (2026-Q3), or {year} and {q} (the quarter's number, 1 to 4).",
		read: (s) => s.reviewFileFormat,
		parse: (text) =>
			text.includes("{quarter}") || (text.includes("{year}") && text.includes("{q}"))
				? { patch: { reviewFileFormat: text.trim() } }
				: { error: "it needs {quarter}, or both {year} and {q}." },
	},
	{
		group: "Quarterly reviews",
		key: "reviewTemplatePath",
		name: "Review template",
		desc: "Path of a note to copy into new reviews. Leave empty for the built-in one.",
		read: (s) => s.reviewTemplatePath,
		parse: (text) => ({ patch: { reviewTemplatePath: text.trim() === "" ? "" : normalizePath(text.trim()) } }),
	},
	{
		group: "Quarterly reviews",
		key: "fiscalYearStartMonth",
		name: "Fiscal year start",
		desc: "Month in which your year starts; quarters count from it.",
		choices: Object.fromEntries(MONTHS.map((month, i) => [String(i + 1), month])),
		read: (s) => String(s.fiscalYearStartMonth),
		parse: (text) => {
			const month = Number(text);
			return Number.isInteger(month) && month >= 1 && month <= 12 ? { patch: { fiscalYearStartMonth: month } } : { error: "choose a month." };
		},
	},
	{
		group: "Notes",
		key: "numberFormat",
		name: "Number format",
		desc: "How numbers written as text in your notes are read, such as 85,000 or 12.5. Text that another format would read differently is reported, never guessed.",
		choices: Object.fromEntries(NUMBER_FORMATS.map((format) => [format, format])),
		read: (s) => s.numberFormat,
		parse: (text) => (isNumberFormat(text) ? { patch: { numberFormat: text } } : { error: "choose a number format." }),
	},
	{
		group: "Display",
		key: "currency",
		name: "Currency",
		desc: "Code or symbol shown with amounts, such as USD, EUR or £.",
		read: (s) => s.currency,
		parse: (text) => {
			const currency = text.trim();
			if (currency === "") return { error: "this cannot be empty." };
			return isCurrencySetting(currency) ? { patch: { currency } } : { error: "enter a currency code such as EUR, or a symbol such as £." };
		},
	},
	{
		group: "Display",
		key: "icsPath",
		name: "Calendar file",
		desc: 'Where "Export week to calendar" writes your time blocks. It only ever replaces a file it wrote.',
		read: (s) => s.icsPath,
		parse: (text) => {
			// A calendar path must end in .ics, so the export can never be pointed at a note.
			const path = normalizePath(text.trim());
			return /^.+\.ics$/iu.test(path) ? { patch: { icsPath: path } } : { error: "enter a file path ending in .ics." };
		},
	},
	{
		group: "Planning",
		key: "weeksPerYear",
		name: "Working weeks a year",
		desc: "Turns income a year and hours a week into an hourly rate.",
		read: (s) => showNumberSetting(s.weeksPerYear, s),
		parse: (text, s) => {
			const weeks = readPlainSetting(text, s);
			return weeks !== null && weeks >= 1 && weeks <= 53 ? { patch: { weeksPerYear: weeks } } : { error: "enter a number of weeks from 1 to 53." };
		},
	},
	{
		group: "Planning",
		key: "exploreMinIncome",
		name: "Least income when exploring",
		desc: "Income a year a combination of streams must bring to be explored; 0 for no minimum.",
		read: (s) => showNumberSetting(s.exploreMinIncome, s),
		parse: (text, s) => {
			const reading = readAmountSetting(text, s);
			if ("error" in reading) return reading;
			return reading.value === null ? { error: "enter an amount, 0 or more." } : { patch: { exploreMinIncome: reading.value } };
		},
	},
	{
		group: "Planning",
		key: "exploreRequireAnchor",
		name: "Anchor when exploring",
		desc: "Whether every combination of streams explored must hold an anchor stream.",
		choices: { true: "Required", false: "Not required" },
		read: (s) => String(s.exploreRequireAnchor),
		parse: (text) => (text === "true" || text === "false" ? { patch: { exploreRequireAnchor: text === "true" } } : { error: "choose required or not required." }),
	},
	...MEASURE_SETTING_ROWS,
	thresholdRow("minStreams", "Fewest active streams", "Fewer active streams than this is flagged.", 50, true),
	thresholdRow("maxStreams", "Most active streams", "More active streams than this is flagged.", 50, true),
	thresholdRow("driftPoints", "Drift from target", "Points a stream's time or income share may stray from its target.", 100),
	thresholdRow("targetsSumTolerance", "Targets sum tolerance", "How far the targets of active streams may sum away from 100.", 100),
	thresholdRow("overloadHours", "Overload hours", "Hours per week, all active streams together, beyond which you are overloaded.", 168),
	thresholdRow("incomeConcentration", "Income concentration", "Percent of income from one stream beyond which the portfolio is fragile.", 100),
	thresholdRow("automationExposure", "Automation exposure", "Percent of income from high automation-risk streams beyond which it is flagged.", 100),
	thresholdRow("boundaryMismatchHours", "Time block gap in hours", "Hours by which a stream's time blocks may differ from its hours per week (the gap must also pass the percent below).", 168),
	thresholdRow("boundaryMismatchPercent", "Time block gap in percent", "Percent of hours per week by which a stream's time blocks may differ from it.", 100),
	thresholdRow("contextSwitchStreams", "Streams in one day", "A day with weekly blocks of this many streams or more is flagged as context switching.", 50, true),
	thresholdRow("maxNodes", "Most streams in a roadmap quarter", "More streams running in one planned quarter than this is flagged.", 50, true),
	thresholdRow("deepWorkMinutes", "Deep work minutes", "A stream whose time blocks are all shorter than this has no deep work.", 1440, true),
	thresholdRow("stableBelow", "Stable below", "Coefficient of variation of quarterly income (0.15 = 15%) under which a stream measures stable.", 10),
	thresholdRow("volatileAbove", "Volatile above", "Coefficient of variation over which a stream measures volatile.", 10),
	thresholdRow("correlatedAbove", "Correlated above", "Correlation of two streams' quarterly incomes (up to 1) beyond which they are flagged as rising and falling together.", 1),
	thresholdRow("lowEnergy", "Low energy", "Energy (1 to 5) at or under which, in a stream's last two rated reviews, it is flagged as drained.", 5),
];

/** The row with this key, if any. */
export function settingRow(key: string): SettingRow | undefined {
	return SETTING_ROWS.find((row) => row.key === key);
}

/** The headings in the order of their first row. */
export function settingGroups(): string[] {
	return [...new Set(SETTING_ROWS.map((row) => row.group))];
}

// Tags are stored without `#` and spaces, as the tag pane shows them.
function tagRow(key: "streamTag" | "reviewTag" | "scenarioTag", name: string, desc: string): SettingRow {
	return {
		group: "Notes",
		key,
		name,
		desc,
		read: (s) => s[key],
		parse: (text) => {
			const tag = text.trim().replace(/^#/, "");
			return tag === "" || /\s/.test(tag) ? { error: TAG_HINT } : { patch: { [key]: tag } };
		},
	};
}

function folderValue(text: string): string {
	const folder = normalizePath(text.trim());
	return folder === "/" ? "" : folder;
}

// A threshold is a plain number in 0..max (whole for stream counts), in order with the one it bounds.
function thresholdRow(key: keyof Thresholds, name: string, desc: string, max: number, integer = false): SettingRow {
	const range = `enter a ${integer ? "whole " : ""}number from 0 to ${max}`;
	return {
		group: "Findings",
		key: `thresholds.${key}`,
		name,
		desc,
		read: (s) => showNumberSetting(s.thresholds[key], s),
		parse: (text, s) => {
			const value = readPlainSetting(text, s) ?? NaN;
			const fits = value <= max && (!integer || Number.isInteger(value));
			const bound = BOUNDS[key];
			const other = bound ? s.thresholds[bound.other] : value;
			const ordered = bound?.lower === false ? value >= other : value <= other;
			return fits && ordered ? { patch: { thresholds: { ...s.thresholds, [key]: value } } } : { error: bound ? `${range}, ${bound.words(s)}.` : `${range}.` };
		},
	};
}
