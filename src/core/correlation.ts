// Streams that rise and fall together: diversified in name only.
import { sampleCorrelation } from "simple-statistics";
import { compareText } from "./issues";
import type { Correlation, StreamMeasures } from "./measure-types";
import { drain, type Steps } from "./steps";
import { LOOKBACK_QUARTERS } from "./volatility";

/** Common reviewed quarters a pair needs before its correlation is shown. */
export const MIN_COMMON_QUARTERS = LOOKBACK_QUARTERS;

/**
 * Pearson's sample correlation coefficient (simple-statistics `sampleCorrelation`: sample covariance
 * over the product of sample standard deviations) of each pair's quarterly incomes, over every
 * reviewed quarter in which both have an income; pairs with fewer than 8 such quarters are left out.
 * A pair where one income never changed has no coefficient (0 spread) and says so, rather than vanishing.
 */
export function correlatePairs(streams: readonly StreamMeasures[]): Correlation[] {
	return drain(correlationSteps(streams));
}

/**
 * correlatePairs as steps: the pairs grow with the square of the streams (124,750 for 500), so it
 * pauses after each stream's pairs, reporting how many it compared.
 */
export function* correlationSteps(streams: readonly StreamMeasures[]): Steps<Correlation[]> {
	const series = streams
		.map((s) => ({ path: s.path, incomes: new Map(s.quarters.flatMap((q) => (q.income === null ? [] : [[q.quarter, q.income] as const]))) }))
		.sort((x, y) => compareText(x.path, y.path));
	const out: Correlation[] = [];
	for (let i = 0; i < series.length; i++) {
		for (let j = i + 1; j < series.length; j++) {
			const a = series[i];
			const b = series[j];
			if (!a || !b) continue;
			const xs: number[] = [];
			const ys: number[] = [];
			for (const [quarter, income] of a.incomes) {
				const other = b.incomes.get(quarter);
				if (other === undefined) continue;
				xs.push(income);
				ys.push(other);
			}
			if (xs.length < MIN_COMMON_QUARTERS) continue;
			const coefficient = sampleCorrelation(xs, ys);
			const measured = Number.isFinite(coefficient);
			out.push({ a: a.path, b: b.path, quarters: xs.length, coefficient: measured ? coefficient : null, reason: measured ? null : "constant income", tentative: true });
		}
		yield series.length - i;
	}
	return out;
}
