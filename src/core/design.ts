// A design of the portfolio: its streams with the designed edges each gives, as now (the stream
// notes) or as a scenario would make it (its changes applied, its candidates added).
import type { PlanFields, PlanLinks, Scenario } from "./plan-types";
import { DESIGNED_EDGE_TYPES, type DesignedEdgeType, type Portfolio } from "./types";

/** One stream of a design. */
export interface DesignStream extends PlanFields {
	/** Unique in the design: the stream note's path, or `<scenario path>#<name>` for a candidate. */
	id: string;
	name: string;
	/** The note to open: the stream note, or the scenario that proposes the candidate. */
	path: string;
	candidate: boolean;
	/** Designed edges from this stream, by type, as ids of other streams. */
	links: Record<DesignedEdgeType, string[]>;
}

/** The portfolio as its stream notes describe it now. */
export function currentDesign(portfolio: Portfolio): DesignStream[] {
	const links = new Map<string, Record<DesignedEdgeType, string[]>>();
	for (const stream of portfolio.streams) links.set(stream.path, emptyLinks());
	for (const edge of portfolio.edges) {
		if (edge.type === "learned") continue;
		links.get(edge.from)?.[edge.type].push(edge.to);
	}
	return portfolio.streams.map((stream) => ({
		...planFields(stream),
		id: stream.path,
		name: stream.name,
		path: stream.path,
		candidate: false,
		links: links.get(stream.path) ?? emptyLinks(),
	}));
}

/** The design a scenario describes: each change overrides its stream, each candidate joins (active unless it says otherwise). */
export function scenarioDesign(base: readonly DesignStream[], scenario: Scenario): DesignStream[] {
	const changes = new Map(scenario.changes.map((change) => [change.stream, change]));
	const changed = base.map((stream) => {
		const change = changes.get(stream.id);
		return change ? { ...stream, ...change.set, links: mergeLinks(stream.links, change.links) } : stream;
	});
	const added = scenario.candidates.map((candidate): DesignStream => ({
		...planFields(candidate),
		id: candidateId(candidate.source, candidate.name),
		name: candidate.name,
		path: candidate.source,
		candidate: true,
		links: mergeLinks(emptyLinks(), candidate.links),
	}));
	return [...changed, ...added];
}

/** The id a candidate has in a design. */
export function candidateId(scenarioPath: string, name: string): string {
	return `${scenarioPath}#${name}`;
}

/** Teaching edges between two different streams of `ids`, each counted once. */
export function teachingEdges(streams: readonly DesignStream[], ids: ReadonlySet<string>): number {
	let count = 0;
	for (const stream of streams) {
		if (!ids.has(stream.id)) continue;
		count += new Set(stream.links.teaches.filter((to) => to !== stream.id && ids.has(to))).size;
	}
	return count;
}

function planFields(source: PlanFields): PlanFields {
	const { role, category, status, hoursPerWeek, annualRevenue, volatility, targetTime, targetIncome, automationRisk, start, end } = source;
	return { role, category, status, hoursPerWeek, annualRevenue, volatility, targetTime, targetIncome, automationRisk, start, end };
}

function emptyLinks(): Record<DesignedEdgeType, string[]> {
	return { funds: [], teaches: [], protects: [] };
}

function mergeLinks(base: Record<DesignedEdgeType, string[]>, over: PlanLinks): Record<DesignedEdgeType, string[]> {
	const out = { ...base };
	for (const type of DESIGNED_EDGE_TYPES) {
		const list = over[type];
		if (list !== undefined) out[type] = [...list];
	}
	return out;
}
