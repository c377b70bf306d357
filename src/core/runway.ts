// Runway: how long the savings last if one stream stops and the others go on as they are now.
import type { Measures, RunwayRow } from "./measure-types";
import type { PortfolioSettings, Stream } from "./types";

/**
 * For each active stream: monthly income left = (total annual revenue of the active streams - its
 * annual revenue) / 12, and months = cashBuffer / (monthlyCosts - income left), or null when the
 * income left covers the costs (the buffer is never drawn on). Null as a whole unless both settings are set.
 */
export function runwayIfEachStops(streams: readonly Stream[], totalRevenue: number, settings: PortfolioSettings): Measures["runway"] {
	const { cashBuffer, monthlyCosts } = settings;
	if (cashBuffer === null || monthlyCosts === null) return null;
	const rows = streams
		.filter((s) => s.status === "active")
		.map((s): RunwayRow => {
			const monthlyIncomeLeft = (totalRevenue - (s.annualRevenue ?? 0)) / 12;
			const shortfall = monthlyCosts - monthlyIncomeLeft;
			return { path: s.path, name: s.name, monthlyIncomeLeft, months: shortfall > 0 ? cashBuffer / shortfall : null };
		});
	return { cashBuffer, monthlyCosts, streams: rows };
}
