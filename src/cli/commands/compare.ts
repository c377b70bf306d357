// `compare`: now against every scenario note, one column per design, as a table or JSON.
import { compareDesigns, type DesignMeasures } from "../../core/compare";
import { compareRows } from "../../core/compare-rows";
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

function compareText(designs: readonly DesignMeasures[], currency: string, scenarioTag: string): string {
	const out: string[] = [];
	if (designs.length < 2) out.push(`No scenario notes yet: tag a note #${scenarioTag} with changes and candidates to compare it with now.`, "");
	const rows = compareRows(designs, currency);
	// A trailing * marks the better value of a row, as the dashboard's Compare section does.
	const cells = (r: (typeof rows)[number]): string[] => r.cells.map((cell, i) => (r.better.includes(i) ? `${cell} *` : `${cell}  `));
	out.push(...textTable([["", ...designs.map((d) => `${d.name}  `)], ...rows.map((r) => [r.label, ...cells(r)])], designs.map((_, i) => i + 1)));
	out.push("  (* the better value of the row)");
	for (const d of designs.slice(1)) {
		out.push("", `${printable(d.name)} (${printable(d.path ?? "")}) against now:`);
		if (d.raised.length === 0 && d.cleared.length === 0) out.push("  raises and clears no finding");
		for (const f of d.raised) out.push(issueLine({ code: `raises ${f.code}`, message: f.message }));
		for (const f of d.cleared) out.push(`  + clears ${f.code}: ${printable(f.message)}`);
	}
	return `${out.join("\n").trimEnd()}\n`;
}
