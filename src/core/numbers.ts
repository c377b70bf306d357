// Lenient reading of the numbers people type into properties: "85,000", "$85k", "40h", "50%".
// A value that cannot be read is reported, never guessed, so the figures stay trustworthy: digits
// follow the number-format setting, and text another format reads differently is refused.
import { markNames, splitCurrency } from "./currency-marks";
import { describeType, describeValue } from "./describe";
import { DEFAULT_NUMBER_FORMAT, readDigits, writeDigits, type NumberFormat } from "./number-format";

/** What a number property holds: an amount of money, hours per week, or a percent. */
export type NumberKind = "amount" | "hours" | "percent";

/** Why a number was rejected: the diagnostic code the core reports it under. */
export type NumberProblemCode = "invalid-number" | "negative-number" | "percent-over-100" | "hours-over-week" | "ambiguous-number" | "currency-mismatch";

/** The hours a week has (7 × 24): no stream can take more a week, so more is a mistake (often a misread number). */
export const HOURS_IN_A_WEEK = 7 * 24;

/** A number read from a property: `value` is null when missing or unreadable; `problem` says why it was rejected. */
export interface NumberReading {
	value: number | null;
	/** A sentence naming the value as written, or null when the value is fine or simply missing. */
	problem: string | null;
	code: NumberProblemCode | null;
}

/** How a vault writes numbers and which currency its amounts count in. */
export interface NumberContext {
	format: NumberFormat;
	/** The currency amounts count in (a code like USD or a symbol like £); "" accepts any mark. */
	currency: string;
}

const MISSING: NumberReading = { value: null, problem: null, code: null };
const DEFAULT_CONTEXT: NumberContext = { format: DEFAULT_NUMBER_FORMAT, currency: "" };
const MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/** Reads a number property leniently under the number format; see the README's "Reading values". */
export function readNumber(value: unknown, kind: NumberKind, context: NumberContext = DEFAULT_CONTEXT): NumberReading {
	if (value === null || value === undefined) return MISSING;
	if (typeof value === "number") return check(value, value, kind);
	if (typeof value !== "string") return reject(value, "invalid-number", `is ${describeType(value)}, not a number.`);
	const text = value.trim();
	if (text === "") return MISSING;
	const parsed = parseText(text, kind, context);
	if (parsed.kind === "invalid") return reject(value, "invalid-number", notANumber(kind, context.format));
	if (parsed.kind === "ambiguous") {
		return reject(value, "ambiguous-number", `could be read two ways; under the number format ${context.format} write it so it cannot (like 1500 or 1.5), or change the number format setting.`);
	}
	if (parsed.kind === "currency") return reject(value, "currency-mismatch", `is in ${parsed.mark}, not in ${context.currency}; write the amount in ${context.currency}.`);
	return check(parsed.value, value, kind);
}

type Parsed = { kind: "number"; value: number } | { kind: "invalid" } | { kind: "ambiguous" } | { kind: "currency"; mark: string };

function parseText(text: string, kind: NumberKind, context: NumberContext): Parsed {
	let rest = text.replace(/\u00a0|\u202f/gu, " ");
	let sign = 1;
	if (rest.startsWith("-") || rest.startsWith("\u2212")) {
		sign = -1;
		rest = rest.slice(1).trim();
	}
	let mark: string | null = null;
	if (kind === "amount") {
		({ rest, mark } = splitCurrency(rest));
		rest = rest.trim();
		if (rest.startsWith("-")) {
			sign = -1;
			rest = rest.slice(1).trim();
		}
	}
	let factor = 1;
	const last = rest.slice(-1).toLowerCase();
	if (kind === "amount" && last in MULTIPLIERS) {
		factor = MULTIPLIERS[last] ?? 1;
		rest = rest.slice(0, -1).trim();
	} else if ((kind === "hours" && last === "h") || (kind === "percent" && last === "%")) {
		rest = rest.slice(0, -1).trim();
	}
	if (rest.startsWith("+")) rest = rest.slice(1);
	// Another currency is refused whatever its digits: adding it as ours would be wrong either way.
	if (mark !== null && !markNames(mark, context.currency)) return { kind: "currency", mark };
	const digits = readDigits(rest, context.format);
	if (digits === "invalid" || digits === "ambiguous") return { kind: digits };
	return { kind: "number", value: sign * digits * factor };
}

function reject(written: unknown, code: NumberProblemCode, why: string): NumberReading {
	return { value: null, problem: `${describeValue(written)} ${why}`, code };
}

function check(value: number, written: unknown, kind: NumberKind): NumberReading {
	if (!Number.isFinite(value)) return reject(written, "invalid-number", "is not a finite number.");
	if (value < 0) return reject(written, "negative-number", "is negative; use 0 or more.");
	if (kind === "percent" && value > 100) return reject(written, "percent-over-100", "is over 100%.");
	if (kind === "hours" && value > HOURS_IN_A_WEEK) return reject(written, "hours-over-week", `is ${value} hours a week, more than a week has (${HOURS_IN_A_WEEK}); check the number and the number format setting.`);
	return { value, problem: null, code: null };
}

function notANumber(kind: NumberKind, format: NumberFormat): string {
	const hint = `(numbers are read in the ${format} format, a setting)`;
	if (kind === "amount") return `is not an amount; write it like 85000, ${writeDigits(85000, format)} or 85k ${hint}.`;
	if (kind === "hours") return `is not a number of hours; write it like 20, ${writeDigits(12.5, format)} or 20h ${hint}.`;
	return `is not a percent; write it like 25, ${writeDigits(12.5, format)} or 25% ${hint}.`;
}
