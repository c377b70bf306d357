// The measures in the text report: hourly rates, measured volatility, concentration, correlated
// streams, runway, forecast and energy, each line naming its unit.
import { formatAmount, formatPercent } from "./format";
import { correlationNote, formatCorrelation, formatForecast, formatMonths, formatRate, formatVolatility } from "./measure-format";
import type { Portfolio, PortfolioSettings } from "./types";
import type { Forecast } from "./measure-types";
import { printable } from "./printable";
import { LOOKBACK_QUARTERS } from "./volatility";
import { quarterLabel } from "./quarter-label";

/** The lines of the "Measures from the reviews" part, ending with a blank line; none without streams. */
export function measureLines(p: Portfolio, settings: PortfolioSettings, nameOf: (path: string) => string): string[] {
	const active = new Set(p.streams.filter((s) => s.status === "active").map((s) => s.path));
	const rows = p.measures.streams.filter((s) => active.has(s.path));
	if (rows.length === 0) return [];
	const money = (n: number | null) => formatAmount(n, settings.currency);
	const m = p.measures;
	const label = (quarter: string): string => quarterLabel(quarter, settings.fiscalYearStartMonth);
	const lastQuarter = m.total.quarters[m.total.quarters.length - 1]?.quarter ?? null;
	const lines = [`Measures from the reviews (amounts in ${printable(settings.currency)}; ${m.weeksPerYear} working weeks a year)`];
	lines.push(`  Hourly rate now: ${formatRate(m.total.hourlyRate, settings.currency)} in all${lastQuarter ? `; in ${label(lastQuarter)}: ${formatRate(m.total.quarters[m.total.quarters.length - 1]?.hourlyRate ?? null, settings.currency)}` : ""}`);
	for (const s of rows) {
		const last = s.quarters[s.quarters.length - 1];
		const then = last ? `; in ${label(last.quarter)}: ${formatRate(last.hourlyRate, settings.currency)}` : "";
		lines.push(`    ${nameOf(s.path)}: ${formatRate(s.hourlyRate, settings.currency)}${then}`);
	}
	lines.push(`  Measured volatility (coefficient of variation of quarterly income, the last ${LOOKBACK_QUARTERS} reviewed quarters at most):`);
	const declared = new Map(p.streams.map((s) => [s.path, s.volatility]));
	for (const s of rows) {
		const used = s.volatility.reason === null ? ` over ${s.volatility.quarters} quarters` : "";
		const word = declared.get(s.path) ?? null;
		lines.push(`    ${nameOf(s.path)}: ${formatVolatility(s.volatility)}${used}, ${word === null ? "not declared" : `declared ${word}`}`);
	}
	const c = m.concentration;
	lines.push(`  Concentration: HHI ${c.hhi === null ? "—" : Math.round(c.hhi).toLocaleString("en-US")} of 10,000; effective number of streams ${c.effectiveNumber === null ? "—" : c.effectiveNumber.toFixed(1)}; largest share ${formatPercent(c.largestShare)}`);
	if (m.correlations.length === 0) lines.push("  Correlated incomes: no pair of streams has 8 common reviewed quarters yet");
	else {
		lines.push("  Correlation of quarterly incomes (tentative; -1 to 1):");
		for (const pair of m.correlations) lines.push(`    ${nameOf(pair.a)} and ${nameOf(pair.b)}: ${formatCorrelation(pair)} over ${pair.quarters} quarters${correlationNote(pair)}`);
	}
	if (m.runway === null) lines.push("  Runway: set a cash buffer and monthly costs in the settings to see it");
	else {
		lines.push(`  Runway if a stream stops (buffer ${money(m.runway.cashBuffer)}, costs ${money(m.runway.monthlyCosts)} a month):`);
		for (const r of m.runway.streams) lines.push(`    ${nameOf(r.path)}: ${formatMonths(r.months)}`);
	}
	lines.push(`  Forecast of quarterly income (straight line through the last ${LOOKBACK_QUARTERS} reviewed quarters at most):`);
	const forecast = (f: Forecast): string => `${formatForecast(f, settings.currency, label)}${f.reason === null ? ` (from ${f.basedOn.length} quarters)` : ""}`;
	lines.push(`    All streams: ${forecast(m.total.forecast)}`);
	for (const s of rows) lines.push(`    ${nameOf(s.path)}: ${forecast(s.forecast)}`);
	const rated = rows.filter((s) => s.quarters.some((q) => q.energy !== null));
	if (rated.length > 0) {
		lines.push("  Energy (1-5) in the last rated quarters:");
		for (const s of rated) {
			const recent = s.quarters.filter((q) => q.energy !== null).slice(-4);
			lines.push(`    ${nameOf(s.path)}: ${recent.map((q) => `${label(q.quarter)} ${q.energy ?? ""}`).join(", ")}`);
		}
	}
	lines.push("");
	return lines;
}
