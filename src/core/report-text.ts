// The report for a terminal (`node dist/cli.js report` and Obsidian's own command line): what a
// person checks at the start of a quarter, readable without colour, with every finding and
// diagnostic pointing at the note to open. Pure, so the plugin bundle prints the same text.
import { formatPercent, formatPoints } from "./format";
import { aboutText, figuresText } from "./property-text";
import { measureLines } from "./measures-text";
import { fiscalYearNote, isFiscal, quarterLabel } from "./quarter-label";
import { basename } from "./read-stream";
import { normalizeTag } from "./tags";
import { printable } from "./printable";
import type { Issue, Portfolio, PortfolioSettings, Stream } from "./types";
import { revenueCoverage, revenueCoverageNote } from "./revenue-coverage";
import { MAP_PORTFOLIO_COMMAND, TAG_STREAM_COMMAND } from "./command-titles";

/** How the report is drawn. */
export interface TextOptions {
	vaultName: string;
	today: string;
	settings: PortfolioSettings;
	/** ANSI colour, only when stdout is a terminal. */
	color: boolean;
}

const BAR_WIDTH = 25;
const FULL = "█";
const EMPTY = "░";
const MARK = "│";
const RECENT_LEARNINGS = 5;

/**
 * The whole text report, ending with a newline: health first (what needs doing), then the streams
 * (anchor first), edges, learnings and reviews. Quarters carry their fiscal labels.
 */
export function reportText(p: Portfolio, opts: TextOptions): string {
	const paint = painter(opts.color);
	const names = new Map(p.streams.map((s) => [s.path, s.name]));
	const nameOf = (path: string): string => printable(names.get(path) ?? basename(path));
	const label = (quarter: string): string => quarterLabel(quarter, opts.settings.fiscalYearStartMonth);
	const out: string[] = [];
	out.push(paint.bold(`Portfolio journal: ${printable(opts.vaultName)}`));
	const fiscal = isFiscal(opts.settings.fiscalYearStartMonth) ? ` (fiscal quarters; ${fiscalYearNote(p.currentQuarter, opts.settings.fiscalYearStartMonth)})` : "";
	out.push(`As of ${opts.today}: quarter ${label(p.currentQuarter)}, last finished ${label(p.lastFinishedQuarter)}${fiscal}`);
	out.push("");
	out.push(healthLine(p, opts.settings.streamTag));
	out.push("");
	out.push(...issueLines("Findings", p.findings, paint));
	out.push(...issueLines("Diagnostics", p.diagnostics, paint));
	const t = p.totals;
	out.push(`Totals: ${t.activeStreams} active ${t.activeStreams === 1 ? "stream" : "streams"}, ${figuresText(t, opts.settings.currency)}${withCoverage(revenueCoverageNote(revenueCoverage(p.streams, opts.settings)))}`);
	out.push("");
	out.push(...streamLines(p.streams, opts, paint));
	out.push(...edgeLines(p, nameOf));
	out.push(...learningLines(p, nameOf, label));
	out.push(`Reviews: ${p.reviews.length === 0 ? "none yet" : p.reviews.map((r) => `${label(r.quarter)}${r.draft === true ? " (draft)" : ""}`).join(", ")}`);
	out.push("");
	out.push(...measureLines(p, opts.settings, nameOf));
	return `${out.join("\n").trimEnd()}\n`;
}

/** One line that says whether anything needs doing, counted by severity. */
function healthLine(p: Portfolio, streamTag: string): string {
	// No stream notes is not health: it is a start, or a tag that does not match.
	if (p.streams.length === 0) {
		const tag = normalizeTag(streamTag);
		return `Health: no stream notes found. To start, run "${MAP_PORTFOLIO_COMMAND}" in Obsidian's command palette, or "${TAG_STREAM_COMMAND}" on a note, or tag a note #${tag} yourself.`;
	}
	const all = [...p.findings, ...p.diagnostics];
	if (all.length === 0) return "Health: nothing to do; the design holds and every note reads cleanly.";
	const count = (severity: Issue["severity"]): number => all.filter((i) => i.severity === severity).length;
	const parts = [
		[count("error"), "problem", "problems"],
		[count("warning"), "warning", "warnings"],
		[count("info"), "note", "notes"],
	] as const;
	const text = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
	return `Health: ${text.join(", ")} (details below).`;
}

function streamLines(streams: readonly Stream[], opts: TextOptions, paint: Painter): string[] {
	// The anchor carries the rest: it leads, then the others in name order.
	const active = streams.filter((s) => s.status === "active").sort((a, b) => Number(b.role === "anchor") - Number(a.role === "anchor"));
	const others = streams.filter((s) => s.status !== "active");
	const lines: string[] = [];
	if (streams.length === 0) lines.push(`No streams yet: tag a note with #${normalizeTag(opts.settings.streamTag)} to start.`);
	else if (active.length === 0) lines.push("No active streams: set status: active on the streams that count now.");
	else lines.push(`Active streams (bar = share of the total, ${MARK} = target)`);
	const limit = opts.settings.thresholds.driftPoints;
	for (const s of active) {
		// Which values, in which order and units: the property table's `report` marks (property-text.ts).
		const about = aboutText(s);
		lines.push(`  ${paint.bold(printable(s.name))}${about ? ` (${about})` : ""}: ${figuresText(s, opts.settings.currency)}`);
		lines.push(`    time    ${shareLine(s.timeShare, s.targetTime, s.timeDrift, limit, paint)}`);
		lines.push(`    income  ${shareLine(s.incomeShare, s.targetIncome, s.incomeDrift, limit, paint)}`);
	}
	if (others.length > 0) {
		lines.push("Not counted now:");
		for (const s of others) lines.push(`  ${printable(s.name)} (${s.status})`);
	}
	lines.push("");
	return lines;
}

function shareLine(share: number | null, target: number | null, drift: number | null, limit: number, paint: Painter): string {
	const targetText = target === null ? "no target" : `target ${formatPercent(target)}`;
	const driftText = drift === null ? "" : `, ${formatPoints(drift)}`;
	const flagged = drift !== null && Math.abs(drift) > limit;
	const text = `${formatPercent(share).padStart(4)}  ${targetText}${driftText}`;
	return `${bar(share, target)}  ${flagged ? paint.warn(text) : text}`;
}

/** A bar of plain characters: filled to the share, with the target marked (both 0-100). */
export function bar(share: number | null, target: number | null): string {
	const filled = share === null ? 0 : cell(share);
	const chars: string[] = [];
	for (let i = 0; i < BAR_WIDTH; i++) chars.push(i < filled ? FULL : EMPTY);
	if (target !== null) {
		const at = Math.min(BAR_WIDTH - 1, cell(target));
		chars.splice(at, 0, MARK);
	} else {
		chars.push(" ");
	}
	return chars.join("");
}

function cell(percent: number): number {
	return Math.max(0, Math.min(BAR_WIDTH, Math.round((percent / 100) * BAR_WIDTH)));
}

function edgeLines(p: Portfolio, nameOf: (path: string) => string): string[] {
	const designed = p.edges.filter((e) => e.type !== "learned");
	const learned = p.edges.filter((e) => e.type === "learned");
	const lines: string[] = [`Edges: ${designed.length} designed, ${learned.length} learned`];
	for (const e of designed) lines.push(`  ${nameOf(e.from)} ${e.type} ${nameOf(e.to)}`);
	for (const e of learned) lines.push(`  ${nameOf(e.from)} taught ${nameOf(e.to)}: ${e.count ?? 0} ${e.count === 1 ? "learning" : "learnings"}`);
	lines.push("");
	return lines;
}

function learningLines(p: Portfolio, nameOf: (path: string) => string, label: (quarter: string) => string): string[] {
	if (p.learnings.length === 0) return ["Learnings: none recorded yet", ""];
	const lines = [`Learnings: ${p.learnings.length} in all; the latest:`];
	for (const l of p.learnings.slice(0, RECENT_LEARNINGS)) {
		lines.push(`  ${l.quarter === null ? "undated" : label(l.quarter)}  ${nameOf(l.from)} -> ${nameOf(l.to)}: ${printable(l.text)}`);
	}
	lines.push("");
	return lines;
}

function issueLines(title: string, issues: readonly Issue[], paint: Painter): string[] {
	if (issues.length === 0) return [`${title}: none`, ""];
	const lines = [`${title} (${issues.length})`];
	for (const i of issues) {
		const severity = i.severity === "error" ? paint.error(i.severity) : i.severity === "warning" ? paint.warn(i.severity) : i.severity;
		// Diagnostics name their note in the message already: the path is printed once.
		const where = i.path !== null && !i.message.includes(i.path) ? ` in ${printable(i.path)}` : "";
		lines.push(`  ${severity} ${i.code}${where}`);
		lines.push(`    ${printable(i.message)}`);
	}
	lines.push("");
	return lines;
}

interface Painter {
	bold(text: string): string;
	warn(text: string): string;
	error(text: string): string;
}

// Escape codes only for a terminal: piped output and files stay plain text.
function painter(color: boolean): Painter {
	const wrap = (code: string) => (text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
	return { bold: wrap("1"), warn: wrap("33"), error: wrap("31") };
}

/** " from 1 of 8 streams; 7 have no revenue set" after a total, or nothing when every figure is known. */
function withCoverage(note: string): string {
	return note === "" ? "" : ` ${note}`;
}

