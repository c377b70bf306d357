// Readers of the properties the measures add, for the property table: a stream's `currency` and an
// actual's `energy`.
import { describeValue } from "./describe";
import { propertyIssue } from "./issues";
import { CURRENCY_CODE } from "./measure-settings";
import type { ReadContext } from "./property-readers";

/**
 * A `currency` as written: a three-letter ISO 4217 code, any case and spacing, returned upper case;
 * empty or absent is no currency (the vault's). Otherwise the sentence saying why not. The note
 * reader and the stream form both check with this, so the form saves only what the reader accepts.
 */
export function parseCurrency(value: unknown): { code: string | null } | { problem: string } {
	if (value === null || value === undefined) return { code: null };
	const code = typeof value === "string" ? value.trim().toUpperCase() : "";
	if (typeof value === "string" && code === "") return { code: null };
	if (CURRENCY_CODE.test(code)) return { code };
	return { problem: `${describeValue(value)} is not a currency code; write three letters like EUR or GBP.` };
}

/**
 * A stream's `currency` (see parseCurrency). Anything else is reported and kept as written: it is
 * not the vault's currency either, so like a code without a rate its amounts count as missing
 * (currency.ts) rather than being guessed to be vault money.
 */
export function readCurrency(value: unknown, ctx: ReadContext): string | null {
	const reading = parseCurrency(value);
	if ("code" in reading) return reading.code;
	ctx.out.push(propertyIssue("invalid-currency", ctx.path, ctx.property, reading.problem));
	return typeof value === "string" ? value.trim() : describeValue(value);
}

/** An actual's `energy`: a whole number 1 to 5 (a number or its digit as text); anything else is reported and counts as missing. */
export function readEnergy(value: unknown, ctx: ReadContext): number | null {
	if (value === null || value === undefined || value === "") return null;
	const n = typeof value === "number" ? value : typeof value === "string" && /^\s*\d\s*$/u.test(value) ? Number(value) : NaN;
	if (Number.isInteger(n) && n >= 1 && n <= 5) return n;
	ctx.out.push(propertyIssue("invalid-energy", ctx.path, ctx.property, `${describeValue(value)} is not a whole number from 1 (drained) to 5 (fully alive).`));
	return null;
}
