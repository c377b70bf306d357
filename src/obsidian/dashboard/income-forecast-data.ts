// Pure: the forecast each income small multiple continues with, next to its recorded quarters. The
// figures are the model's (measures.ts); this only lines them up with the chart's quarters.
import { reasonText } from "../../core/measure-format";
import { compareQuarters } from "../../core/quarter";
import type { Forecast } from "../../core/measure-types";
import type { Portfolio } from "../../core/types";

/** One chart's forecast: an amount per forecast quarter, or the words saying why none is drawn. */
export type RowForecast = { values: number[]; reason: null } | { values: []; reason: string };

/** The forecast quarters shared by every chart of the grid, and each stream's forecast by path. */
export interface IncomeForecasts {
	/** `YYYY-Qn`, the quarters after the last reviewed one (4, or none when nothing can be forecast). */
	quarters: string[];
	streams: Map<string, RowForecast>;
	total: RowForecast;
}

/**
 * Each stream's and the total's straight-line forecast, lined up with the forecast quarters after
 * `lastQuarter` (the chart's last recorded quarter). Only an active stream is forecast: a paused
 * or retired one is not heading anywhere its past line points.
 */
export function incomeForecasts(portfolio: Portfolio, lastQuarter: string | null): IncomeForecasts {
	const m = portfolio.measures;
	// Every forecast starts after the same last review: the total's quarters are everyone's.
	const quarters = m.total.forecast.next.map((n) => n.quarter).filter((q) => lastQuarter === null || compareQuarters(q, lastQuarter) > 0);
	const line = (forecast: Forecast): RowForecast => {
		if (forecast.reason !== null) return { values: [], reason: reasonText(forecast.reason, forecast.basedOn.length) };
		const byQuarter = new Map(forecast.next.map((n) => [n.quarter, n.income]));
		return { values: quarters.map((q) => byQuarter.get(q) ?? 0), reason: null };
	};
	const status = new Map(portfolio.streams.map((s) => [s.path, s.status]));
	const streams = new Map(
		m.streams.map((s): [string, RowForecast] => {
			const state = status.get(s.path) ?? "active";
			return [s.path, state === "active" ? line(s.forecast) : { values: [], reason: `the stream is ${state}` }];
		}),
	);
	return { quarters, streams, total: line(m.total.forecast) };
}
