// Ranking the combinations of candidate streams. Order (best first): the income kept if the
// combination's largest stream stops, then the effective number of streams, then the teaching edges
// among them, then income; a tie on all four goes to the combination with fewer hours a week, then
// to the one whose stream names, sorted, come first alphabetically (so the order never depends on input order).
import { effectiveNumber, herfindahlIndex, incomeKeptIfLargestStops } from "./concentration";
import type { DesignStream } from "./design";
import type { ExploreConstraints } from "./explore";
import { formatAmount, formatHours } from "./format";

/** One combination that meets the constraints, with its rank (1 = best) and why it ranks there. */
export interface RankedCombination {
	rank: number;
	/** Its streams, sorted by name. */
	streams: { name: string; path: string; candidate: boolean }[];
	/** Hours a week and income a year (vault currency); a missing value counts as 0. */
	hoursPerWeek: number;
	annualRevenue: number;
	/** Income a year kept if its largest stream stops, in percent of its income, and that stream. */
	incomeKept: { amount: number; percent: number | null; largest: string | null };
	/** 10,000 / HHI of its streams' income; null without income. */
	effectiveNumber: number | null;
	/** Designed `teaches` edges between two of its streams. */
	teachingEdges: number;
	/** Why it ranks here: what puts it below the one above (for the first, what puts it first). */
	reason: string;
}

type Excluding = "max-hours" | "min-income" | "anchor";

/** The result of ranking: counts, the best combinations and how many each constraint excluded. */
export interface Ranking {
	considered: number;
	fitting: number;
	best: RankedCombination[];
	excludedBy: Record<Excluding, number>;
}

const EPSILON = 1e-9;

/** Walks every combination of an allowed size once, keeping the best `count`. */
export function rankCombinations(pool: readonly DesignStream[], c: ExploreConstraints, currency: string, count = 5): Ranking {
	const n = pool.length;
	const hours = pool.map((s) => s.hoursPerWeek ?? 0);
	const income = pool.map((s) => s.annualRevenue ?? 0);
	const anchor = pool.map((s) => s.role === "anchor");
	const index = new Map(pool.map((s, i) => [s.id, i]));
	// teaches[i][j]: stream i teaches stream j (designed edge, each pair once).
	const teaches = pool.map(() => new Array<boolean>(n).fill(false));
	pool.forEach((s, i) => {
		for (const to of s.links.teaches) {
			const j = index.get(to);
			if (j !== undefined && j !== i) (teaches[i] as boolean[])[j] = true;
		}
	});
	const excludedBy: Record<Excluding, number> = { "max-hours": 0, "min-income": 0, anchor: 0 };
	const best: Omit<RankedCombination, "rank" | "reason">[] = [];
	let considered = 0;
	let fitting = 0;
	const chosen: number[] = [];
	const visit = (): void => {
		considered++;
		const h = sumOf(chosen, hours);
		const m = sumOf(chosen, income);
		const fails = { "max-hours": h > c.maxHours + EPSILON, "min-income": m < c.minIncome - EPSILON, anchor: c.requireAnchor && !chosen.some((i) => anchor[i]) };
		for (const key of Object.keys(fails) as Excluding[]) if (fails[key]) excludedBy[key]++;
		if (fails["max-hours"] || fails["min-income"] || fails.anchor) return;
		fitting++;
		const amounts = chosen.map((i) => income[i] ?? 0);
		const kept = incomeKeptIfLargestStops(amounts);
		let edges = 0;
		for (const i of chosen) for (const j of chosen) if (teaches[i]?.[j]) edges++;
		const combination = {
			streams: chosen.map((i) => pool[i] as DesignStream).map((s) => ({ name: s.name, path: s.path, candidate: s.candidate })),
			hoursPerWeek: h,
			annualRevenue: m,
			incomeKept: { amount: kept.amount, percent: kept.percent, largest: kept.largestIndex === null || m === 0 ? null : (pool[chosen[kept.largestIndex] ?? -1]?.name ?? null) },
			effectiveNumber: effectiveNumber(herfindahlIndex(amounts)),
			teachingEdges: edges,
		};
		insert(best, combination, count);
	};
	const walk = (from: number, size: number): void => {
		if (chosen.length === size) return visit();
		for (let i = from; i <= n - (size - chosen.length); i++) {
			chosen.push(i);
			walk(i + 1, size);
			chosen.pop();
		}
	};
	for (let size = Math.max(1, c.minStreams); size <= Math.min(c.maxStreams, n); size++) walk(0, size);
	const ranked = best.map((combination, i) => ({ ...combination, rank: i + 1, reason: reason(combination, best[i - 1] ?? null, i + 1, currency) }));
	return { considered, fitting, best: ranked, excludedBy };
}

/** The order of the ranking: negative when `a` ranks above `b`. */
export function compareCombinations(a: Omit<RankedCombination, "rank" | "reason">, b: Omit<RankedCombination, "rank" | "reason">): number {
	return (
		byLarger(a.incomeKept.amount, b.incomeKept.amount) ||
		byLarger(a.effectiveNumber ?? 0, b.effectiveNumber ?? 0) ||
		byLarger(a.teachingEdges, b.teachingEdges) ||
		byLarger(a.annualRevenue, b.annualRevenue) ||
		byLarger(b.hoursPerWeek, a.hoursPerWeek) ||
		byNames(a.streams.map((s) => s.name), b.streams.map((s) => s.name))
	);
}

/** A constraint as a person set it: the flag and its value. */
export function describeConstraint(name: Excluding, c: ExploreConstraints, currency: string): string {
	if (name === "max-hours") return `At most ${formatHours(c.maxHours)} a week (--max-hours)`;
	if (name === "min-income") return `At least ${formatAmount(c.minIncome, currency)} a year of income (--min-income)`;
	return "An anchor stream in every combination (--no-anchor lifts it)";
}

function insert(best: Omit<RankedCombination, "rank" | "reason">[], combination: Omit<RankedCombination, "rank" | "reason">, count: number): void {
	const last = best[best.length - 1];
	if (best.length >= count && last !== undefined && compareCombinations(combination, last) >= 0) return;
	let at = best.length;
	while (at > 0 && compareCombinations(combination, best[at - 1] as Omit<RankedCombination, "rank" | "reason">) < 0) at--;
	best.splice(at, 0, combination);
	if (best.length > count) best.pop();
}

function reason(x: Omit<RankedCombination, "rank" | "reason">, above: Omit<RankedCombination, "rank" | "reason"> | null, rank: number, currency: string): string {
	const kept = `keeps ${formatAmount(x.incomeKept.amount, currency)} a year${x.incomeKept.largest === null ? "" : ` if ${x.incomeKept.largest} stops`}`;
	if (above === null) return `First: it ${kept}, the most of any combination that fits.`;
	const prev = `#${rank - 1}`;
	if (differ(x.incomeKept.amount, above.incomeKept.amount)) return `It ${kept}, less than ${prev} (${formatAmount(above.incomeKept.amount, currency)}).`;
	const same = `Keeps as much as ${prev} if its largest stream stops`;
	if (differ(x.effectiveNumber ?? 0, above.effectiveNumber ?? 0)) return `${same}, but its income is spread over fewer effective streams (${fixed(x.effectiveNumber)} against ${fixed(above.effectiveNumber)}).`;
	if (x.teachingEdges !== above.teachingEdges) return `${same}, as evenly, but has fewer teaching edges (${x.teachingEdges} against ${above.teachingEdges}).`;
	if (differ(x.annualRevenue, above.annualRevenue)) return `${same}, as evenly and as connected, but brings less (${formatAmount(x.annualRevenue, currency)} against ${formatAmount(above.annualRevenue, currency)}).`;
	if (differ(x.hoursPerWeek, above.hoursPerWeek)) return `Ties with ${prev} on the four measures; it takes more time (${formatHours(x.hoursPerWeek)} against ${formatHours(above.hoursPerWeek)} a week).`;
	return `Ties with ${prev} on every measure and on hours; it comes after it in alphabetical order of stream names.`;
}

function byLarger(a: number, b: number): number {
	return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b)) ? 0 : b - a;
}

function differ(a: number, b: number): boolean {
	return byLarger(a, b) !== 0;
}

function byNames(a: readonly string[], b: readonly string[]): number {
	for (let i = 0; i < Math.min(a.length, b.length); i++) {
		const x = (a[i] ?? "").toLowerCase();
		const y = (b[i] ?? "").toLowerCase();
		if (x !== y) return x < y ? -1 : 1;
	}
	return a.length - b.length;
}

function sumOf(indices: readonly number[], values: readonly number[]): number {
	let total = 0;
	for (const i of indices) total += values[i] ?? 0;
	return total;
}

function fixed(n: number | null): string {
	return n === null ? "—" : n.toFixed(2);
}
