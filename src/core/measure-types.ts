// The shapes of the measures drawn from the reviews (hourly rates, measured volatility,
// concentration, correlation, runway, forecast, energy). Plain data, like the rest of the model.
// Below its minimum of quarters a measure holds null and says why in `reason`: never a number.
import type { Volatility } from "./types";

/**
 * Why a measure has no value: too few reviewed quarters, nothing to measure (no income), or a stream
 * whose currency has no exchange rate (its amounts count as missing).
 */
export type MeasureReason = "not enough reviews" | "income missing" | "no income" | "no exchange rate";

/** One stream's figures in one reviewed quarter; amounts in the vault currency. */
export interface QuarterFigures {
	/** `YYYY-Qn`. */
	quarter: string;
	/** Average hours a week in that quarter. */
	hoursPerWeek: number | null;
	/** Income received in the quarter. */
	income: number | null;
	/** income / (hoursPerWeek x weeksPerYear / 4), vault currency per hour; null without hours or income. */
	hourlyRate: number | null;
	/** 1 (dead inside) to 5 (fully alive); null when not rated. */
	energy: number | null;
}

/** Coefficient of variation of quarterly income over the last 8 reviewed quarters (4 at least). */
export interface VolatilityMeasure {
	/** Sample standard deviation / mean (a ratio, 0.2 = 20%); null when `reason` is set. */
	coefficientOfVariation: number | null;
	/** The band the coefficient falls in under the thresholds; null when not measured. */
	band: Volatility | null;
	/** Quarters used (at most 8). */
	quarters: number;
	reason: MeasureReason | null;
}

/** A straight-line forecast of quarterly income (least squares over the last 8 reviewed quarters, 4 at least). */
export interface Forecast {
	/** The quarters the line was fitted on, oldest first. */
	basedOn: string[];
	/** Change of income per quarter (vault currency); null when `reason` is set. */
	slopePerQuarter: number | null;
	/** The next 4 quarters after the last review, income never below 0; empty when `reason` is set. */
	next: { quarter: string; income: number }[];
	reason: MeasureReason | null;
}

/** The measures of one stream. */
export interface StreamMeasures {
	path: string;
	name: string;
	/** annual revenue / (hours-per-week x weeksPerYear), vault currency per hour; null without both. */
	hourlyRate: number | null;
	/** Every reviewed quarter with an actual of this stream, oldest first. */
	quarters: QuarterFigures[];
	volatility: VolatilityMeasure;
	forecast: Forecast;
}

/** Pearson correlation of two active streams' quarterly incomes over their common reviewed quarters. */
export interface Correlation {
	/** Vault paths, `a` before `b` in path order. */
	a: string;
	b: string;
	/** Common reviewed quarters used (8 at least). */
	quarters: number;
	/** -1 to 1; null when one income never changed over those quarters (no spread, no coefficient). */
	coefficient: number | null;
	/** Why there is no coefficient, else null. */
	reason: "constant income" | null;
	/** Always true: a handful of quarters cannot prove that two incomes move together. */
	tentative: true;
}

/** Months the cash buffer lasts if one active stream stops, with the others going on as now. */
export interface RunwayRow {
	path: string;
	name: string;
	/** The other active streams' annual revenue / 12. */
	monthlyIncomeLeft: number;
	/** cashBuffer / (monthlyCosts - monthlyIncomeLeft); null when the others cover the costs. */
	months: number | null;
}

/** Everything measured from the streams and reviews. */
export interface Measures {
	weeksPerYear: number;
	streams: StreamMeasures[];
	total: {
		/** Active streams' annual revenue / (their hours-per-week x weeksPerYear); null without hours. */
		hourlyRate: number | null;
		/** Each review's totals, oldest first (energy is null here). */
		quarters: QuarterFigures[];
		forecast: Forecast;
	};
	concentration: {
		/** Herfindahl-Hirschman index of the active streams' annual revenue, 0-10,000; null without income. */
		hhi: number | null;
		/** 10,000 / HHI; null without income. */
		effectiveNumber: number | null;
		/** The largest active stream's income share, percent. */
		largestShare: number | null;
	};
	/** Pairs with 8 common reviewed quarters or more and a defined coefficient. */
	correlations: Correlation[];
	/** Null unless both cashBuffer and monthlyCosts are set. */
	runway: { cashBuffer: number; monthlyCosts: number; streams: RunwayRow[] } | null;
}
