// Measured volatility: how much a stream's quarterly income really swings, against what its note declares.
import { coefficientOfVariation } from "simple-statistics";
import type { VolatilityMeasure } from "./measure-types";
import type { MeasureThresholds } from "./measure-settings";
import type { Volatility } from "./types";

/** Reviewed quarters a measure from the reviews looks back over, and the fewest it will measure from. */
export const LOOKBACK_QUARTERS = 8;
export const MIN_QUARTERS = 4;

/**
 * Coefficient of variation (sample standard deviation / mean, via simple-statistics) of the last 8
 * quarterly incomes given (oldest first, 4 at least), and its band: `stable` below `stableBelow`,
 * `volatile` above `volatileAbove`, else `variable`. A zero mean has no coefficient: reason "no income".
 */
export function measureVolatility(incomes: readonly number[], thresholds: MeasureThresholds): VolatilityMeasure {
	const recent = incomes.slice(-LOOKBACK_QUARTERS);
	const quarters = recent.length;
	if (quarters < MIN_QUARTERS) return { coefficientOfVariation: null, band: null, quarters, reason: "not enough reviews" };
	const cv = recent.some((n) => n > 0) ? coefficientOfVariation(recent) : NaN;
	if (!Number.isFinite(cv)) return { coefficientOfVariation: null, band: null, quarters, reason: "no income" };
	return { coefficientOfVariation: cv, band: volatilityBand(cv, thresholds), quarters, reason: null };
}

/** The band of a coefficient of variation under the thresholds. */
export function volatilityBand(cv: number, thresholds: MeasureThresholds): Volatility {
	if (cv > thresholds.volatileAbove) return "volatile";
	if (cv < thresholds.stableBelow) return "stable";
	return "variable";
}
