// Reviews by quarter: one per quarter (the first by path wins), actuals resolved to streams, with shares.
import type { ToVaultCurrency } from "./currency";
import { compareText, noteIssue, propertyIssue } from "./issues";
import { resolveStreamLink, type LinkContext } from "./link-context";
import { compareQuarters } from "./quarter";
import type { ReviewRecord } from "./records";
import { drain, type Steps } from "./steps";
import type { Actual, Review } from "./types";

/** The reviews kept (oldest quarter first) and the records they came from, for their learnings. */
export interface ReviewsResult {
	reviews: Review[];
	kept: ReviewRecord[];
}

/** Keeps one review per quarter, reports the duplicates, and resolves each kept review's actuals. */
export function buildReviews(records: readonly ReviewRecord[], context: LinkContext, toVault: ToVaultCurrency = (_path, amount) => amount): ReviewsResult {
	return drain(reviewSteps(records, context, toVault));
}

/** buildReviews as steps: it pauses after each review, reporting its actuals (500 streams make 500 a review). */
export function* reviewSteps(records: readonly ReviewRecord[], context: LinkContext, toVault: ToVaultCurrency): Steps<ReviewsResult> {
	const byQuarter = new Map<string, ReviewRecord[]>();
	const undated: ReviewRecord[] = [];
	for (const record of records) {
		if (record.quarter === null) {
			undated.push(record);
			continue;
		}
		const list = byQuarter.get(record.quarter);
		if (list) list.push(record);
		else byQuarter.set(record.quarter, [record]);
	}
	const kept: ReviewRecord[] = [];
	for (const [quarter, list] of byQuarter) {
		list.sort((a, b) => compareText(a.path, b.path));
		const first = list[0];
		if (!first) continue;
		kept.push(first);
		for (const duplicate of list.slice(1)) {
			context.diagnostics.push(
				noteIssue("duplicate-review", "error", duplicate.path, `${duplicate.path}: reviews ${quarter} like ${first.path}; only ${first.path} is used. Merge the two or fix the quarter.`),
			);
		}
	}
	kept.sort((a, b) => compareQuarters(a.quarter ?? "", b.quarter ?? ""));
	const reviews: Review[] = [];
	for (const record of kept) {
		reviews.push(toReview(record, context, toVault));
		yield record.actuals.length;
	}
	// Reviews without a quarter cannot be placed in the history, but their learnings still count.
	return { reviews, kept: [...kept, ...undated.sort((a, b) => compareText(a.path, b.path))] };
}

function toReview(record: ReviewRecord, context: LinkContext, toVault: ToVaultCurrency): Review {
	const resolved: { stream: string; hoursPerWeek: number | null; income: number | null; energy: number | null }[] = [];
	const seen = new Set<string>();
	for (const actual of record.actuals) {
		const stream = resolveStreamLink(context, actual.stream, record.path, "actuals", null);
		if (stream === null) continue;
		// Counting a stream twice would inflate the quarter's totals and every other stream's share.
		if (seen.has(stream)) {
			context.diagnostics.push(propertyIssue("duplicate-actual", record.path, "actuals", `${actual.stream.written} names ${stream} again; only its first row counts. Merge the two rows.`));
			continue;
		}
		seen.add(stream);
		// Income as written is in the stream's own currency; totals and shares need the vault's.
		resolved.push({ stream, hoursPerWeek: actual.hoursPerWeek, income: toVault(stream, actual.income), energy: actual.energy });
	}
	const hoursPerWeek = sum(resolved.map((a) => a.hoursPerWeek));
	const income = sum(resolved.map((a) => a.income));
	// Spelled out rather than spread: this runs for every actual of every review on each rebuild.
	const actuals: Actual[] = resolved.map((a) => ({
		stream: a.stream,
		hoursPerWeek: a.hoursPerWeek,
		income: a.income,
		timeShare: share(a.hoursPerWeek, hoursPerWeek),
		incomeShare: share(a.income, income),
		energy: a.energy,
	}));
	actuals.sort((a, b) => compareText(a.stream, b.stream));
	return { path: record.path, quarter: record.quarter ?? "", actuals, totals: { hoursPerWeek, income }, draft: record.draft };
}

/** Sum of the known values (missing ones count as 0). */
export function sum(values: readonly (number | null)[]): number {
	let total = 0;
	for (const value of values) if (value !== null && Number.isFinite(value)) total += value;
	return total;
}

/** Percent of `total` (multiplying first keeps round figures exact); null when either is missing or the total is 0. */
export function share(value: number | null, total: number): number | null {
	if (value === null || total <= 0 || !Number.isFinite(total)) return null;
	const percent = (value * 100) / total;
	// Near the float limit value * 100 overflows; dividing first stays finite.
	return Number.isFinite(percent) ? percent : (value / total) * 100;
}
