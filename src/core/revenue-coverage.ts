// How many active streams carry a revenue figure: totals and income shares are sums over those
// alone, so wherever they are shown the streams without one must be counted too, and why they have
// none (no figure written, or a currency without an exchange rate).
import { exchangeRate } from "./currency";
import type { PortfolioSettings, Stream } from "./types";

/** Active streams with an annual revenue in the vault currency (`known`, zero included) and without (`missing`, of which `unpriced` for want of a rate). */
export interface RevenueCoverage {
	known: number;
	missing: number;
	/** Of `missing`: streams whose currency has no exchange rate (or is not a code), so their revenue cannot count. */
	unpriced: number;
	active: number;
}

/** Counts the active streams with and without an annual revenue figure in the vault currency. */
export function revenueCoverage(streams: readonly Pick<Stream, "status" | "annualRevenue" | "currency">[], money: Pick<PortfolioSettings, "currency" | "exchangeRates">): RevenueCoverage {
	const active = streams.filter((stream) => stream.status === "active");
	const missing = active.filter((stream) => stream.annualRevenue === null);
	const unpriced = missing.filter((stream) => exchangeRate(stream.currency, money) === null).length;
	return { known: active.length - missing.length, missing: missing.length, unpriced, active: active.length };
}

/** Why the missing streams have no figure: "7 have no revenue set", "1 has no <unset>, 2 are in a currency without an exchange rate". */
export function missingRevenueText(coverage: RevenueCoverage, unset = "revenue set"): string {
	const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
	const unsetCount = coverage.missing - coverage.unpriced;
	return [unsetCount > 0 ? count(unsetCount, `has no ${unset}`, `have no ${unset}`) : null, coverage.unpriced > 0 ? count(coverage.unpriced, "is in a currency without an exchange rate", "are in a currency without an exchange rate") : null]
		.filter((part) => part !== null)
		.join(", ");
}

/** "from 1 of 8 streams; 7 have no revenue set", or "" when every active stream has a figure. */
export function revenueCoverageNote(coverage: RevenueCoverage): string {
	if (coverage.missing === 0) return "";
	return `from ${coverage.known} of ${coverage.active} streams; ${missingRevenueText(coverage)}`;
}
