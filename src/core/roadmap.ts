// The roadmap: the current quarter and the next 7, the streams running in each (from their status,
// `start` and `end`), with projected totals, shares and the findings of that quarter.
import { share, sum } from "./build-reviews";
import { compareQuarters, nextQuarter, quarterIndex } from "./quarter";
import { quarterFindings } from "./plan-findings";
import type { Issue, Portfolio, Role, Status, Stream, Thresholds } from "./types";

/** How many quarters the roadmap shows: the current one and the next 7 (two years). */
export const ROADMAP_QUARTERS = 8;

/** A stream as it runs in one roadmap quarter. */
export interface RoadmapStream {
	name: string;
	path: string;
	role: Role | null;
	status: Status;
	/** Hours a week it is expected to take (null when not given). */
	hoursPerWeek: number | null;
	/** Income a year it is expected to bring, in the vault currency (null when not given). */
	annualRevenue: number | null;
	/** Percent of the quarter's projected hours and income; null when that total is 0. */
	timeShare: number | null;
	incomeShare: number | null;
	/** It starts (launches) in this quarter. */
	starts: boolean;
	/** This quarter is its last (`end`). */
	ends: boolean;
}

/** One quarter of the roadmap. */
export interface RoadmapQuarter {
	/** `YYYY-Qn`. */
	quarter: string;
	streams: RoadmapStream[];
	/** Projected hours a week and income a year (annual rate) of the streams running, and their count. */
	totals: { hoursPerWeek: number; annualRevenue: number; streams: number };
	findings: Issue[];
}

/** The roadmap, and the planned streams it cannot place because they have no `start`. */
export interface Roadmap {
	quarters: RoadmapQuarter[];
	unscheduled: { name: string; path: string }[];
}

/**
 * Which quarter a stream runs from, or null when it does not run: an active stream runs from its
 * start (or always), a planned one from its start, or from now when that start has passed
 * (planned-overdue says so); paused and retired streams do not run.
 */
export function runsFrom(stream: Pick<Stream, "status" | "start">, currentQuarter: string): string | null {
	if (stream.status === "active") return stream.start ?? currentQuarter;
	if (stream.status !== "planned" || stream.start === null) return null;
	return compareQuarters(stream.start, currentQuarter) < 0 ? currentQuarter : stream.start;
}

/** Builds the roadmap from the current quarter on; `count` quarters (8 by default). */
export function buildRoadmap(portfolio: Portfolio, thresholds: Thresholds, count = ROADMAP_QUARTERS): Roadmap {
	const current = portfolio.currentQuarter;
	// Each stream's first and last quarter as places on the line of quarters, found once: the quarters
	// below test every stream twice, 16,000 comparisons of quarter texts with 500 streams.
	const spans = portfolio.streams
		.map((stream) => ({ stream, from: runsFrom(stream, current) }))
		.filter((span): span is { stream: Stream; from: string } => span.from !== null)
		.map((span) => ({ ...span, first: quarterIndex(span.from), last: span.stream.end === null ? Infinity : quarterIndex(span.stream.end) }));
	const runningIn = (quarter: string): { stream: Stream; from: string }[] => {
		const at = quarterIndex(quarter);
		return spans.filter(({ first, last }) => first <= at && at <= last);
	};
	const quarters: RoadmapQuarter[] = [];
	let quarter = current;
	for (let i = 0; i < count; i++) {
		const running = runningIn(quarter);
		const hoursPerWeek = sum(running.map(({ stream }) => stream.hoursPerWeek));
		const annualRevenue = sum(running.map(({ stream }) => stream.annualRevenue));
		const streams = running.map(({ stream, from }): RoadmapStream => ({
			name: stream.name,
			path: stream.path,
			role: stream.role,
			status: stream.status,
			hoursPerWeek: stream.hoursPerWeek,
			annualRevenue: stream.annualRevenue,
			timeShare: share(stream.hoursPerWeek, hoursPerWeek),
			incomeShare: share(stream.annualRevenue, annualRevenue),
			// A stream running before the roadmap begins did not launch in its first quarter.
			starts: from === quarter && (stream.status === "planned" || stream.start === quarter),
			ends: stream.end === quarter,
		}));
		const next = nextQuarter(quarter);
		const anchorNext = runningIn(next).some(({ stream }) => stream.role === "anchor");
		const findings = quarterFindings({ quarter, running: streams, hoursPerWeek, anchorNext }, thresholds);
		quarters.push({ quarter, streams, totals: { hoursPerWeek, annualRevenue, streams: streams.length }, findings });
		quarter = next;
	}
	const unscheduled = portfolio.streams.filter((s) => s.status === "planned" && s.start === null).map((s) => ({ name: s.name, path: s.path }));
	return { quarters, unscheduled };
}
