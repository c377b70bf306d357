// Currency marks written inside an amount ("€85,000", "85 000 EUR", "CHF 85'000"), and whether one
// names the currency the amount is counted in. An amount in another currency is never added as is.

/** Symbols and the ISO 4217 codes each may stand for. */
const SYMBOLS: Record<string, readonly string[]> = {
	$: ["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"],
	"€": ["EUR"],
	"£": ["GBP"],
	"¥": ["JPY", "CNY"],
	"₹": ["INR"],
};

const LEADING = /^(?:([$€£¥₹])|([A-Z]{3})(?=[\s\d]))\s*/u;
// A trailing mark after a digit or a space; the group keeps that character (no lookbehind: iOS
// before 16.4 lacks it).
const TRAILING = /([\s\d])\s*([$€£¥₹]|[A-Z]{3})$/u;

/** An amount's text without its currency mark, and the mark as written (null when none). */
export function splitCurrency(text: string): { rest: string; mark: string | null } {
	const lead = LEADING.exec(text);
	if (lead) return { rest: text.slice(lead[0].length), mark: lead[1] ?? lead[2] ?? null };
	const trail = TRAILING.exec(text);
	if (trail) return { rest: text.slice(0, trail.index + 1), mark: trail[2] ?? null };
	return { rest: text, mark: null };
}

/** Whether `mark` (a symbol or code) can name `currency` (the setting: a code like USD or a symbol like £). */
export function markNames(mark: string, currency: string): boolean {
	const wanted = currency.trim();
	if (wanted === "" || mark === wanted) return true;
	const wantedCodes = codesOf(wanted);
	return codesOf(mark).some((code) => wantedCodes.includes(code));
}

/**
 * The ISO code the vault currency setting names: a code as written (upper case), the one code of a
 * symbol that stands for one (`£` is GBP), null for a symbol that stands for several (`$`, `¥`) or
 * anything else, so no stream's currency is taken for the vault's by a guess.
 */
export function vaultCurrencyCode(setting: string): string | null {
	const codes = codesOf(setting.trim());
	const only = codes.length === 1 ? (codes[0] ?? "") : "";
	return /^[A-Z]{3}$/u.test(only) ? only : null;
}

/**
 * Whether text can be the vault currency setting: a three-letter code (any case) or a symbol of 1 to
 * 3 characters without digits or spaces (`£`, `kr`, `R$`), never starting with `=`, `+`, `-` or `@`:
 * it is printed beside every amount, so a formula or a sentence there would garble them all.
 */
export function isCurrencySetting(text: string): boolean {
	return /^[A-Za-z]{3}$/u.test(text) || /^(?![=+\-@])[^\s\d]{1,3}$/u.test(text);
}

/** Whether the setting is a symbol that stands for several currencies (`$`, `¥`). */
export function ambiguousSymbol(setting: string): boolean {
	return (SYMBOLS[setting.trim()]?.length ?? 0) > 1;
}

function codesOf(mark: string): readonly string[] {
	return SYMBOLS[mark] ?? [mark.toUpperCase()];
}
