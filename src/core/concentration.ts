// Concentration of income across streams: the ONE place for HHI, the effective number of streams and
// the income kept if the largest stream stops. Shared by the plan (roadmap, compare, explore: issue 12)
// and the measures from the reviews (diversification: issue 15); add a formula here, never a copy.

/**
 * Herfindahl-Hirschman index of amounts (incomes): the sum of each part's squared share in percent,
 * from 10,000/n (n equal parts) up to 10,000 (one part holds everything).
 * Source: Hirschman (1964), "The paternity of an index"; the U.S. DoJ/FTC Merger Guidelines use the
 * same 0-10,000 scale. Missing (null), non-finite and negative amounts are left out.
 * Returns null when the known amounts sum to 0 (no income, no concentration to measure).
 */
export function herfindahlIndex(amounts: readonly (number | null)[]): number | null {
	const known = knownAmounts(amounts);
	const total = known.reduce((acc, n) => acc + n, 0);
	if (total <= 0) return null;
	return known.reduce((acc, n) => acc + ((n * 100) / total) ** 2, 0);
}

/**
 * Effective number of streams: 10,000 / HHI, the number of equal streams that would give the same
 * concentration (Laakso and Taagepera, 1979, "effective number of parties"; Adelman, 1969, for HHI's
 * "numbers equivalent"). Null when the HHI is null or 0.
 */
export function effectiveNumber(hhi: number | null): number | null {
	return hhi === null || hhi <= 0 ? null : 10000 / hhi;
}

/** What is left if the largest income stops: amount (vault currency a year) and percent of the total. */
export interface IncomeKept {
	/** Index in the input of the largest amount (the first of equals); null when no amount is known. */
	largestIndex: number | null;
	/** The sum of the other known amounts. */
	amount: number;
	/** amount as a percent of the known total; null when that total is 0. */
	percent: number | null;
}

/** Income kept if the largest stream stops: the total minus its largest part (ties: the first one goes). */
export function incomeKeptIfLargestStops(amounts: readonly (number | null)[]): IncomeKept {
	let largestIndex: number | null = null;
	let total = 0;
	amounts.forEach((n, i) => {
		if (!isKnown(n)) return;
		total += n;
		if (largestIndex === null || n > (amounts[largestIndex] ?? 0)) largestIndex = i;
	});
	const largest = largestIndex === null ? 0 : (amounts[largestIndex] ?? 0);
	const amount = total - largest;
	return { largestIndex, amount, percent: total > 0 ? (amount * 100) / total : null };
}

function knownAmounts(amounts: readonly (number | null)[]): number[] {
	return amounts.filter(isKnown);
}

function isKnown(n: number | null): n is number {
	return n !== null && Number.isFinite(n) && n >= 0;
}
