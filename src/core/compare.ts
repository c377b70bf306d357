// Now against each scenario, on the same measures: what each design takes and brings, how concentrated
// and exposed its income is, how connected its streams are, and the findings it raises or clears.
import { computeShares } from "./build-portfolio";
import { effectiveNumber, herfindahlIndex, incomeKeptIfLargestStops } from "./concentration";
import { currentDesign, scenarioDesign, teachingEdges, type DesignStream } from "./design";
import { findFindings } from "./findings";
import { compareIssues } from "./issues";
import { totalHourlyRate } from "./measures";
import type { Edge, Issue, Portfolio, PortfolioSettings } from "./types";

/** One active stream of a design, with its shares of the design's totals. */
export interface DesignShare {
	name: string;
	/** The stream note, or for a candidate the scenario note that proposes it. */
	path: string;
	candidate: boolean;
	hoursPerWeek: number | null;
	annualRevenue: number | null;
	/** Percent of the design's hours and income; null when that total is 0 or the value is missing. */
	timeShare: number | null;
	incomeShare: number | null;
}

/** The measures of one design (now, or one scenario). */
export interface DesignMeasures {
	/** "Now", or the scenario note's name. */
	name: string;
	/** The scenario note; null for now. */
	path: string | null;
	/** Hours a week and income a year (vault currency) of its active streams. */
	hoursPerWeek: number;
	annualRevenue: number;
	/** Income per hour of the active streams whose hours and income are both known (measures.ts `totalHourlyRate`); null without hours. */
	hourlyRate: number | null;
	activeStreams: number;
	/** Active streams, sorted by name. */
	streams: DesignShare[];
	/** HHI of the active streams' income (0-10,000) and 10,000 / HHI; null without income. */
	hhi: number | null;
	effectiveNumber: number | null;
	/** Income a year left if the largest stream stops, that amount in percent, and that stream's name. */
	incomeKept: { amount: number; percent: number | null; largest: string | null };
	/** Percent of income from streams at high automation risk; null without income. */
	automationExposure: number | null;
	/** Designed `teaches` edges between two active streams. */
	teachingEdges: number;
	/** The design's findings (those about its shape, not about reviews). */
	findings: Issue[];
	/** Findings this design has and now has not, and the reverse; empty for now itself. */
	raised: Issue[];
	cleared: Issue[];
}

// Review-based findings say nothing about a design: a candidate has no reviews yet.
const RECORD_FINDINGS = new Set(["missing-review", "silent-stream", "planned-overdue"]);

/** Now, then each scenario (by path), measured alike. */
export function compareDesigns(portfolio: Portfolio, settings: PortfolioSettings): DesignMeasures[] {
	const base = currentDesign(portfolio);
	const now = measureDesign("Now", null, base, settings);
	const scenarios = portfolio.scenarios.map((scenario) => {
		const measures = measureDesign(scenario.name, scenario.path, scenarioDesign(base, scenario), settings);
		return { ...measures, raised: difference(measures.findings, now.findings), cleared: difference(now.findings, measures.findings) };
	});
	return [now, ...scenarios];
}

/** The measures of one design; `raised` and `cleared` are left empty. */
export function measureDesign(name: string, path: string | null, design: readonly DesignStream[], settings: PortfolioSettings): DesignMeasures {
	const byId = new Map(design.map((stream) => [stream.id, stream]));
	// computeShares keys streams by path: give it the ids, and map back to notes afterwards.
	// Time blocks are the week's concern, not a design's: none here. Amounts are in the vault currency already.
	const { streams, totals } = computeShares(design.map((stream) => ({ ...stream, path: stream.id, timeBlocks: [], currency: null })));
	const active = streams.filter((stream) => stream.status === "active");
	const incomes = active.map((stream) => stream.annualRevenue);
	const hhi = herfindahlIndex(incomes);
	const kept = incomeKeptIfLargestStops(incomes);
	const exposed = active.filter((stream) => stream.automationRisk === "high").reduce((acc, stream) => acc + (stream.annualRevenue ?? 0), 0);
	const edges: Edge[] = design.flatMap((stream) => (["funds", "teaches", "protects"] as const).flatMap((type) => stream.links[type].map((to) => ({ from: stream.id, to, type }))));
	const findings = findFindings({ streams, totals, edges, reviews: [], lastFinishedQuarter: "", thresholds: settings.thresholds, money: settings })
		.filter((issue) => !RECORD_FINDINGS.has(issue.code))
		.map((issue) => ({ ...issue, path: issue.path === null ? null : (byId.get(issue.path)?.path ?? issue.path) }))
		.sort(compareIssues);
	return {
		name,
		path,
		hoursPerWeek: totals.hoursPerWeek,
		annualRevenue: totals.annualRevenue,
		hourlyRate: totalHourlyRate(active.map((stream) => [stream.annualRevenue, stream.hoursPerWeek]), settings.weeksPerYear),
		activeStreams: totals.activeStreams,
		streams: active.map((stream) => {
			const source = byId.get(stream.path);
			return {
				name: stream.name,
				path: source?.path ?? stream.path,
				candidate: source?.candidate ?? false,
				hoursPerWeek: stream.hoursPerWeek,
				annualRevenue: stream.annualRevenue,
				timeShare: stream.timeShare,
				incomeShare: stream.incomeShare,
			};
		}),
		hhi,
		effectiveNumber: effectiveNumber(hhi),
		incomeKept: { amount: kept.amount, percent: kept.percent, largest: kept.largestIndex === null ? null : (active[kept.largestIndex]?.name ?? null) },
		automationExposure: totals.annualRevenue > 0 ? (exposed * 100) / totals.annualRevenue : null,
		teachingEdges: teachingEdges(design, new Set(active.map((stream) => stream.path))),
		findings,
		raised: [],
		cleared: [],
	};
}

// A finding is "the same" in two designs when its code, note and property match; figures in the message may differ.
function difference(these: readonly Issue[], those: readonly Issue[]): Issue[] {
	const keys = new Set(those.map(key));
	return these.filter((issue) => !keys.has(key(issue)));
}

function key(issue: Issue): string {
	return `${issue.code}|${issue.path ?? ""}|${issue.property ?? ""}`;
}
