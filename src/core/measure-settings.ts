// The settings of the measures from the reviews: their defaults and how saved values are checked.
// Kept apart from settings.ts so that file only spreads these in.

/** Thresholds of the findings drawn from the reviews. */
export interface MeasureThresholds {
	/** Coefficient of variation below which a stream measures `stable` (0.15 = 15%). */
	stableBelow: number;
	/** Coefficient of variation above which a stream measures `volatile`. */
	volatileAbove: number;
	/** Correlation coefficient above which two streams are `correlated-streams`. */
	correlatedAbove: number;
	/** Energy (1-5) at or below which, in a stream's last two rated reviews, `low-energy` fires. */
	lowEnergy: number;
}

/** Money and time settings the measures need. */
export interface MeasureSettings {
	/** Working weeks a year: hourly rate = income / (hours-per-week x weeksPerYear). */
	weeksPerYear: number;
	/** Value of one unit of a currency in the vault currency: `{"EUR": 1.1}`. Codes are upper case. */
	exchangeRates: Record<string, number>;
	/** Savings to live on, in the vault currency; null = not set (no runway). */
	cashBuffer: number | null;
	/** Living and business costs a month, in the vault currency; null = not set (no runway). */
	monthlyCosts: number | null;
}

/** Defaults: the bands and limits named in the product design. */
export const DEFAULT_MEASURE_THRESHOLDS: MeasureThresholds = { stableBelow: 0.15, volatileAbove: 0.5, correlatedAbove: 0.7, lowEnergy: 2 };

/** 48 weeks: a year less holidays and sick days; runway stays off until both amounts are set. */
export const DEFAULT_MEASURE_SETTINGS: MeasureSettings = { weeksPerYear: 48, exchangeRates: {}, cashBuffer: null, monthlyCosts: null };

/** A currency code as the settings and stream notes take it: three letters (ISO 4217). */
export const CURRENCY_CODE = /^[A-Z]{3}$/u;

/** Volatility bands in the wrong order (stable below over volatile above) mean nothing: both go back to their defaults. */
export function orderBands(thresholds: MeasureThresholds): void {
	if (thresholds.stableBelow <= thresholds.volatileAbove) return;
	thresholds.stableBelow = DEFAULT_MEASURE_THRESHOLDS.stableBelow;
	thresholds.volatileAbove = DEFAULT_MEASURE_THRESHOLDS.volatileAbove;
}

/** Copies the valid measure settings from saved data onto `merged`; wrong types and ranges are ignored. */
export function mergeMeasureSettings(saved: Record<string, unknown>, merged: MeasureSettings): void {
	const weeks = saved.weeksPerYear;
	if (typeof weeks === "number" && Number.isFinite(weeks) && weeks >= 1 && weeks <= 53) merged.weeksPerYear = weeks;
	merged.exchangeRates = readRates(saved.exchangeRates);
	for (const key of ["cashBuffer", "monthlyCosts"] as const) {
		const value = saved[key];
		if (value === null || (typeof value === "number" && Number.isFinite(value) && value >= 0)) merged[key] = value;
	}
}

/** Keeps the rates with a three-letter code (any case, stored upper case) and a positive finite value. */
export function readRates(value: unknown): Record<string, number> {
	const rates: Record<string, number> = {};
	if (typeof value !== "object" || value === null || Array.isArray(value)) return rates;
	for (const [code, rate] of Object.entries(value as Record<string, unknown>)) {
		const upper = code.trim().toUpperCase();
		if (CURRENCY_CODE.test(upper) && typeof rate === "number" && Number.isFinite(rate) && rate > 0) rates[upper] = rate;
	}
	return rates;
}
