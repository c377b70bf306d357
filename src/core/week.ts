// The week the time blocks give: each day's blocks, and each active stream's hours a week from its
// blocks beside the `hours-per-week` it states. Paused, planned and retired streams hold no time.
import { blockMinutes, type TimeBlock } from "./time-blocks";
import type { Stream } from "./types";

/** A monthly block happens 12 times a year: it counts 12/52 of its length in an average week. */
export const MONTHLY_WEEK_FACTOR = 12 / 52;

/** One stream's block placed on one day of the week. */
export interface WeekSlot {
	/** Vault path and name of the stream. */
	path: string;
	name: string;
	/** 0 = Monday ... 6 = Sunday. */
	day: number;
	/** Minutes after midnight; `end` is exclusive, at most 1440. */
	start: number;
	end: number;
	/** The block it comes from (its text, and its ordinal when monthly). */
	block: TimeBlock;
}

/** One active stream's time in the week. */
export interface WeekStream {
	path: string;
	name: string;
	/** Hours a week its blocks give: weekly blocks in full, monthly ones at 12/52. */
	blockHours: number;
	/** What the stream note states (`hours-per-week`), or null. */
	hoursPerWeek: number | null;
	blocks: TimeBlock[];
}

/** The week of the active streams: seven days of slots (Monday first) and the streams, by name. */
export interface Week {
	/** `days[0]` is Monday; each day's slots ordered by start, then end, then stream path. */
	days: WeekSlot[][];
	streams: WeekStream[];
	/** Pairs of slots of two different streams that share time on the same day. */
	overlaps: Overlap[];
}

/** Two streams' slots that claim the same time; `start`-`end` is the shared part, in minutes. */
export interface Overlap {
	day: number;
	start: number;
	end: number;
	a: WeekSlot;
	b: WeekSlot;
}

/** Hours a week that blocks give: each weekly block's length times its days, a monthly one at 12/52. */
export function blockHours(blocks: readonly TimeBlock[]): number {
	let minutes = 0;
	for (const block of blocks) minutes += blockMinutes(block) * block.days.length * (block.ordinal === null ? 1 : MONTHLY_WEEK_FACTOR);
	return minutes / 60;
}

/** Builds the week from the streams (the model's order is kept for `streams`). */
export function buildWeek(streams: readonly Stream[]): Week {
	const days: WeekSlot[][] = [[], [], [], [], [], [], []];
	const out: WeekStream[] = [];
	for (const stream of streams) {
		if (stream.status !== "active") continue;
		out.push({ path: stream.path, name: stream.name, blockHours: blockHours(stream.timeBlocks), hoursPerWeek: stream.hoursPerWeek, blocks: stream.timeBlocks });
		for (const block of stream.timeBlocks) {
			for (const day of block.days) days[day]?.push({ path: stream.path, name: stream.name, day, start: block.start, end: block.end, block });
		}
	}
	for (const list of days) list.sort((x, y) => x.start - y.start || x.end - y.end || (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
	return { days, streams: out, overlaps: findOverlaps(days) };
}

/** True when both slots can happen on the same date: weekly ones always, two monthly ones only on the same week of the month. */
export function canMeet(a: WeekSlot, b: WeekSlot): boolean {
	if (a.block.ordinal === null || b.block.ordinal === null) return true;
	return a.block.ordinal === b.block.ordinal;
}

// A monthly block meets a weekly one on the same weekday once a month: a real clash, so it counts.
function findOverlaps(days: readonly WeekSlot[][]): Overlap[] {
	const overlaps: Overlap[] = [];
	for (const [day, slots] of days.entries()) {
		for (let i = 0; i < slots.length; i++) {
			const a = slots[i];
			if (!a) continue;
			for (let j = i + 1; j < slots.length; j++) {
				const b = slots[j];
				if (!b || b.start >= a.end) break;
				if (a.path === b.path || !canMeet(a, b)) continue;
				overlaps.push({ day, start: b.start, end: Math.min(a.end, b.end), a, b });
			}
		}
	}
	return overlaps;
}
