// The measures in the JSON report, key by key (never spread from the model), so the documented
// shape cannot change by accident. Units are in the README beside each key.
import type { Forecast, Measures, QuarterFigures, VolatilityMeasure } from "./measure-types";

/** One reviewed quarter's figures of a stream or of the total. */
export interface QuarterJson {
	quarter: string;
	hoursPerWeek: number | null;
	income: number | null;
	hourlyRate: number | null;
	energy: number | null;
}

/** `measures` in the JSON report. */
export interface MeasuresJson {
	weeksPerYear: number;
	streams: {
		path: string;
		name: string;
		hourlyRate: number | null;
		quarters: QuarterJson[];
		volatility: { coefficientOfVariation: number | null; band: string | null; quarters: number; reason: string | null };
		forecast: ForecastJson;
	}[];
	total: { hourlyRate: number | null; quarters: QuarterJson[]; forecast: ForecastJson };
	concentration: { hhi: number | null; effectiveNumber: number | null; largestShare: number | null };
	correlations: { a: string; b: string; quarters: number; coefficient: number | null; reason: string | null; tentative: boolean }[];
	runway: { cashBuffer: number; monthlyCosts: number; streams: { path: string; name: string; monthlyIncomeLeft: number; months: number | null }[] } | null;
}

/** A forecast in the JSON report. */
export interface ForecastJson {
	basedOn: string[];
	slopePerQuarter: number | null;
	next: { quarter: string; income: number }[];
	reason: string | null;
}

/** The measures as the documented JSON object. */
export function measuresJson(m: Measures): MeasuresJson {
	return {
		weeksPerYear: m.weeksPerYear,
		streams: m.streams.map((s) => ({
			path: s.path,
			name: s.name,
			hourlyRate: finite(s.hourlyRate),
			quarters: s.quarters.map(quarterJson),
			volatility: volatilityJson(s.volatility),
			forecast: forecastJson(s.forecast),
		})),
		total: { hourlyRate: finite(m.total.hourlyRate), quarters: m.total.quarters.map(quarterJson), forecast: forecastJson(m.total.forecast) },
		concentration: { hhi: finite(m.concentration.hhi), effectiveNumber: finite(m.concentration.effectiveNumber), largestShare: finite(m.concentration.largestShare) },
		correlations: m.correlations.map((c) => ({ a: c.a, b: c.b, quarters: c.quarters, coefficient: c.coefficient, reason: c.reason, tentative: c.tentative })),
		runway:
			m.runway === null
				? null
				: {
						cashBuffer: m.runway.cashBuffer,
						monthlyCosts: m.runway.monthlyCosts,
						streams: m.runway.streams.map((r) => ({ path: r.path, name: r.name, monthlyIncomeLeft: r.monthlyIncomeLeft, months: finite(r.months) })),
					},
	};
}

function quarterJson(q: QuarterFigures): QuarterJson {
	return { quarter: q.quarter, hoursPerWeek: finite(q.hoursPerWeek), income: finite(q.income), hourlyRate: finite(q.hourlyRate), energy: q.energy };
}

function volatilityJson(v: VolatilityMeasure): MeasuresJson["streams"][number]["volatility"] {
	return { coefficientOfVariation: finite(v.coefficientOfVariation), band: v.band, quarters: v.quarters, reason: v.reason };
}

function forecastJson(f: Forecast): ForecastJson {
	return { basedOn: [...f.basedOn], slopePerQuarter: finite(f.slopePerQuarter), next: f.next.map((n) => ({ quarter: n.quarter, income: n.income })), reason: f.reason };
}

// JSON has no NaN or Infinity (JSON.stringify would write null silently); make that explicit.
function finite(n: number | null): number | null {
	return n !== null && Number.isFinite(n) ? n : null;
}
