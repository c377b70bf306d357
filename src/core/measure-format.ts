// How the measures read, shared by the CLI report, the review note and the dashboard.
import { formatAmount } from "./format";
import type { Correlation, Forecast, MeasureReason, VolatilityMeasure } from "./measure-types";
import { MIN_QUARTERS } from "./volatility";

const DASH = "—";

/** A pair's correlation: `0.93`, or `none` when one income never changed (see correlationNote). */
export function formatCorrelation(pair: Pick<Correlation, "coefficient">): string {
	return pair.coefficient === null ? "none" : formatRatio(pair.coefficient);
}

/** Why a pair has no correlation, as ` (...)` to follow its figure; empty when it has one. */
export function correlationNote(pair: Pick<Correlation, "reason">): string {
	return pair.reason === "constant income" ? " (an income that never changed moves with nothing)" : "";
}

/** An hourly rate: `$55/h`; a dash when unknown. */
export function formatRate(n: number | null, currency: string): string {
	return n === null || !Number.isFinite(n) ? DASH : `${formatAmount(n, currency)}/h`;
}

/** A ratio such as a coefficient of variation or a correlation, two decimals: `0.37`, `-0.93`. */
export function formatRatio(n: number | null): string {
	return n === null || !Number.isFinite(n) ? DASH : n.toFixed(2);
}

/** A measured volatility: `0.37 (variable)`, or why there is none: `not enough reviews (3 of 4 quarters)`. */
export function formatVolatility(v: VolatilityMeasure): string {
	if (v.coefficientOfVariation === null || v.band === null) return reasonText(v.reason, v.quarters);
	return `${formatRatio(v.coefficientOfVariation)} (${v.band})`;
}

/** Why a measure has no value, with the quarters there are against the quarters needed. */
export function reasonText(reason: MeasureReason | null, quarters: number): string {
	if (reason === "no income") return "no income to measure";
	if (reason === "no exchange rate") return "no exchange rate for its currency";
	if (reason === "income missing") return `income missing or unreadable in its reviews (${quarters} of ${MIN_QUARTERS} quarters ${quarters === 1 ? "has" : "have"} one)`;
	return `not enough reviews (${quarters} of ${MIN_QUARTERS} quarters)`;
}

/**
 * A forecast in one line: `2026-Q4 $20,000, 2027-Q1 $21,000, ...` (each quarter through `label`, the
 * fiscal label under a fiscal year), or why there is none.
 */
export function formatForecast(f: Forecast, currency: string, label: (quarter: string) => string): string {
	if (f.reason !== null) return reasonText(f.reason, f.basedOn.length);
	return f.next.map((n) => `${label(n.quarter)} ${formatAmount(n.income, currency)}`).join(", ");
}

/** Months of runway: `16 months`, `7.5 months`, or `covered` when the other streams pay the costs. */
export function formatMonths(months: number | null): string {
	if (months === null) return "covered by the others";
	const rounded = Math.round(months * 10) / 10;
	return `${rounded} ${rounded === 1 ? "month" : "months"}`;
}
