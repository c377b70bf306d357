// Assembling the portfolio from per-note records: links resolved, shares and drift computed,
// reviews keyed by quarter, diagnostics and findings. Sorted throughout so note order never matters.
import { buildGraph } from "./build-graph";
import { reviewSteps, share, sum } from "./build-reviews";
import { convertCurrencies } from "./currency";
import { findFindings } from "./findings";
import { compareIssues, compareText, noteIssue } from "./issues";
import type { LinkContext } from "./link-context";
import { previousQuarter, quarterOfDate, quarterOfDateText } from "./quarter";
import { measureFindings } from "./measure-findings";
import { measureSteps } from "./measures";
import { streamValues } from "./property-table";
import { readNote } from "./read-note";
import { plannedOverdue } from "./plan-findings";
import type { ScenarioRecord } from "./read-scenario";
import type { NoteRecord, ReviewRecord, StreamFields, StreamRecord } from "./records";
import { buildScenarios } from "./build-scenarios";
import { drain, type Steps } from "./steps";
import { buildWeek } from "./week";
import { weekFindings } from "./week-findings";
import type { BuildOptions, Issue, NoteInput, Portfolio, Stream } from "./types";

/** Builds the whole model from the notes; never throws. */
export function buildPortfolio(notes: readonly NoteInput[], options: BuildOptions): Portfolio {
	return assemblePortfolio(
		notes.map((note) => readNote(note, options.settings)),
		options,
	);
}

/** Builds the model from records read earlier (readNote), so an edit re-reads one note only. */
export function assemblePortfolio(records: readonly NoteRecord[], options: BuildOptions): Portfolio {
	return drain(assembleSteps(records, options));
}

/**
 * assemblePortfolio as steps, pausing between its parts (reviews, graph, findings, measures) so the
 * plugin can keep each slice of an assembly over hundreds of streams inside a frame.
 */
export function* assembleSteps(records: readonly NoteRecord[], options: BuildOptions): Steps<Portfolio> {
	const diagnostics: Issue[] = [];
	const streamRecords: StreamRecord[] = [];
	const reviewRecords: ReviewRecord[] = [];
	const scenarioRecords: ScenarioRecord[] = [];
	for (const record of records) {
		if (record.diagnostics.length > 0) diagnostics.push(...record.diagnostics);
		if (record.kind === "stream") streamRecords.push(record);
		else if (record.kind === "review") reviewRecords.push(record);
		else if (record.kind === "scenario") scenarioRecords.push(record);
	}
	scenarioRecords.sort((a, b) => compareText(a.path, b.path));
	streamRecords.sort((a, b) => compareText(a.path, b.path));
	reviewRecords.sort((a, b) => compareText(a.path, b.path));
	// One record per path (the first, in path order), should a caller hand the same note twice.
	const byPath = new Map<string, StreamRecord>();
	for (const record of streamRecords) if (!byPath.has(record.path)) byPath.set(record.path, record);
	const converted = convertCurrencies([...byPath.values()], options.settings, diagnostics);
	const unique = converted.records;
	const context: LinkContext = { resolver: options.resolver, streams: byPath, diagnostics };
	diagnostics.push(...duplicateNames(unique));
	yield records.length;

	const { reviews, kept } = yield* reviewSteps(reviewRecords, context, converted.toVault);
	const graph = buildGraph(unique, kept, context);
	yield unique.length + kept.length;
	const { streams, totals } = computeShares(unique);
	const currentQuarter = currentQuarterOf(options);
	const lastFinishedQuarter = previousQuarter(currentQuarter);
	const findings = findFindings({ streams, totals, edges: graph.edges, reviews, lastFinishedQuarter, thresholds: options.settings.thresholds, money: options.settings, fiscalYearStartMonth: options.settings.fiscalYearStartMonth });
	findings.push(...plannedOverdue(streams, currentQuarter));
	yield streams.length;
	const scenarios = buildScenarios(scenarioRecords, context);
	findings.push(...weekFindings(buildWeek(streams), options.settings.thresholds));
	yield scenarioRecords.length + streams.length;
	const measures = yield* measureSteps({ streams, totals, reviews }, options.settings);
	findings.push(...measureFindings(streams, measures, options.settings));
	return {
		streams,
		totals,
		edges: graph.edges,
		learnings: graph.learnings,
		reviews,
		currentQuarter,
		lastFinishedQuarter,
		diagnostics: diagnostics.sort(compareIssues),
		findings: findings.sort(compareIssues),
		measures,
		scenarios,
	};
}

/** Streams sorted by name, with shares of the active totals and drift from their targets (a scenario's design too). */
export function computeShares(records: readonly StreamFields[]): { streams: Stream[]; totals: Portfolio["totals"] } {
	const active = records.filter((record) => record.status === "active");
	const hoursPerWeek = sum(active.map((record) => record.hoursPerWeek));
	const annualRevenue = sum(active.map((record) => record.annualRevenue));
	const streams = records.map((record): Stream => {
		const isActive = record.status === "active";
		const timeShare = isActive ? share(record.hoursPerWeek, hoursPerWeek) : null;
		const incomeShare = isActive ? share(record.annualRevenue, annualRevenue) : null;
		return {
			name: record.name,
			path: record.path,
			...streamValues(record),
			timeShare,
			incomeShare,
			timeDrift: difference(timeShare, record.targetTime),
			incomeDrift: difference(incomeShare, record.targetIncome),
		};
	});
	streams.sort((a, b) => compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareText(a.path, b.path));
	return { streams, totals: { hoursPerWeek, annualRevenue, activeStreams: active.length } };
}

function difference(value: number | null, target: number | null): number | null {
	return value === null || target === null ? null : value - target;
}

function duplicateNames(streams: readonly StreamRecord[]): Issue[] {
	const byName = new Map<string, StreamRecord[]>();
	for (const stream of streams) {
		const key = stream.name.toLowerCase();
		const list = byName.get(key);
		if (list) list.push(stream);
		else byName.set(key, [stream]);
	}
	const out: Issue[] = [];
	for (const list of byName.values()) {
		if (list.length < 2) continue;
		for (const stream of list) {
			const others = list.filter((other) => other !== stream).map((other) => other.path).join(", ");
			out.push(noteIssue("duplicate-stream-name", "warning", stream.path, `${stream.path}: another stream has the name "${stream.name}" (${others}), so [[${stream.name}]] reaches only one of them; rename one.`));
		}
	}
	return out;
}

// An unreadable `today` falls back to the clock rather than failing the whole build.
function currentQuarterOf(options: BuildOptions): string {
	const month = options.settings.fiscalYearStartMonth;
	return quarterOfDateText(typeof options.today === "string" ? options.today : "", month) ?? quarterOfDate(new Date(), month);
}
