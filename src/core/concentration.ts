// Concentration of income across streams: the ONE place for the HHI and the effective number of
// streams. Shared with issue 12's plan (compare, explore); should their copy land first, keep theirs
// (same names, same formulas) and delete this note.

/**
 * Herfindahl-Hirschman index of amounts (incomes): the sum of each part's squared share in percent,
 * from 10,000/n (n equal parts) up to 10,000 (one part holds everything).
 * Source: Hirschman (1964), "The paternity of an index"; the U.S. DoJ/FTC Horizontal Merger
 * Guidelines use the same 0-10,000 scale. Missing (null), non-finite and negative amounts are left out.
 * Returns null when the known amounts sum to 0 (no income, no concentration to measure).
 */
export function herfindahlIndex(amounts: readonly (number | null)[]): number | null {
	const known = amounts.filter((n): n is number => n !== null && Number.isFinite(n) && n >= 0);
	const total = known.reduce((acc, n) => acc + n, 0);
	if (total <= 0) return null;
	return known.reduce((acc, n) => acc + ((n * 100) / total) ** 2, 0);
}

/**
 * Effective number of streams: 10,000 / HHI, the number of equal streams that would give the same
 * concentration (the inverse Simpson index; Laakso and Taagepera, 1979, "effective number of
 * parties"). Null when the HHI is null or 0.
 */
export function effectiveNumber(hhi: number | null): number | null {
	return hhi === null || hhi <= 0 ? null : 10000 / hhi;
}
