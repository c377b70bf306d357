// `roadmap`: the streams running in the current quarter and the next 7, as a table or JSON.
import { formatAmount, formatHours, formatPercent } from "../../core/format";
import { quarterLabel } from "../../core/quarter-label";
import { buildRoadmap, type Roadmap } from "../../core/roadmap";
import type { Portfolio, PortfolioSettings } from "../../core/types";
import type { CliRequest } from "../args";
import type { CliIo } from "../run-cli";
import { printable } from "../printable";
import { issueLine, textTable } from "./text-table";

/** Prints the roadmap; always exit 0 (findings are advice, not errors). */
export function runRoadmap(portfolio: Portfolio, settings: PortfolioSettings, request: CliRequest, io: CliIo): number {
	const roadmap = buildRoadmap(portfolio, settings.thresholds);
	io.out(request.json ? `${JSON.stringify(roadmap, null, 2)}\n` : roadmapText(roadmap, settings.currency, (quarter) => quarterLabel(quarter, settings.fiscalYearStartMonth)));
	return 0;
}

/** The roadmap for a terminal: one block per quarter, each named by `label` (the fiscal label under a fiscal year). */
export function roadmapText(roadmap: Roadmap, currency: string, label: (quarter: string) => string): string {
	const first = label(roadmap.quarters[0]?.quarter ?? "");
	const last = label(roadmap.quarters[roadmap.quarters.length - 1]?.quarter ?? "");
	const out = [`Roadmap ${first} to ${last} (projected: hours a week, income as a yearly rate)`, ""];
	for (const q of roadmap.quarters) {
		const t = q.totals;
		out.push(`${label(q.quarter)}: ${t.streams} ${t.streams === 1 ? "stream" : "streams"}, ${formatHours(t.hoursPerWeek)} a week, ${formatAmount(t.annualRevenue, currency)} a year`);
		const rows = q.streams.map((s) => [
			s.name,
			s.role ?? "",
			formatHours(s.hoursPerWeek),
			formatPercent(s.timeShare),
			formatAmount(s.annualRevenue, currency),
			formatPercent(s.incomeShare),
			[s.starts ? "starts" : "", s.ends ? "ends" : ""].filter(Boolean).join(", "),
		]);
		out.push(...textTable(rows, [2, 3, 4, 5]));
		for (const finding of q.findings) out.push(issueLine(finding));
		out.push("");
	}
	if (roadmap.unscheduled.length > 0) out.push(`Planned without a start (set start: 2027-Q1 to place them): ${roadmap.unscheduled.map((s) => printable(s.name)).join(", ")}`);
	return `${out.join("\n").trimEnd()}\n`;
}
