// The measures drawn from the streams and the reviews, in one pass over the model: hourly rates,
// measured volatility, concentration, correlations, runway and forecasts.
import { effectiveNumber, herfindahlIndex } from "./concentration";
import { correlationSteps } from "./correlation";
import { exchangeRate } from "./currency";
import { forecastIncome } from "./forecast";
import type { MeasureReason, Measures, QuarterFigures, StreamMeasures } from "./measure-types";
import { runwayIfEachStops } from "./runway";
import { drain, type Steps } from "./steps";
import type { Portfolio, PortfolioSettings } from "./types";
import { measureVolatility, MIN_QUARTERS } from "./volatility";
import { countedReviews } from "./counted-reviews";

/** What the measures read: the model before its measures and findings. */
export type MeasureInput = Pick<Portfolio, "streams" | "totals" | "reviews">;

/** Every measure of the portfolio under the settings (weeks a year, thresholds, cash buffer, costs). */
export function computeMeasures(input: MeasureInput, settings: PortfolioSettings): Measures {
	return drain(measureSteps(input, settings));
}

/** computeMeasures as steps: it pauses after the per-stream measures and inside the pairwise correlations. */
export function* measureSteps(input: MeasureInput, settings: PortfolioSettings): Steps<Measures> {
	const weeks = settings.weeksPerYear;
	const reviews = countedReviews(input.reviews);
	const last = reviews[reviews.length - 1]?.quarter ?? null;
	const byStream = new Map<string, QuarterFigures[]>();
	for (const review of reviews) {
		for (const actual of review.actuals) {
			const figures: QuarterFigures = {
				quarter: review.quarter,
				hoursPerWeek: actual.hoursPerWeek,
				income: actual.income,
				hourlyRate: hourlyRate(actual.income, actual.hoursPerWeek, weeks / 4),
				energy: actual.energy,
			};
			const list = byStream.get(actual.stream);
			if (list) list.push(figures);
			else byStream.set(actual.stream, [figures]);
		}
	}
	const streams = input.streams.map((s): StreamMeasures => {
		const quarters = byStream.get(s.path) ?? [];
		const incomes = knownIncomes(quarters);
		// Its amounts count as missing: say why, rather than "not enough reviews" over reviews it has.
		const unpriced = exchangeRate(s.currency, settings) === null;
		return {
			path: s.path,
			name: s.name,
			hourlyRate: hourlyRate(s.annualRevenue, s.hoursPerWeek, weeks),
			quarters,
			volatility: unpriced ? { coefficientOfVariation: null, band: null, quarters: 0, reason: "no exchange rate" } : incomeMissing(measureVolatility(incomes.map((p) => p.income), settings.thresholds), quarters.length),
			forecast: unpriced ? { basedOn: [], slopePerQuarter: null, next: [], reason: "no exchange rate" } : incomeMissing(forecastFrom(incomes, last), quarters.length),
		};
	});
	const totalQuarters = reviews.map((r): QuarterFigures => ({
		quarter: r.quarter,
		hoursPerWeek: r.totals.hoursPerWeek,
		income: r.totals.income,
		hourlyRate: totalHourlyRate(r.actuals.map((a) => [a.income, a.hoursPerWeek]), weeks / 4),
		energy: null,
	}));
	const active = input.streams.filter((s) => s.status === "active");
	const hhi = herfindahlIndex(active.map((s) => s.annualRevenue));
	const shares = active.flatMap((s) => (s.incomeShare === null ? [] : [s.incomeShare]));
	const activePaths = new Set(active.map((s) => s.path));
	yield streams.length + reviews.length;
	const correlations = yield* correlationSteps(streams.filter((s) => activePaths.has(s.path)));
	return {
		weeksPerYear: weeks,
		streams,
		total: {
			hourlyRate: totalHourlyRate(active.map((s) => [s.annualRevenue, s.hoursPerWeek]), weeks),
			quarters: totalQuarters,
			forecast: forecastFrom(knownIncomes(totalQuarters), last),
		},
		concentration: { hhi, effectiveNumber: effectiveNumber(hhi), largestShare: shares.length > 0 ? Math.max(...shares) : null },
		correlations,
		runway: runwayIfEachStops(input.streams, input.totals.annualRevenue, settings),
	};
}

/** Income per hour worked: income / (hours a week x weeks in the period); null without hours or income. */
export function hourlyRate(income: number | null, hoursPerWeek: number | null, weeks: number): number | null {
	if (income === null || hoursPerWeek === null || hoursPerWeek <= 0 || weeks <= 0) return null;
	return income / (hoursPerWeek * weeks);
}

/**
 * The hourly rate of several streams together: their income over their hours, counting only streams
 * whose income and hours are both known (a stream with income but unknown hours would inflate it;
 * one with 0 hours, passive income, rightly raises it). Null when those hours add up to 0. The one
 * definition of a total rate: the measures, the reviews and the scenario comparison all use it.
 */
export function totalHourlyRate(pairs: readonly (readonly [number | null, number | null])[], weeks: number): number | null {
	let income = 0;
	let hours = 0;
	for (const [amount, hoursPerWeek] of pairs) {
		if (amount === null || hoursPerWeek === null) continue;
		income += amount;
		hours += hoursPerWeek;
	}
	return hourlyRate(income, hours, weeks);
}

// Reviewed often enough, but too few of those reviews give a readable income: say that, not "not enough reviews".
function incomeMissing<T extends { reason: MeasureReason | null }>(measure: T, reviewed: number): T {
	return measure.reason === "not enough reviews" && reviewed >= MIN_QUARTERS ? { ...measure, reason: "income missing" } : measure;
}

function knownIncomes(quarters: readonly QuarterFigures[]): { quarter: string; income: number }[] {
	return quarters.flatMap((q) => (q.income === null ? [] : [{ quarter: q.quarter, income: q.income }]));
}

function forecastFrom(points: { quarter: string; income: number }[], last: string | null): Measures["total"]["forecast"] {
	return last === null ? { basedOn: [], slopePerQuarter: null, next: [], reason: "not enough reviews" } : forecastIncome(points, last);
}
