// Default settings, and merging what a user saved (possibly old or partial) over them.
import { isCurrencySetting } from "./currency-marks";
import { DEFAULT_MEASURE_SETTINGS, DEFAULT_MEASURE_THRESHOLDS, mergeMeasureSettings, orderBands } from "./measure-settings";
import { DEFAULT_NUMBER_FORMAT, isNumberFormat } from "./number-format";
import type { PortfolioSettings, Thresholds } from "./types";

/**
 * The thresholds the findings use until the user changes them: 3 to 5 streams, drift beyond 10
 * points, targets summing to 100 within 1, overload above 60 hours a week, one stream bringing over
 * 70% of income.
 */
export const DEFAULT_THRESHOLDS: Thresholds = {
	minStreams: 3,
	maxStreams: 5,
	driftPoints: 10,
	targetsSumTolerance: 1,
	overloadHours: 60,
	incomeConcentration: 70,
	automationExposure: 50,
	...DEFAULT_MEASURE_THRESHOLDS,
	maxNodes: 7,
	boundaryMismatchHours: 2,
	boundaryMismatchPercent: 10,
	contextSwitchStreams: 3,
	deepWorkMinutes: 90,
};

/** The settings of a fresh install. */
export const DEFAULT_SETTINGS: PortfolioSettings = {
	streamTag: "portfolio/stream",
	reviewTag: "portfolio/review",
	reviewsFolder: "Reviews",
	reviewFileFormat: "{quarter} review",
	fiscalYearStartMonth: 1,
	currency: "USD",
	reviewTemplatePath: "",
	numberFormat: DEFAULT_NUMBER_FORMAT,
	icsPath: "Portfolio week.ics",
	thresholds: DEFAULT_THRESHOLDS,
	...DEFAULT_MEASURE_SETTINGS,
	scenarioTag: "portfolio/scenario",
	exploreMinIncome: 0,
	exploreRequireAnchor: true,
};

/** Saved data over the defaults: unknown keys dropped, values of the wrong type ignored. */
export function mergeSettings(saved: unknown): PortfolioSettings {
	const merged: PortfolioSettings = { ...DEFAULT_SETTINGS, thresholds: { ...DEFAULT_THRESHOLDS } };
	if (!isRecord(saved)) return merged;
	for (const key of ["streamTag", "reviewTag", "reviewsFolder", "reviewFileFormat", "currency", "reviewTemplatePath", "icsPath", "scenarioTag"] as const) {
		const value = saved[key];
		if (typeof value === "string") merged[key] = value;
	}
	if (!isCurrencySetting(merged.currency)) merged.currency = DEFAULT_SETTINGS.currency;
	if (isNumberFormat(saved.numberFormat)) merged.numberFormat = saved.numberFormat;
	const month = saved.fiscalYearStartMonth;
	if (typeof month === "number" && Number.isInteger(month) && month >= 1 && month <= 12) merged.fiscalYearStartMonth = month;
	mergeMeasureSettings(saved, merged);
	if (typeof saved.exploreMinIncome === "number" && Number.isFinite(saved.exploreMinIncome) && saved.exploreMinIncome >= 0) merged.exploreMinIncome = saved.exploreMinIncome;
	if (typeof saved.exploreRequireAnchor === "boolean") merged.exploreRequireAnchor = saved.exploreRequireAnchor;
	if (isRecord(saved.thresholds)) {
		for (const key of Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[]) {
			const value = saved.thresholds[key];
			if (typeof value === "number" && Number.isFinite(value) && value >= 0) merged.thresholds[key] = value;
		}
	}
	orderBands(merged.thresholds);
	return merged;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
