// Findings about the plan in time: a planned stream whose start has passed, and what one roadmap
// quarter shows (a launch into a full quarter, an anchor ending with no successor, too many nodes).
import { noteIssue } from "./issues";
import { compareQuarters } from "./quarter";
import type { Issue, Role, Stream, Thresholds } from "./types";

// Figures compared at a threshold may carry float noise: "beyond" means beyond it by more.
const EPSILON = 1e-9;

/** `planned-overdue`: a planned stream whose start quarter is before the current one. */
export function plannedOverdue(streams: readonly Stream[], currentQuarter: string): Issue[] {
	return streams
		.filter((s) => s.status === "planned" && s.start !== null && compareQuarters(s.start, currentQuarter) < 0)
		.map((s) =>
			noteIssue("planned-overdue", "warning", s.path, `${s.name} was planned to start in ${s.start ?? ""} and is still planned in ${currentQuarter}: start it (status: active), move its start, or drop it.`),
		);
}

/** What one roadmap quarter's findings look at. */
export interface QuarterView {
	quarter: string;
	running: readonly { name: string; path: string; role: Role | null; starts: boolean; ends: boolean }[];
	hoursPerWeek: number;
	/** Whether an anchor runs in the quarter after this one. */
	anchorNext: boolean;
}

/** The findings of one roadmap quarter: `overload`, `anchor-without-successor`, `too-many-nodes`. */
export function quarterFindings(view: QuarterView, thresholds: Thresholds): Issue[] {
	const out: Issue[] = [];
	const launches = view.running.filter((s) => s.starts);
	if (launches.length > 0 && view.hoursPerWeek > thresholds.overloadHours + EPSILON) {
		const names = launches.map((s) => s.name).join(", ");
		out.push(
			noteIssue("overload", "warning", launches[0]?.path ?? null, `${names} ${launches.length === 1 ? "starts" : "start"} in ${view.quarter}, which then takes ${round(view.hoursPerWeek)} hours a week, over the ${thresholds.overloadHours} you allow: free time first or move the start.`),
		);
	}
	if (!view.anchorNext) {
		for (const anchor of view.running.filter((s) => s.role === "anchor" && s.ends)) {
			out.push(noteIssue("anchor-without-successor", "warning", anchor.path, `${anchor.name} (the anchor) ends in ${view.quarter} and no anchor runs after it: plan the stream that will carry the rest.`));
		}
	}
	if (view.running.length > thresholds.maxNodes) {
		out.push(noteIssue("too-many-nodes", "warning", null, `${view.running.length} streams run in ${view.quarter}, more than ${thresholds.maxNodes}: a portfolio that wide spreads attention too thin.`));
	}
	return out;
}

function round(n: number): string {
	return String(Math.round(n * 10) / 10);
}
