// `compare`: now against every scenario note, one column per design, as a table or JSON.
import { compareDesigns, type DesignMeasures } from "../../core/compare";
import { formatAmount, formatHours, formatPercent } from "../../core/format";
import type { Portfolio, PortfolioSettings } from "../../core/types";
import type { CliRequest } from "../args";
import type { CliIo } from "../run-cli";
import { printable } from "../printable";
import { issueLine, textTable } from "./text-table";

/** Prints the comparison; exit 0. */
export function runCompare(portfolio: Portfolio, settings: PortfolioSettings, request: CliRequest, io: CliIo): number {
	const designs = compareDesigns(portfolio, settings);
	if (request.json) io.out(`${JSON.stringify({ designs }, null, 2)}\n`);
	else io.out(compareText(designs, settings.currency, settings.scenarioTag));
	return 0;
}

/** The measures of each design as rows, the designs as columns. */
export function compareRows(designs: readonly DesignMeasures[], currency: string): { label: string; cells: string[] }[] {
	const names = [...new Set(designs.flatMap((d) => d.streams.map((s) => s.name)))].sort((a, b) => a.localeCompare(b));
	return [
		{ label: "Hours a week", cells: designs.map((d) => formatHours(d.hoursPerWeek)) },
		{ label: "Income a year", cells: designs.map((d) => formatAmount(d.annualRevenue, currency)) },
		{ label: "Effective hourly rate", cells: designs.map((d) => formatAmount(d.hourlyRate, currency)) },
		{ label: "Active streams", cells: designs.map((d) => String(d.activeStreams)) },
		{ label: "HHI", cells: designs.map((d) => (d.hhi === null ? "—" : String(Math.round(d.hhi)))) },
		{ label: "Effective number of streams", cells: designs.map((d) => (d.effectiveNumber === null ? "—" : d.effectiveNumber.toFixed(2))) },
		{ label: "Kept if the largest stops", cells: designs.map((d) => `${formatAmount(d.incomeKept.amount, currency)} (${formatPercent(d.incomeKept.percent)})`) },
		{ label: "Automation exposure", cells: designs.map((d) => formatPercent(d.automationExposure)) },
		{ label: "Teaching edges", cells: designs.map((d) => String(d.teachingEdges)) },
		...names.map((name) => ({
			label: `${name}: time / income`,
			cells: designs.map((d) => {
				const s = d.streams.find((x) => x.name === name);
				return s ? `${formatPercent(s.timeShare)} / ${formatPercent(s.incomeShare)}` : "—";
			}),
		})),
	];
}

function compareText(designs: readonly DesignMeasures[], currency: string, scenarioTag: string): string {
	const out: string[] = [];
	if (designs.length < 2) out.push(`No scenario notes yet: tag a note #${scenarioTag} with changes and candidates to compare it with now.`, "");
	const rows = compareRows(designs, currency);
	out.push(...textTable([["", ...designs.map((d) => d.name)], ...rows.map((r) => [r.label, ...r.cells])], designs.map((_, i) => i + 1)));
	for (const d of designs.slice(1)) {
		out.push("", `${printable(d.name)} (${printable(d.path ?? "")}) against now:`);
		if (d.raised.length === 0 && d.cleared.length === 0) out.push("  raises and clears no finding");
		for (const f of d.raised) out.push(issueLine({ code: `raises ${f.code}`, message: f.message }));
		for (const f of d.cleared) out.push(`  + clears ${f.code}: ${printable(f.message)}`);
	}
	return `${out.join("\n").trimEnd()}\n`;
}
