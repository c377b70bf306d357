// Lenient reading of the numbers people type into properties: "85,000", "$85k", "40h", "50%".
// A value that cannot be read is reported, never guessed, so the figures stay trustworthy.
import { describeType, describeValue } from "./describe";

/** What a number property holds: an amount of money, hours per week, or a percent. */
export type NumberKind = "amount" | "hours" | "percent";

/** Why a number was rejected: the diagnostic code the core reports it under. */
export type NumberProblemCode = "invalid-number" | "negative-number" | "percent-over-100";

/** A number read from a property: `value` is null when missing or unreadable; `problem` says why it was rejected. */
export interface NumberReading {
	value: number | null;
	/** A sentence naming the value as written, or null when the value is fine or simply missing. */
	problem: string | null;
	code: NumberProblemCode | null;
}

const MISSING: NumberReading = { value: null, problem: null, code: null };

// Currency marks that may lead or trail an amount; codes are any three letters (USD, EUR...).
const CURRENCY_SYMBOLS = /^[$€£¥]|[$€£¥]$/gu;
// Upper case only, so a stray word ("12 foo") is reported instead of read as 12.
const CURRENCY_CODE = /^[A-Z]{3}\s*|\s*[A-Z]{3}$/u;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/u;
const MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/** Reads a number property leniently; see DESIGN.md "Reading values". */
export function readNumber(value: unknown, kind: NumberKind): NumberReading {
	if (value === null || value === undefined) return MISSING;
	if (typeof value === "number") return check(value, value, kind);
	if (typeof value === "string") {
		const text = value.trim();
		if (text === "") return MISSING;
		const parsed = parseText(text, kind);
		if (parsed === null) return reject(value, "invalid-number", notANumber(kind));
		return check(parsed, value, kind);
	}
	return reject(value, "invalid-number", `is ${describeType(value)}, not a number.`);
}

function reject(written: unknown, code: NumberProblemCode, why: string): NumberReading {
	return { value: null, problem: `${describeValue(written)} ${why}`, code };
}

function parseText(text: string, kind: NumberKind): number | null {
	let rest = text.replace(/\u00a0|\u202f/gu, " ");
	let sign = 1;
	if (rest.startsWith("-") || rest.startsWith("\u2212")) {
		sign = -1;
		rest = rest.slice(1).trim();
	}
	if (kind === "amount") {
		rest = rest.replace(CURRENCY_SYMBOLS, "").trim();
		// A code only counts when digits remain: "USD" alone is not an amount.
		const withoutCode = rest.replace(CURRENCY_CODE, "").trim();
		if (/\d/u.test(withoutCode) && withoutCode !== rest) rest = withoutCode;
		rest = rest.replace(CURRENCY_SYMBOLS, "").trim();
	}
	if (rest.startsWith("-")) {
		sign = -1;
		rest = rest.slice(1).trim();
	}
	let factor = 1;
	const last = rest.slice(-1).toLowerCase();
	if (kind === "amount" && last in MULTIPLIERS) {
		factor = MULTIPLIERS[last] ?? 1;
		rest = rest.slice(0, -1).trim();
	} else if (kind === "hours" && last === "h") {
		rest = rest.slice(0, -1).trim();
	} else if (kind === "percent" && last === "%") {
		rest = rest.slice(0, -1).trim();
	}
	const digits = stripGrouping(rest);
	if (digits === null || !PLAIN_NUMBER.test(digits)) return null;
	return sign * Number(digits) * factor;
}

// Accepts "85,000", "85 000" and "1,234,567.5"; a comma that is not a thousands separator is refused
// (so "85,5" is reported instead of silently becoming 855).
function stripGrouping(text: string): string | null {
	if (!/[, ]/u.test(text)) return text;
	if (!/^\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?$/u.test(text)) return null;
	return text.replace(/[, ]/gu, "");
}

function check(value: number, written: unknown, kind: NumberKind): NumberReading {
	if (!Number.isFinite(value)) return reject(written, "invalid-number", "is not a finite number.");
	if (value < 0) return reject(written, "negative-number", "is negative; use 0 or more.");
	if (kind === "percent" && value > 100) return reject(written, "percent-over-100", "is over 100%.");
	return { value, problem: null, code: null };
}

function notANumber(kind: NumberKind): string {
	if (kind === "amount") return "is not an amount; write it like 85000, 85,000, $85k or 1.2m.";
	if (kind === "hours") return "is not a number of hours; write it like 20 or 20h.";
	return "is not a percent; write it like 25 or 25%.";
}
