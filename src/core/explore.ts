// Explore: every combination of candidate streams that meets the constraints, ranked for resilience.
// Candidates are every stream note whatever its status, plus the scenarios' candidates (a name
// proposed twice counts once: the stream note, else the first scenario by path).
import { currentDesign, scenarioDesign, type DesignStream } from "./design";
import { describeConstraint, rankCombinations, type RankedCombination } from "./explore-rank";
import type { Portfolio, PortfolioSettings } from "./types";

/** What a combination must meet. */
export interface ExploreConstraints {
	/** Hours a week at most (default: the overload threshold). */
	maxHours: number;
	/** Income a year at least, vault currency (default: the exploreMinIncome setting). */
	minIncome: number;
	/** How many streams, inclusive (default: the stream-count thresholds, 3 to 5). */
	minStreams: number;
	maxStreams: number;
	/** At least one stream with the anchor role (default: the exploreRequireAnchor setting). */
	requireAnchor: boolean;
}

/** Which constraint excluded the most combinations, when none fits. */
export interface NoneFits {
	constraint: "streams" | "max-hours" | "min-income" | "anchor";
	/** How many of the combinations considered it excluded (0 for "streams": there were too few candidates). */
	excluded: number;
	message: string;
}

/** The outcome of explore. */
export interface Exploration {
	constraints: ExploreConstraints;
	/** The candidate streams, by name. */
	candidates: { name: string; path: string; candidate: boolean }[];
	/** Combinations of an allowed size, and how many of them meet every constraint. */
	considered: number;
	fitting: number;
	/** The best 5 (fewer when fewer fit), best first. */
	best: RankedCombination[];
	/** Set when nothing fits. */
	none: NoneFits | null;
}

/** How many combinations explore ranks at best. */
export const BEST_COUNT = 5;

/** The constraints from the settings, with what the person gave on the command line over them. */
export function exploreConstraints(settings: PortfolioSettings, given: Partial<ExploreConstraints> = {}): ExploreConstraints {
	return {
		maxHours: given.maxHours ?? settings.thresholds.overloadHours,
		minIncome: given.minIncome ?? settings.exploreMinIncome,
		minStreams: given.minStreams ?? settings.thresholds.minStreams,
		maxStreams: given.maxStreams ?? settings.thresholds.maxStreams,
		requireAnchor: given.requireAnchor ?? settings.exploreRequireAnchor,
	};
}

/** Every stream note (whatever its status) and every scenario candidate, one per name, sorted by name. */
export function exploreCandidates(portfolio: Portfolio): DesignStream[] {
	let pool = currentDesign(portfolio);
	const names = new Set(pool.map((stream) => stream.name.toLowerCase()));
	for (const scenario of portfolio.scenarios) {
		const fresh = scenario.candidates.filter((candidate) => !names.has(candidate.name.toLowerCase()));
		for (const candidate of fresh) names.add(candidate.name.toLowerCase());
		// Only the candidates: a scenario's changes describe that scenario, not the pool.
		pool = scenarioDesign(pool, { ...scenario, changes: [], candidates: fresh });
	}
	return pool.sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.id.localeCompare(b.id));
}

/** Explores the portfolio's candidates under the constraints. */
export function explore(portfolio: Portfolio, constraints: ExploreConstraints, currency: string): Exploration {
	const pool = exploreCandidates(portfolio);
	const ranked = rankCombinations(pool, constraints, currency, BEST_COUNT);
	const candidates = pool.map((stream) => ({ name: stream.name, path: stream.path, candidate: stream.candidate }));
	const none = ranked.fitting > 0 ? null : noneFits(pool.length, constraints, ranked.excludedBy, currency);
	return { constraints, candidates, considered: ranked.considered, fitting: ranked.fitting, best: ranked.best, none };
}

function noneFits(candidates: number, c: ExploreConstraints, excludedBy: Record<"max-hours" | "min-income" | "anchor", number>, currency: string): NoneFits {
	if (candidates < c.minStreams) {
		return { constraint: "streams", excluded: 0, message: `No combination fits: there are ${candidates} candidate streams and a combination needs at least ${c.minStreams} (--streams).` };
	}
	const order = ["max-hours", "min-income", "anchor"] as const;
	const worst = order.reduce((a, b) => (excludedBy[b] > excludedBy[a] ? b : a));
	return {
		constraint: worst,
		excluded: excludedBy[worst],
		message: `No combination fits. ${describeConstraint(worst, c, currency)} excluded the most: ${excludedBy[worst]} combinations.`,
	};
}

