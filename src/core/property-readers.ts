// Reading one property's value into a typed value, reporting what cannot be read as a diagnostic.
// The property table (property-table.ts) pairs each property with one of these readers.
import { describeType, describeValue } from "./describe";
import { propertyIssue } from "./issues";
import { readLearning } from "./learnings";
import { readNumber, type NumberContext, type NumberKind } from "./numbers";
import { nearMatch } from "./near-match";
import { foldName, type PropertyLookup } from "./property-lookup";
import type { RawLearning, RawLink } from "./records";
import type { ReadingSettings } from "./reading-settings";
import type { Issue } from "./types";
import { parseWikilink, splitLinkList } from "./wikilink";

/** What a reader needs besides the value: where it is, where diagnostics go, and how numbers are written. */
export interface ReadContext {
	path: string;
	/** The property's name as the table spells it, for messages. */
	property: string;
	out: Issue[];
	settings: ReadingSettings;
	numbers: NumberContext;
	/** True in a stream note (its learnings name only the stream they went to). */
	inStream: boolean;
	/** A review's quarter, which its learnings are filed under. */
	quarter: string | null;
}

/** An enum word (any case); an unknown word is reported with the allowed ones and counts as missing. */
export function readEnum<T extends string>(value: unknown, allowed: readonly T[], ctx: ReadContext): T | null {
	if (value === null || value === undefined) return null;
	if (typeof value === "string") {
		const word = value.trim().toLowerCase();
		if (word === "") return null;
		const found = allowed.find((candidate) => candidate === word);
		if (found !== undefined) return found;
	}
	ctx.out.push(propertyIssue("unknown-value", ctx.path, ctx.property, `${describeValue(value)} is not one of ${allowed.join(", ")}.`));
	return null;
}

/** A number read leniently; a rejected value is reported under its own code and counts as missing. */
export function readNumberValue(value: unknown, kind: NumberKind, ctx: ReadContext): number | null {
	const reading = readNumber(value, kind, ctx.numbers);
	if (reading.problem !== null) ctx.out.push(propertyIssue(reading.code ?? "invalid-number", ctx.path, ctx.property, reading.problem));
	return reading.value;
}

/** A list of links as written; malformed items are reported and skipped. */
export function readLinkList(value: unknown, ctx: ReadContext): RawLink[] {
	const list = splitLinkList(value);
	if (list.problem !== null) ctx.out.push(propertyIssue("invalid-type", ctx.path, ctx.property, list.problem));
	const links: RawLink[] = [];
	for (const written of list.items) {
		const parsed = parseWikilink(written);
		if (parsed) links.push({ written, linkpath: parsed.linkpath });
		else ctx.out.push(propertyIssue("invalid-type", ctx.path, ctx.property, `${describeValue(written)} is not a link; write it as "[[Note name]]".`));
	}
	return links;
}

/** The items of a list property; a single value counts as a list of one, anything else is reported. */
export function readItems(value: unknown, ctx: ReadContext, expected: string): unknown[] {
	if (value === null || value === undefined) return [];
	if (Array.isArray(value)) return value as unknown[];
	if (typeof value === "string" || (typeof value === "object" && !(value instanceof Date))) return [value];
	ctx.out.push(propertyIssue("invalid-type", ctx.path, ctx.property, `${describeValue(value)} is ${describeType(value)}, not ${expected}.`));
	return [];
}

/** A `learnings` list: each item read as a learning; one that fits no form is reported and skipped. */
export function readLearnings(value: unknown, ctx: ReadContext): RawLearning[] {
	const learnings: RawLearning[] = [];
	for (const item of readItems(value, ctx, "a list of learnings")) {
		const reading = readLearning(item, { inStream: ctx.inStream, reviewQuarter: ctx.quarter, fiscalYearStartMonth: ctx.settings.fiscalYearStartMonth });
		if (reading.learning) learnings.push(reading.learning);
		else ctx.out.push(propertyIssue("invalid-learning", ctx.path, ctx.property, reading.problem));
	}
	return learnings;
}

/** A table of properties, keyed by the model's name for each. */
export type PropertyTable = Record<string, { name: string; read: (value: unknown, ctx: ReadContext) => unknown }>;

/** The model's values of a table: each key's reader's result. */
export type TableValues<T extends PropertyTable> = { [K in keyof T]: ReturnType<T[K]["read"]> };

/** Reads every property of `table` from the note (names in any case) with one context. */
export function readTable<T extends PropertyTable>(table: T, lookup: PropertyLookup, ctx: Omit<ReadContext, "property">): TableValues<T> {
	const values: Record<string, unknown> = {};
	// One context for the whole table, its property set before each read (readers use it at once, never
	// keep it): a review's hundreds of actuals rows would otherwise make a context per cell.
	const each: ReadContext = { ...ctx, property: "" };
	for (const [key, spec] of tableEntries(table)) {
		each.property = spec.name;
		values[key] = spec.read(lookup.get(spec.name), each);
	}
	return values as TableValues<T>;
}

const entriesOf = new WeakMap<PropertyTable, [string, PropertyTable[string]][]>();

/** A table's entries, listed once (the tables are constants). */
function tableEntries(table: PropertyTable): [string, PropertyTable[string]][] {
	let entries = entriesOf.get(table);
	if (!entries) {
		entries = Object.entries(table);
		entriesOf.set(table, entries);
	}
	return entries;
}

/**
 * Warnings about property names: one written in two cases (`role` and `Role`: only the first is
 * read), and a near miss of a known name (`hours_per_week`, `annualRevenue`) that is not read at all.
 */
export function nameIssues(lookup: PropertyLookup, known: readonly string[], path: string): Issue[] {
	const out: Issue[] = [];
	const names = knownNames(known);
	for (const name of known) {
		const spellings = lookup.spellings(name);
		if (spellings.length > 1) {
			out.push(propertyIssue("duplicate-property", path, name, `written ${spellings.length} times (${spellings.join(", ")}); only ${spellings[0] ?? name} is read. Keep one.`, "warning"));
		}
	}
	for (const key of lookup.keys()) {
		if (names.lower.has(key.toLowerCase())) continue;
		let meant = names.meant.get(key);
		if (meant === undefined) {
			meant = meantName(key, names.byFold);
			names.meant.set(key, meant);
		}
		if (meant !== null) out.push(propertyIssue("misspelt-property", path, key, `is not a property this plugin reads; did you mean ${meant}? Rename it to ${meant}.`, "warning"));
	}
	return out;
}

/** A list of known property names, prepared once: by folded spelling, in lower case, and the names keys meant. */
interface KnownNames {
	byFold: ReadonlyMap<string, string>;
	lower: ReadonlySet<string>;
	/** meantName's answer for each unknown key seen so far (vaults repeat the same few). */
	meant: Map<string, string | null>;
}

// Every stream, review and actuals row is checked against one of a few constant lists: prepare each once.
const preparedNames = new WeakMap<readonly string[], KnownNames>();

function knownNames(known: readonly string[]): KnownNames {
	let names = preparedNames.get(known);
	if (!names) {
		names = { byFold: new Map(known.map((name) => [foldName(name), name])), lower: new Set(known.map((name) => name.toLowerCase())), meant: new Map() };
		preparedNames.set(known, names);
	}
	return names;
}

/**
 * The known name a key most likely meant: the same name in another case or separator
 * (`hours_per_week`), a slip of the keys (`anual-revenue`, `rol`: see nearMatch), or the name cut
 * short by at most two letters (`teach` for `teaches`); null when the key is no near miss.
 */
function meantName(key: string, byFold: ReadonlyMap<string, string>): string | null {
	const folded = foldName(key);
	const same = byFold.get(folded);
	if (same !== undefined) return same;
	const near = nearMatch(folded, [...byFold.keys()]);
	if (near !== null) return byFold.get(near) ?? null;
	for (const [fold, name] of [...byFold].sort(([a], [b]) => (a < b ? -1 : 1))) {
		if (folded.length >= 4 && fold.startsWith(folded) && fold.length - folded.length <= 2) return name;
	}
	return null;
}
