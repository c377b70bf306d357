// The report as JSON: the shape the README documents, which people script against. Keys are
// listed one by one, a stream's own values from the property table (never spread from the model),
// so a change in the core cannot leak into it.
import { measuresJson, type MeasuresJson } from "./measures-json";
import { STREAM_VALUES, streamValues, type StreamValues } from "./property-table";
import type { Edge, Issue, Learning, Portfolio, Review, Stream } from "./types";

/** One stream in the JSON report: its name and path, its own values (one key per STREAM_VALUES entry), and the derived figures. */
export type StreamJson = { name: string; path: string } & StreamValues & {
	timeShare: number | null;
	incomeShare: number | null;
	timeDrift: number | null;
	incomeDrift: number | null;
};

/** A diagnostic or finding in the JSON report. */
export interface IssueJson {
	code: string;
	severity: string;
	path: string | null;
	property: string | null;
	message: string;
}

/** The whole JSON report. */
export interface ReportJson {
	currentQuarter: string;
	lastFinishedQuarter: string;
	streams: StreamJson[];
	totals: { hoursPerWeek: number; annualRevenue: number; activeStreams: number };
	edges: { from: string; to: string; type: string; count: number | null }[];
	learnings: { from: string; to: string; quarter: string | null; date: string | null; text: string; source: string }[];
	reviews: {
		path: string;
		quarter: string;
		/** True while the review says `draft: true`: its actuals do not count yet. */
		draft: boolean;
		actuals: { stream: string; hoursPerWeek: number | null; income: number | null; timeShare: number | null; incomeShare: number | null; energy: number | null }[];
	}[];
	diagnostics: IssueJson[];
	findings: IssueJson[];
	measures: MeasuresJson;
}

/** The portfolio as the documented JSON object. */
export function reportJson(portfolio: Portfolio): ReportJson {
	return {
		currentQuarter: portfolio.currentQuarter,
		lastFinishedQuarter: portfolio.lastFinishedQuarter,
		streams: portfolio.streams.map(streamJson),
		totals: {
			hoursPerWeek: portfolio.totals.hoursPerWeek,
			annualRevenue: portfolio.totals.annualRevenue,
			activeStreams: portfolio.totals.activeStreams,
		},
		edges: portfolio.edges.map(edgeJson),
		learnings: portfolio.learnings.map(learningJson),
		reviews: portfolio.reviews.map(reviewJson),
		diagnostics: portfolio.diagnostics.map(issueJson),
		findings: portfolio.findings.map(issueJson),
		measures: measuresJson(portfolio.measures),
	};
}

function streamJson(s: Stream): StreamJson {
	const values = streamValues(s);
	// Numbers of the table go through finite() like every figure: JSON has no NaN.
	for (const [key, spec] of Object.entries(STREAM_VALUES)) {
		const value: unknown = values[key as keyof StreamValues];
		if (spec.type === "number" && typeof value === "number" && !Number.isFinite(value)) Object.assign(values, { [key]: null });
	}
	return {
		name: s.name,
		path: s.path,
		...values,
		timeShare: finite(s.timeShare),
		incomeShare: finite(s.incomeShare),
		timeDrift: finite(s.timeDrift),
		incomeDrift: finite(s.incomeDrift),
	};
}

function edgeJson(e: Edge): ReportJson["edges"][number] {
	return { from: e.from, to: e.to, type: e.type, count: e.count ?? null };
}

function learningJson(l: Learning): ReportJson["learnings"][number] {
	return { from: l.from, to: l.to, quarter: l.quarter, date: l.date, text: l.text, source: l.source };
}

function reviewJson(r: Review): ReportJson["reviews"][number] {
	return {
		path: r.path,
		quarter: r.quarter,
		draft: r.draft === true,
		actuals: r.actuals.map((a) => ({
			stream: a.stream,
			hoursPerWeek: finite(a.hoursPerWeek),
			income: finite(a.income),
			timeShare: finite(a.timeShare),
			incomeShare: finite(a.incomeShare),
			energy: a.energy,
		})),
	};
}

/** One diagnostic or finding as JSON. */
export function issueJson(i: Issue): IssueJson {
	return { code: i.code, severity: i.severity, path: i.path, property: i.property ?? null, message: i.message };
}

// JSON has no NaN or Infinity (JSON.stringify would write null silently); make that explicit.
function finite(n: number | null): number | null {
	return n !== null && Number.isFinite(n) ? n : null;
}
