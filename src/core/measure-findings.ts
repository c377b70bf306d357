// Findings drawn from the measures: a declared volatility the reviews contradict, streams whose
// incomes move together, and a stream that has gone dead inside.
import { noteIssue } from "./issues";
import type { Measures } from "./measure-types";
import { quarterLabel } from "./quarter-label";
import type { Issue, PortfolioSettings, Stream } from "./types";

// A coefficient equal to a threshold is not beyond it, whatever float noise says.
const EPSILON = 1e-9;

/** `volatility-mismatch`, `correlated-streams` and `low-energy` for the active streams, quarters labelled as fiscal ones under a fiscal year. */
export function measureFindings(streams: readonly Stream[], measures: Measures, settings: Pick<PortfolioSettings, "thresholds" | "fiscalYearStartMonth">): Issue[] {
	const t = settings.thresholds;
	const active = new Map(streams.filter((s) => s.status === "active").map((s) => [s.path, s]));
	const out: Issue[] = [];
	for (const m of measures.streams) {
		const stream = active.get(m.path);
		if (!stream) continue;
		const cv = m.volatility.coefficientOfVariation;
		if (stream.volatility !== null && m.volatility.band !== null && cv !== null && stream.volatility !== m.volatility.band) {
			out.push(
				noteIssue(
					"volatility-mismatch",
					"warning",
					stream.path,
					`${stream.name} is declared ${stream.volatility}, but its income over the last ${m.volatility.quarters} reviewed quarters measures ${m.volatility.band} (coefficient of variation ${cv.toFixed(2)}; stable below ${t.stableBelow}, volatile above ${t.volatileAbove}).`,
				),
			);
		}
		const rated = m.quarters.filter((q) => q.energy !== null).slice(-2);
		if (rated.length === 2 && rated.every((q) => (q.energy ?? Infinity) <= t.lowEnergy + EPSILON)) {
			const scores = rated.map((q) => `${q.energy ?? ""} in ${quarterLabel(q.quarter, settings.fiscalYearStartMonth)}`).join(" and ");
			out.push(noteIssue("low-energy", "warning", stream.path, `${stream.name} felt drained in its last two rated reviews (energy ${scores}, out of 5): a hollow routine, worth a change or a plan to wind it down.`));
		}
	}
	for (const pair of measures.correlations) {
		if (pair.coefficient === null || pair.coefficient <= t.correlatedAbove + EPSILON) continue;
		const a = active.get(pair.a)?.name ?? pair.a;
		const b = active.get(pair.b)?.name ?? pair.b;
		out.push(
			noteIssue(
				"correlated-streams",
				"info",
				pair.a,
				`${a} and ${b} rose and fell together over ${pair.quarters} reviewed quarters (correlation ${pair.coefficient.toFixed(2)}, above ${t.correlatedAbove}); tentative with so few quarters, but one shock could hit both.`,
			),
		);
	}
	return out;
}
