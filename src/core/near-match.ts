// The stream a mistyped link most likely meant ("Housing organizing" for "Housing organising"), so a
// diagnostic can suggest it. Edit distance from fastest-levenshtein (see the README's libraries).
import { distance } from "fastest-levenshtein";

/**
 * The candidate nearest to `written` by Levenshtein distance, compared in lower case and NFC, when
 * it is at most a quarter of the written name's length away (at least 1 edit, at most 3), so that
 * only a slip of the keys is suggested, never an unrelated name. Ties go to the first candidate in
 * sorted order; null when nothing is that close.
 */
export function nearMatch(written: string, candidates: readonly string[]): string | null {
	const key = (s: string): string => s.normalize("NFC").toLowerCase();
	const target = key(written);
	const limit = Math.min(3, Math.max(1, Math.floor(target.length / 4)));
	let best: string | null = null;
	let bestDistance = Infinity;
	for (const candidate of [...candidates].sort()) {
		const d = distance(target, key(candidate));
		if (d > 0 && d <= limit && d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}
	return best;
}
