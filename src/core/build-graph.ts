// The stream graph: designed edges (funds, teaches, protects) and learned edges aggregated from learnings.
import { compareText, propertyIssue } from "./issues";
import { resolveStreamLink, type LinkContext } from "./link-context";
import type { RawLearning, ReviewRecord, StreamRecord } from "./records";
import { DESIGNED_EDGE_TYPES, type Edge, type Issue, type Learning } from "./types";

/** Edges and learnings of the portfolio, sorted; link problems go to context.diagnostics. */
export interface Graph {
	edges: Edge[];
	learnings: Learning[];
}

/** Builds the graph from the stream notes and the kept reviews. */
export function buildGraph(streams: readonly StreamRecord[], reviews: readonly ReviewRecord[], context: LinkContext): Graph {
	const designed = new Map<string, Edge>();
	const learnings: Learning[] = [];
	for (const stream of streams) {
		for (const type of DESIGNED_EDGE_TYPES) {
			for (const link of stream[type]) {
				const to = resolveStreamLink(context, link, stream.path, type, stream.path);
				if (to !== null) designed.set(`${stream.path}\n${to}\n${type}`, { from: stream.path, to, type });
			}
		}
		for (const raw of stream.learnings) addLearning(raw, stream.path, stream.path, context, learnings);
	}
	for (const review of reviews) {
		for (const raw of review.learnings) addLearning(raw, review.path, null, context, learnings);
	}
	learnings.sort(compareLearnings);
	const designedEdges = [...designed.values()].sort(compareEdges);
	return { edges: [...designedEdges, ...learnedEdges(learnings)], learnings };
}

function addLearning(raw: RawLearning, source: string, streamPath: string | null, context: LinkContext, out: Learning[]): void {
	const from = raw.from === null ? streamPath : resolveStreamLink(context, raw.from, source, "learnings", null);
	const to = resolveStreamLink(context, raw.to, source, "learnings", null);
	if (from === null || to === null) return;
	if (from === to) {
		context.diagnostics.push(selfLearning(raw, source));
		return;
	}
	out.push({ from, to, quarter: raw.quarter, date: raw.date, text: raw.text, source });
}

function selfLearning(raw: RawLearning, source: string): Issue {
	const written = raw.from === null ? raw.to.written : `${raw.from.written} -> ${raw.to.written}`;
	return propertyIssue("self-link", source, "learnings", `${written} gives a learning from a stream to itself; name another stream.`);
}

function learnedEdges(learnings: readonly Learning[]): Edge[] {
	const byPair = new Map<string, Edge & { byQuarter: Record<string, number>; count: number }>();
	for (const learning of learnings) {
		const key = `${learning.from}\n${learning.to}`;
		let edge = byPair.get(key);
		if (!edge) {
			edge = { from: learning.from, to: learning.to, type: "learned", count: 0, byQuarter: {} };
			byPair.set(key, edge);
		}
		edge.count += 1;
		const quarter = learning.quarter ?? "undated";
		edge.byQuarter[quarter] = (edge.byQuarter[quarter] ?? 0) + 1;
	}
	return [...byPair.values()].map((edge) => ({ ...edge, byQuarter: sortedKeys(edge.byQuarter) })).sort(compareEdges);
}

// Same keys in the same order whatever order the learnings came in, so results deep-equal.
function sortedKeys(record: Record<string, number>): Record<string, number> {
	const out: Record<string, number> = {};
	for (const key of Object.keys(record).sort(compareText)) out[key] = record[key] ?? 0;
	return out;
}

const TYPE_ORDER: Record<string, number> = { funds: 0, teaches: 1, protects: 2, learned: 3 };

function compareEdges(a: Edge, b: Edge): number {
	return compareText(a.from, b.from) || compareText(a.to, b.to) || (TYPE_ORDER[a.type] ?? 0) - (TYPE_ORDER[b.type] ?? 0);
}

/** Newest first (quarter, then date; undated last), then by source, streams and text. */
function compareLearnings(a: Learning, b: Learning): number {
	return (
		compareNewest(a.quarter, b.quarter) ||
		compareNewest(a.date, b.date) ||
		compareText(a.source, b.source) ||
		compareText(a.from, b.from) ||
		compareText(a.to, b.to) ||
		compareText(a.text, b.text)
	);
}

// `YYYY-Qn` and `YYYY-MM-DD` both sort correctly as text; null (undated) goes last.
function compareNewest(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return compareText(b, a);
}
