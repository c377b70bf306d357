// A straight-line forecast of quarterly income: where the last reviewed quarters point, no more.
import { linearRegression, linearRegressionLine } from "simple-statistics";
import type { Forecast } from "./measure-types";
import { nextQuarter, quarterIndex } from "./quarter";
import { LOOKBACK_QUARTERS, MIN_QUARTERS } from "./volatility";

/** Quarters the forecast reaches ahead. */
export const FORECAST_QUARTERS = 4;

/**
 * Least-squares line (simple-statistics `linearRegression`) through the last 8 points given (4 at
 * least; `quarter` oldest first), with the quarter's place in time as x so a skipped review leaves a
 * gap, extended over the 4 quarters after `after`. Income never goes below 0: a falling line stops there.
 */
export function forecastIncome(points: readonly { quarter: string; income: number }[], after: string): Forecast {
	const recent = points.slice(-LOOKBACK_QUARTERS);
	const basedOn = recent.map((p) => p.quarter);
	if (recent.length < MIN_QUARTERS) return { basedOn, slopePerQuarter: null, next: [], reason: "not enough reviews" };
	const fit = linearRegression(recent.map((p) => [quarterIndex(p.quarter), p.income]));
	const line = linearRegressionLine(fit);
	const next: Forecast["next"] = [];
	let quarter = after;
	for (let i = 0; i < FORECAST_QUARTERS; i++) {
		quarter = nextQuarter(quarter);
		next.push({ quarter, income: Math.max(0, line(quarterIndex(quarter))) });
	}
	return { basedOn, slopePerQuarter: fit.m, next, reason: null };
}
