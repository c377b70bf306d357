// Findings: what the career-portfolio pattern says about the design, with thresholds from the settings.
// Only active streams count; each message names the stream and the figures so a person can act on it.
import { formatPercent } from "./format";
import { noteIssue } from "./issues";
import { compareQuarters } from "./quarter";
import { quarterLabel } from "./quarter-label";
import { CREATE_REVIEW_COMMAND } from "./review-due";
import type { Edge, Issue, PortfolioSettings, Review, Stream, Thresholds } from "./types";
import { missingRevenueText, revenueCoverage } from "./revenue-coverage";
import { reviewCounts } from "./counted-reviews";

/** What the findings look at: the model without its findings. */
export interface FindingInput {
	streams: readonly Stream[];
	totals: { hoursPerWeek: number; annualRevenue: number; activeStreams: number };
	edges: readonly Edge[];
	reviews: readonly Review[];
	lastFinishedQuarter: string;
	thresholds: Thresholds;
	/** The vault currency and exchange rates: a stream without a rate has its revenue missing for that cause. */
	money: Pick<PortfolioSettings, "currency" | "exchangeRates">;
	/** Month (1-12) the fiscal year starts in, for the quarters' labels; 1 when absent. */
	fiscalYearStartMonth?: number;
}

// Figures compared at a threshold may carry float noise (35.00000000001): "beyond" means beyond it by more.
const EPSILON = 1e-9;

/** Every finding (stream count, roles, links, drift, targets, overload, income concentration, silence, reviews, automation) that holds for this portfolio; none for a vault without stream notes. */
export function findFindings(input: FindingInput): Issue[] {
	if (input.streams.length === 0) return [];
	const active = input.streams.filter((stream) => stream.status === "active");
	const t = input.thresholds;
	const out: Issue[] = [];
	const count = active.length;
	if (count < t.minStreams || count > t.maxStreams) {
		out.push(noteIssue("stream-count", "warning", null, `You have ${count} active ${count === 1 ? "stream" : "streams"}; a portfolio holds together best with ${t.minStreams} to ${t.maxStreams}.`));
	}
	if (!active.some((s) => s.role === "anchor")) {
		out.push(noteIssue("no-anchor", "warning", null, "No active stream has the anchor role: name the steady stream that carries the rest (role: anchor)."));
	}
	if (!active.some((s) => s.role === "seed")) {
		out.push(noteIssue("no-seed", "info", null, "No active stream has the seed role: a small bet keeps future options open (role: seed)."));
	}
	if (count >= 2) out.push(...isolated(active, input.edges));
	for (const stream of active) out.push(...drift(stream, t.driftPoints));
	out.push(...targetsSum(active, t.targetsSumTolerance));
	if (input.totals.hoursPerWeek > t.overloadHours + EPSILON) {
		out.push(noteIssue("overload", "warning", null, `Your active streams take ${round(input.totals.hoursPerWeek)} hours a week, over the ${t.overloadHours} you allow.`));
	}
	// A share of the income recorded is not a share of the income when some streams have no figure:
	// then the finding says on how many streams it rests.
	const coverage = revenueCoverage(active, input.money);
	const basis = coverage.missing === 0 ? "of your income" : `of the income set on ${coverage.known} of ${coverage.active} active streams (${missingRevenueText(coverage, "annual-revenue")})`;
	for (const stream of active) {
		if (stream.incomeShare !== null && stream.incomeShare > t.incomeConcentration + EPSILON) {
			out.push(noteIssue("income-concentration", "warning", stream.path, `${stream.name} brings ${formatPercent(stream.incomeShare)} ${basis}, over ${t.incomeConcentration}%: losing it would hit hard.`));
		}
	}
	const label = (quarter: string): string => quarterLabel(quarter, input.fiscalYearStartMonth ?? 1);
	out.push(...silent(active, input.edges, input.reviews, input.lastFinishedQuarter, label));
	if (!input.reviews.some((review) => review.quarter === input.lastFinishedQuarter)) {
		const quarter = label(input.lastFinishedQuarter);
		out.push(noteIssue("missing-review", "warning", null, `There is no review of ${quarter} yet: run "${CREATE_REVIEW_COMMAND}" to record what each stream took and taught.`));
	}
	for (const review of input.reviews) {
		if (review.draft !== true) continue;
		const message = `The review of ${label(review.quarter)} is a draft: its actuals are the figures of the day it was made. Correct them, then remove draft (untick it in Properties) so they count.`;
		out.push(noteIssue("draft-review", "info", review.path, message));
	}
	out.push(...automation(active, input.totals.annualRevenue, t.automationExposure));
	return out;
}

function isolated(active: readonly Stream[], edges: readonly Edge[]): Issue[] {
	const linked = new Set<string>();
	for (const edge of edges) {
		linked.add(edge.from);
		linked.add(edge.to);
	}
	return active
		.filter((stream) => !linked.has(stream.path))
		.map((stream) => noteIssue("isolated-stream", "warning", stream.path, `${stream.name} neither funds, teaches nor protects another stream, and nothing links to it: connect it or question it.`));
}

function drift(stream: Stream, points: number): Issue[] {
	const out: Issue[] = [];
	const dimensions = [
		{ drift: stream.timeDrift, share: stream.timeShare, target: stream.targetTime, verb: "takes", what: "of your time" },
		{ drift: stream.incomeDrift, share: stream.incomeShare, target: stream.targetIncome, verb: "brings", what: "of your income" },
	];
	for (const { drift: value, share, target, verb, what } of dimensions) {
		if (value === null || share === null || target === null) continue;
		// Rounded as the dashboard's tables and the report round them, so a finding and a table agree.
		const figures = `${formatPercent(share)} ${what} against a ${formatPercent(target)} target (${value > 0 ? "+" : "-"}${Math.round(Math.abs(value))} points)`;
		if (value > points + EPSILON) out.push(noteIssue("over-target", "warning", stream.path, `${stream.name} ${verb} ${figures}.`));
		else if (value < -points - EPSILON) out.push(noteIssue("under-target", "warning", stream.path, `${stream.name} ${verb} only ${figures}.`));
	}
	return out;
}

function targetsSum(active: readonly Stream[], tolerance: number): Issue[] {
	const out: Issue[] = [];
	for (const [key, label] of [["targetTime", "time"], ["targetIncome", "income"]] as const) {
		if (!active.some((stream) => stream[key] !== null)) continue;
		const total = active.reduce((acc, stream) => acc + (stream[key] ?? 0), 0);
		if (Math.abs(total - 100) > tolerance + EPSILON) {
			out.push(noteIssue("targets-sum", "warning", null, `The ${label} targets of your active streams add up to ${round(total)}%, not 100%: adjust target-${label}.`));
		}
	}
	return out;
}

// Only a finished quarter whose review is done can show that a stream stayed silent: a quarter in
// progress or a review still being written would report every stream before the person answered.
function silent(active: readonly Stream[], edges: readonly Edge[], reviews: readonly Review[], lastFinished: string, label: (quarter: string) => string): Issue[] {
	const last = reviews.filter((review) => reviewCounts(review) && compareQuarters(review.quarter, lastFinished) <= 0).pop();
	if (!last) return [];
	const taught = new Set<string>();
	for (const edge of edges) if (edge.type === "learned" && (edge.byQuarter?.[last.quarter] ?? 0) > 0) taught.add(edge.from);
	return active
		.filter((stream) => !taught.has(stream.path))
		.map((stream) => noteIssue("silent-stream", "info", stream.path, `${stream.name} taught no other stream in ${label(last.quarter)}: note what it gave the others, or ask why it gave nothing.`));
}

function automation(active: readonly Stream[], revenue: number, limit: number): Issue[] {
	if (revenue <= 0) return [];
	const exposed = active.filter((stream) => stream.automationRisk === "high");
	const share = (exposed.reduce((acc, stream) => acc + (stream.annualRevenue ?? 0), 0) * 100) / revenue;
	if (share <= limit + EPSILON) return [];
	const names = exposed.map((stream) => stream.name).join(", ");
	return [noteIssue("automation-exposure", "warning", null, `${formatPercent(share)} of your income comes from streams at high automation risk (${names}), over ${limit}%.`)];
}

function round(n: number): string {
	return String(Math.round(n * 10) / 10);
}
