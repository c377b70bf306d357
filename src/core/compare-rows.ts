// The comparison as rows of a table (a measure per row, a design per column), shared by the CLI and
// the dashboard so both show the same figures, with which design is better on each row.
import type { DesignMeasures } from "./compare";
import { formatAmount, formatHours, formatPercent } from "./format";

/** One measure across the designs. */
export interface CompareRow {
	label: string;
	/** The value shown in each design's column. */
	cells: string[];
	/** Columns holding the better value (all the equal best); empty when the row has no better or all are equal. */
	better: number[];
}

type Direction = "higher" | "lower" | null;

/** The rows of the comparison; per-stream share rows follow the measures, by stream name. */
export function compareRows(designs: readonly DesignMeasures[], currency: string): CompareRow[] {
	const row = (label: string, values: (number | null)[], cells: string[], direction: Direction): CompareRow => ({ label, cells, better: betterColumns(values, direction) });
	const names = [...new Set(designs.flatMap((d) => d.streams.map((s) => s.name)))].sort((a, b) => a.localeCompare(b));
	return [
		// Fewer hours for a design is better only with the income beside it; the rows stay independent.
		row("Hours a week", designs.map((d) => d.hoursPerWeek), designs.map((d) => formatHours(d.hoursPerWeek)), "lower"),
		row("Income a year", designs.map((d) => d.annualRevenue), designs.map((d) => formatAmount(d.annualRevenue, currency)), "higher"),
		row("Effective hourly rate", designs.map((d) => d.hourlyRate), designs.map((d) => formatAmount(d.hourlyRate, currency)), "higher"),
		row("Active streams", designs.map((d) => d.activeStreams), designs.map((d) => String(d.activeStreams)), null),
		row("HHI (income concentration)", designs.map((d) => d.hhi), designs.map((d) => (d.hhi === null ? "—" : String(Math.round(d.hhi)))), "lower"),
		row("Effective number of streams", designs.map((d) => d.effectiveNumber), designs.map((d) => (d.effectiveNumber === null ? "—" : d.effectiveNumber.toFixed(2))), "higher"),
		row("Kept if the largest stops", designs.map((d) => d.incomeKept.amount), designs.map((d) => `${formatAmount(d.incomeKept.amount, currency)} (${formatPercent(d.incomeKept.percent)})`), "higher"),
		row("Automation exposure", designs.map((d) => d.automationExposure), designs.map((d) => formatPercent(d.automationExposure)), "lower"),
		row("Teaching edges", designs.map((d) => d.teachingEdges), designs.map((d) => String(d.teachingEdges)), "higher"),
		...names.map((name) =>
			row(
				`${name}: time / income`,
				[],
				designs.map((d) => {
					const s = d.streams.find((x) => x.name === name);
					return s ? `${formatPercent(s.timeShare)} / ${formatPercent(s.incomeShare)}` : "—";
				}),
				null,
			),
		),
	];
}

// Float noise (a rate of 46.2962962963 twice) must not pick a winner.
function betterColumns(values: readonly (number | null)[], direction: Direction): number[] {
	if (direction === null) return [];
	const known = values.filter((v): v is number => v !== null);
	if (known.length < 2) return [];
	const best = direction === "higher" ? Math.max(...known) : Math.min(...known);
	const close = (v: number): boolean => Math.abs(v - best) <= 1e-9 * Math.max(1, Math.abs(best));
	const columns = values.flatMap((v, i) => (v !== null && close(v) ? [i] : []));
	return columns.length === known.length ? [] : columns;
}
