// How many active streams carry a revenue figure: totals and income shares are sums over those
// alone, so wherever they are shown the streams without one must be counted too.
import type { Stream } from "./types";

/** Active streams with `annual-revenue` set (`known`, zero included) and without it (`missing`). */
export interface RevenueCoverage {
	known: number;
	missing: number;
	active: number;
}

/** Counts the active streams with and without an annual revenue figure. */
export function revenueCoverage(streams: readonly Pick<Stream, "status" | "annualRevenue">[]): RevenueCoverage {
	const active = streams.filter((stream) => stream.status === "active");
	const known = active.filter((stream) => stream.annualRevenue !== null).length;
	return { known, missing: active.length - known, active: active.length };
}

/** "from 1 of 8 streams; 7 have no revenue set", or "" when every active stream has a figure. */
export function revenueCoverageNote(coverage: RevenueCoverage): string {
	if (coverage.missing === 0) return "";
	const verb = coverage.missing === 1 ? "has" : "have";
	return `from ${coverage.known} of ${coverage.active} streams; ${coverage.missing} ${verb} no revenue set`;
}
