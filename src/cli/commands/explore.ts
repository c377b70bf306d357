// `explore`: the best combinations of candidate streams under the constraints, as a table or JSON.
import { explore, exploreConstraints, type Exploration, type ExploreConstraints } from "../../core/explore";
import { formatAmount, formatHours, formatPercent } from "../../core/format";
import { readNumber } from "../../core/numbers";
import type { Portfolio, PortfolioSettings } from "../../core/types";
import type { CliRequest } from "../args";
import type { CliIo } from "../run-cli";
import { printable } from "../printable";
import { textTable } from "./text-table";

/** Runs explore; exit 2 with one line on a bad constraint, else 0 (also when nothing fits: that is an answer). */
export function runExplore(portfolio: Portfolio, settings: PortfolioSettings, request: CliRequest, io: CliIo): number {
	const given = readConstraints(request.options);
	if (typeof given === "string") {
		io.err(`portfolio-journal: ${given}\n`);
		return 2;
	}
	const result = explore(portfolio, exploreConstraints(settings, given), settings.currency);
	io.out(request.json ? `${JSON.stringify(result, null, 2)}\n` : exploreText(result, settings.currency));
	return 0;
}

/** The constraints given on the command line, or the one-line reason they cannot be read. */
export function readConstraints(options: Record<string, string>): Partial<ExploreConstraints> | string {
	const given: Partial<ExploreConstraints> = {};
	if ("--max-hours" in options) {
		const hours = readNumber(options["--max-hours"], "hours");
		if (hours.value === null) return `The value of --max-hours must be hours a week, like 45, not "${options["--max-hours"] ?? ""}".`;
		given.maxHours = hours.value;
	}
	if ("--min-income" in options) {
		const income = readNumber(options["--min-income"], "amount");
		if (income.value === null) return `The value of --min-income must be an amount a year, like 80000 or 80k, not "${options["--min-income"] ?? ""}".`;
		given.minIncome = income.value;
	}
	if ("--streams" in options) {
		const text = options["--streams"] ?? "";
		const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/u.exec(text);
		const min = Number(match?.[1]);
		const max = match?.[2] === undefined ? min : Number(match[2]);
		if (!match || min < 1 || max < min || max > 12) return `The value of --streams must be a count or a range like 3-5 (1 to 12), not "${text}".`;
		given.minStreams = min;
		given.maxStreams = max;
	}
	if ("--no-anchor" in options) given.requireAnchor = false;
	return given;
}

function exploreText(result: Exploration, currency: string): string {
	const c = result.constraints;
	const out = [
		`Explore: ${result.candidates.length} candidate streams, ${result.considered} combinations of ${c.minStreams === c.maxStreams ? c.minStreams : `${c.minStreams} to ${c.maxStreams}`} streams, ${result.fitting} fit`,
		`  (at most ${formatHours(c.maxHours)} a week, at least ${formatAmount(c.minIncome, currency)} a year, ${c.requireAnchor ? "an anchor required" : "no anchor needed"})`,
		"",
	];
	if (result.none !== null) {
		out.push(result.none.message);
		return `${out.join("\n")}\n`;
	}
	out.push("Ranked by income kept if the largest stream stops, then effective number of streams, then teaching edges, then income.", "");
	for (const combo of result.best) {
		const names = combo.streams.map((s) => `${printable(s.name)}${s.candidate ? "*" : ""}`).join(" + ");
		out.push(`#${combo.rank} ${names}`);
		out.push(
			...textTable([
				[
					formatHours(combo.hoursPerWeek),
					formatAmount(combo.annualRevenue, currency),
					`kept ${formatAmount(combo.incomeKept.amount, currency)} (${formatPercent(combo.incomeKept.percent)})`,
					`effective ${combo.effectiveNumber === null ? "—" : combo.effectiveNumber.toFixed(2)}`,
					`${combo.teachingEdges} teaching ${combo.teachingEdges === 1 ? "edge" : "edges"}`,
				],
			]),
		);
		out.push(`  ${combo.reason}`, "");
	}
	if (result.best.some((combo) => combo.streams.some((s) => s.candidate))) out.push("* a scenario's candidate (no stream note yet)");
	return `${out.join("\n").trimEnd()}\n`;
}
