// Pure: what the portfolio loses if one active stream stopped tomorrow.
import type { Portfolio } from "../../core/types";

/** The cost of losing one active stream. */
export interface StreamLoss {
	path: string;
	name: string;
	/** Percent of active income it brings; null when unknown or there is no income at all. */
	incomeShareLost: number | null;
	annualIncomeLost: number | null;
	/** Active streams funded by it and by no other active stream, sorted by name. */
	unfunded: { path: string; name: string }[];
}

/**
 * For each active stream: the income share lost and the streams left without a funder if it stopped.
 * Only active funders count: a paused or retired stream funds nothing now.
 * Sorted by income share lost (largest first), then by name.
 */
export function resilience(portfolio: Portfolio): StreamLoss[] {
	const active = portfolio.streams.filter((s) => s.status === "active");
	const activePaths = new Set(active.map((s) => s.path));
	const funders = new Map<string, Set<string>>();
	for (const edge of portfolio.edges) {
		if (edge.type !== "funds" || edge.from === edge.to) continue;
		if (!activePaths.has(edge.from) || !activePaths.has(edge.to)) continue;
		const set = funders.get(edge.to) ?? new Set<string>();
		set.add(edge.from);
		funders.set(edge.to, set);
	}
	// One pass over the funded streams instead of one per stream: a vault can hold hundreds of them.
	const soleFunded = new Map<string, { path: string; name: string }[]>();
	for (const stream of active) {
		const set = funders.get(stream.path);
		if (set?.size !== 1) continue;
		const [funder] = set;
		if (funder === undefined) continue;
		const list = soleFunded.get(funder) ?? [];
		list.push({ path: stream.path, name: stream.name });
		soleFunded.set(funder, list);
	}
	const losses = active.map((stream): StreamLoss => {
		const unfunded = (soleFunded.get(stream.path) ?? []).sort((a, b) => a.name.localeCompare(b.name));
		return { path: stream.path, name: stream.name, incomeShareLost: stream.incomeShare, annualIncomeLost: stream.annualRevenue, unfunded };
	});
	return losses.sort((a, b) => (b.incomeShareLost ?? -1) - (a.incomeShareLost ?? -1) || a.name.localeCompare(b.name));
}
