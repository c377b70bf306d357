// Findings about the week the time blocks give: the seed's step 5 protects deep work in each stream,
// and names context switching as the first risk. Thresholds come from the settings.
import { formatHours } from "./format";
import { compareText, noteIssue } from "./issues";
import { blockMinutes, clockText, type TimeBlock } from "./time-blocks";
import type { Issue, Thresholds } from "./types";
import type { Overlap, Week } from "./week";

/** The codes of the week's findings, for views that show the week alone. */
export const WEEK_FINDING_CODES: readonly string[] = ["boundary-mismatch", "overlapping-blocks", "context-switching", "no-deep-work", "no-boundary"];

/** Full day names, Monday first, for messages. */
export const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

const ORDINAL_WORDS: Record<number, string> = { 1: "first", 2: "second", 3: "third", 4: "fourth", [-1]: "last" };

// Float noise (7.999999) must not tip a figure over its threshold.
const EPSILON = 1e-9;

/** The week's thresholds (see Thresholds). */
export type WeekThresholds = Pick<Thresholds, "boundaryMismatchHours" | "boundaryMismatchPercent" | "contextSwitchStreams" | "deepWorkMinutes">;

/** boundary-mismatch, overlapping-blocks, context-switching, no-deep-work and no-boundary, for the active streams; none until a stream has blocks. */
export function weekFindings(week: Week, t: WeekThresholds): Issue[] {
	// A vault whose streams hold no blocks has not planned its week yet: no-boundary on every stream would be noise.
	if (!week.streams.some((stream) => stream.blocks.length > 0)) return [];
	const out: Issue[] = [];
	for (const stream of week.streams) {
		const stated = stream.hoursPerWeek;
		if (stream.blocks.length === 0) {
			if (stated !== null && stated > 0) {
				out.push(noteIssue("no-boundary", "info", stream.path, `${stream.name} takes ${formatHours(stated)} a week but has no time-blocks: give it hours of its own so other streams cannot eat them.`));
			}
			continue;
		}
		if (stated !== null && isMismatch(stream.blockHours, stated, t)) {
			out.push(noteIssue("boundary-mismatch", "warning", stream.path, `${stream.name}'s time-blocks give ${formatHours(stream.blockHours)} a week, but hours-per-week says ${formatHours(stated)}: change the blocks or the figure.`));
		}
		if (stream.blocks.every((b) => blockMinutes(b) < t.deepWorkMinutes)) {
			out.push(noteIssue("no-deep-work", "warning", stream.path, `Every time block of ${stream.name} is shorter than ${t.deepWorkMinutes} minutes: no stretch is long enough for deep work.`));
		}
	}
	out.push(...overlapFindings(week.overlaps));
	out.push(...switching(week, t.contextSwitchStreams));
	return out;
}

/** True when the blocks' hours and the stated hours differ by more than both thresholds (hours, and percent of the stated hours). */
export function isMismatch(blockHours: number, stated: number, t: WeekThresholds): boolean {
	const gap = Math.abs(blockHours - stated);
	return gap > t.boundaryMismatchHours + EPSILON && gap > (stated * t.boundaryMismatchPercent) / 100 + EPSILON;
}

/** When a slot happens, for messages: "Thursday" or "the first Friday of the month". */
export function whenText(day: number, block: TimeBlock): string {
	const name = DAY_NAMES[day] ?? "";
	return block.ordinal === null ? name : `the ${ORDINAL_WORDS[block.ordinal] ?? ""} ${name} of the month`;
}

// One finding per pair of streams and day, however many of their blocks meet there.
function overlapFindings(overlaps: readonly Overlap[]): Issue[] {
	const seen = new Set<string>();
	const out: Issue[] = [];
	for (const o of overlaps) {
		const [first, second] = o.a.path <= o.b.path ? [o.a, o.b] : [o.b, o.a];
		const key = `${o.day}\n${first.path}\n${second.path}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const monthly = first.block.ordinal !== null ? first.block : second.block;
		const when = whenText(o.day, monthly);
		out.push(
			noteIssue(
				"overlapping-blocks",
				"warning",
				first.path,
				`${first.name} ("${first.block.text}") and ${second.name} ("${second.block.text}") both claim ${when} ${clockText(o.start)}-${clockText(o.end)}: one of them loses that time.`,
			),
		);
	}
	return out;
}

// Monthly blocks are left out: a day that holds a third stream once a month is not the week's rhythm.
function switching(week: Week, limit: number): Issue[] {
	const out: Issue[] = [];
	for (const [day, slots] of week.days.entries()) {
		const names = new Map<string, string>();
		for (const slot of slots) if (slot.block.ordinal === null) names.set(slot.path, slot.name);
		if (names.size < limit) continue;
		const list = [...names.values()].sort((a, b) => compareText(a.toLowerCase(), b.toLowerCase())).join(", ");
		out.push(noteIssue("context-switching", "warning", null, `${DAY_NAMES[day] ?? ""} holds ${names.size} streams (${list}): every switch costs focus; give the day to fewer streams.`));
	}
	return out;
}
