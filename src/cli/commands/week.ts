// `week <vault> [--json]`: each day's time blocks, each active stream's hours from its blocks against
// hours-per-week, and the week's findings.
import { formatHours } from "../../core/format";
import { clockText, TIME_BLOCKS_PROPERTY, WEEKDAYS, type TimeBlock } from "../../core/time-blocks";
import type { Portfolio } from "../../core/types";
import { buildWeek, type Week, type WeekSlot } from "../../core/week";
import { WEEK_FINDING_CODES } from "../../core/week-findings";
import { printable } from "../printable";
import { issueJson, type IssueJson } from "../../core/report-json";
import type { CliIo } from "../run-cli";

/** One block on one day in the JSON. Times are `HH:MM`, local wall-clock; `ordinal` is null for a weekly block. */
export interface WeekBlockJson {
	stream: string;
	name: string;
	start: string;
	end: string;
	ordinal: "first" | "second" | "third" | "fourth" | "last" | null;
	text: string;
}

/** `week --json`: see the README for each key and its unit. */
export interface WeekJson {
	days: { day: string; blocks: WeekBlockJson[] }[];
	streams: { name: string; path: string; blockHours: number; hoursPerWeek: number | null; blocks: string[] }[];
	overlaps: { day: string; start: string; end: string; streams: [string, string] }[];
	findings: IssueJson[];
	diagnostics: IssueJson[];
}

const ORDINAL_NAMES = { 1: "first", 2: "second", 3: "third", 4: "fourth", [-1]: "last" } as const;

/** The week of a portfolio as the documented JSON object. */
export function weekJson(portfolio: Portfolio, week: Week = buildWeek(portfolio.streams)): WeekJson {
	return {
		days: week.days.map((slots, day) => ({ day: WEEKDAYS[day] ?? "", blocks: slots.map(slotJson) })),
		streams: week.streams.map((s) => ({ name: s.name, path: s.path, blockHours: s.blockHours, hoursPerWeek: s.hoursPerWeek, blocks: s.blocks.map((b) => b.text) })),
		overlaps: week.overlaps.map((o) => ({ day: WEEKDAYS[o.day] ?? "", start: clockText(o.start), end: clockText(o.end), streams: [o.a.path, o.b.path] })),
		findings: portfolio.findings.filter((f) => WEEK_FINDING_CODES.includes(f.code)).map(issueJson),
		diagnostics: portfolio.diagnostics.filter((d) => d.property === TIME_BLOCKS_PROPERTY).map(issueJson),
	};
}

/** The week as text for a terminal, ending with a newline. */
export function weekText(portfolio: Portfolio): string {
	const data = weekJson(portfolio);
	const out: string[] = ["Week (Monday first; monthly blocks marked with their week of the month)"];
	for (const { day, blocks } of data.days) {
		if (blocks.length === 0) out.push(`  ${day}  -`);
		blocks.forEach((b, i) => out.push(`  ${i === 0 ? day : "   "}  ${b.start}-${b.end}  ${printable(b.name)}${b.ordinal ? ` (${b.ordinal} ${day} of the month)` : ""}`));
	}
	out.push("", "Hours a week: from the blocks / hours-per-week");
	const width = Math.max(0, ...data.streams.map((s) => printable(s.name).length));
	for (const s of data.streams) out.push(`  ${printable(s.name).padEnd(width)}  ${formatHours(s.blockHours).padStart(7)} / ${formatHours(s.hoursPerWeek)}`);
	if (data.streams.length === 0) out.push("  No active streams.");
	for (const [title, issues] of [["Findings", data.findings], ["Blocks that could not be read", data.diagnostics]] as const) {
		out.push("", issues.length === 0 ? `${title}: none` : `${title} (${issues.length})`);
		for (const i of issues) out.push(`  ${i.severity} ${i.code}: ${printable(i.message)}`);
	}
	return `${out.join("\n")}\n`;
}

/** Prints the week, as text or (with `--json`) as one JSON object. */
export function runWeek(portfolio: Portfolio, json: boolean, io: Pick<CliIo, "out">): number {
	io.out(json ? `${JSON.stringify(weekJson(portfolio), null, 2)}\n` : weekText(portfolio));
	return 0;
}

function slotJson(slot: WeekSlot): WeekBlockJson {
	return { stream: slot.path, name: slot.name, start: clockText(slot.start), end: clockText(slot.end), ordinal: ordinalName(slot.block), text: slot.block.text };
}

function ordinalName(block: TimeBlock): WeekBlockJson["ordinal"] {
	return block.ordinal === null ? null : ORDINAL_NAMES[block.ordinal];
}
