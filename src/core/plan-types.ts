// The shapes of planning: scenario notes (other designs of the same portfolio) and their candidate streams.
import type { DesignedEdgeType, Stream } from "./types";

/** The stream properties a design sets: a scenario's change overrides some, a candidate has all. */
export type PlanFields = Pick<
	Stream,
	"role" | "category" | "status" | "hoursPerWeek" | "annualRevenue" | "volatility" | "targetTime" | "targetIncome" | "automationRisk" | "start" | "end"
>;

/** Designed edges a design gives one stream, by type, as vault paths of stream notes; a type left out is unchanged. */
export type PlanLinks = Partial<Record<DesignedEdgeType, string[]>>;

/** One `changes` item of a scenario: the stream note it overrides and the properties it sets. */
export interface ScenarioChange {
	/** Vault path of the stream note. */
	stream: string;
	set: Partial<PlanFields>;
	links: PlanLinks;
}

/** A stream a scenario proposes that has no note yet (`candidates`); `status` defaults to active. */
export interface Candidate extends PlanFields {
	name: string;
	/** Vault path of the scenario note that proposes it. */
	source: string;
	links: PlanLinks;
}

/** A scenario note, resolved against the stream notes. */
export interface Scenario {
	path: string;
	/** The note's basename. */
	name: string;
	changes: ScenarioChange[];
	candidates: Candidate[];
}
