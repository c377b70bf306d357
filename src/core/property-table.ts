// THE table of the properties the notes hold. The readers (read-stream, read-review), the stream
// form, the JSON report, the text report, the review note and the README's schema table all take
// names, types, allowed words, units and help from here: nothing else lists them.
//
// To add a property, add ONE entry to the table it belongs to:
//   - STREAM_VALUES: a value of a stream note that the model keeps (it then appears on StreamRecord
//     and Stream under its key, in `report --json`, and in the README table; `form: true` puts it
//     in the "Tag note as portfolio stream" form). Example:
//       cashFlow: numberProperty({ name: "cash-flow", number: "amount", unit: "vault currency a month", label: "Cash flow", help: "..." }),
//     or, for a value of its own kind, `property({ name, type, unit, label, help, form, read })`
//     with a `read(value, ctx)` that returns the typed value and pushes diagnostics to `ctx.out`
//     (see `timeBlocks` below, or `readEnum` / `readNumberValue` in property-readers.ts to build on).
//   - STREAM_LINKS / STREAM_LISTS, REVIEW_PROPERTIES, ACTUAL_PROPERTIES: the same, for stream links
//     and lists, review notes, and one row of a review's `actuals`.
// Names are kebab-case as people write them; they are matched in any case (as the Properties view
// does), and a near miss (`hours_per_week`) is reported naming the entry's `name`.
import { readEnum, readLearnings, readLinkList, readNumberValue, type ReadContext, type TableValues } from "./property-readers";
import { readCurrency, readEnergy } from "./measure-fields";
import { readQuarterValue } from "./plan-fields";
import { readTimeBlocks, TIME_BLOCK_FORMS, TIME_BLOCKS_PROPERTY } from "./time-blocks";
import { AUTOMATION_RISKS, CATEGORIES, DESIGNED_EDGE_TYPES, ROLES, STATUSES, VOLATILITIES } from "./types";
import type { NumberKind } from "./numbers";

/** What the README's type column says, and what the stream form offers. */
export type PropertyType = "text" | "number" | "checkbox" | "list of links" | "list of text" | "list of objects";

/** One property: how notes spell it, what it holds, and how it is read. */
export interface PropertySpec<T = unknown> {
	/** The name in notes: `hours-per-week`. */
	name: string;
	type: PropertyType;
	/** The words allowed (for text properties with a fixed set). */
	words?: readonly string[];
	/** For numbers: which reading applies (amount, hours, percent). */
	number?: NumberKind;
	/** The unit in words, "" when none: `hours a week`. */
	unit: string;
	/** Sentence-case label for forms and reports. */
	label: string;
	/** One sentence of help: what it means. */
	help: string;
	/** Whether the stream form edits it. */
	form: boolean;
	/**
	 * Where the text report shows it on a stream's line: `about` in brackets after the name
	 * (`anchor, services`), `figure` after the colon (`16 h a week`); absent: not on that line.
	 */
	report?: "about" | "figure";
	/** For a figure: the words after the value in reports, the period it counts (`a week`). */
	per?: string;
	/** Reads the value as written (undefined when absent) into the model's value. */
	read: (value: unknown, ctx: ReadContext) => T;
}

/** An entry with its reader; use the helpers below for the common kinds. */
export function property<T>(spec: PropertySpec<T>): PropertySpec<T> {
	return spec;
}

function wordProperty<W extends string>(spec: { name: string; words: readonly W[]; label: string; help: string; report?: "about" }): PropertySpec<W | null> {
	return { ...spec, type: "text", unit: "", form: true, read: (value, ctx) => readEnum(value, spec.words, ctx) };
}

/** A number property read leniently under the number format (see numbers.ts). */
export function numberProperty(spec: { name: string; number: NumberKind; unit: string; label: string; help: string; form?: boolean; report?: "figure"; per?: string }): PropertySpec<number | null> {
	return { ...spec, type: "number", form: spec.form ?? true, read: (value, ctx) => readNumberValue(value, spec.number, ctx) };
}

/** The values of a stream note that the model keeps, by their key in the model and the JSON. */
export const STREAM_VALUES = {
	role: wordProperty({ name: "role", words: ROLES, label: "Role", help: "The stream's part: anchor (largest, steady), client (project work), leverage (IP that does not scale with hours) or seed (optionality).", report: "about" }),
	category: wordProperty({ name: "category", words: CATEGORIES, label: "Category", help: "What kind of income node it is.", report: "about" }),
	status: property({
		name: "status",
		type: "text",
		words: STATUSES,
		unit: "",
		label: "Status",
		help: "Only active streams count in the allocation; missing means active.",
		form: true,
		read: (value, ctx) => readEnum(value, STATUSES, ctx) ?? "active",
	}),
	hoursPerWeek: numberProperty({ name: "hours-per-week", number: "hours", unit: "hours a week", label: "Hours per week", help: "Time it takes now, e.g. 20 or 20h.", report: "figure", per: "a week" }),
	annualRevenue: numberProperty({ name: "annual-revenue", number: "amount", unit: "vault currency a year", label: "Annual revenue", help: "Income it brings per year now, in the vault's currency.", report: "figure", per: "a year" }),
	volatility: wordProperty({ name: "volatility", words: VOLATILITIES, label: "Volatility", help: "How much its income swings." }),
	targetTime: numberProperty({ name: "target-time", number: "percent", unit: "percent of working time", label: "Target time %", help: "Share of working time it should take." }),
	targetIncome: numberProperty({ name: "target-income", number: "percent", unit: "percent of income", label: "Target income %", help: "Share of income it should bring." }),
	automationRisk: wordProperty({ name: "automation-risk", words: AUTOMATION_RISKS, label: "Automation risk", help: "How exposed it is to automation." }),
	start: property({
		name: "start",
		type: "text",
		unit: "quarter",
		label: "Start",
		help: "First quarter it runs, 2027-Q1 or a date such as 2027-01-15; a planned stream's hours and revenue are what it takes and brings from then.",
		form: false,
		read: readQuarterValue,
	}),
	end: property({ name: "end", type: "text", unit: "quarter", label: "End", help: "Last quarter it runs, 2028-Q4 or a date.", form: false, read: readQuarterValue }),
	timeBlocks: property({
		name: TIME_BLOCKS_PROPERTY,
		type: "list of text",
		unit: "",
		label: "Time blocks",
		help: `The hours of the week it owns: ${TIME_BLOCK_FORMS}.`,
		form: true,
		read: readTimeBlocks,
	}),
	currency: property({
		name: "currency",
		type: "text",
		unit: "ISO 4217 code",
		label: "Currency",
		help: "Only for a stream paid in another currency than the vault's, e.g. EUR: its amounts are converted with the exchange rates setting.",
		form: true,
		read: readCurrency,
	}),
};

/** A stream's own values as the model keeps them: `{ role: Role | null, status: Status, hoursPerWeek: number | null, ... }`. */
export type StreamValues = TableValues<typeof STREAM_VALUES>;

/** The designed edges a stream note holds, one property per edge type. */
export const STREAM_LINKS = Object.fromEntries(
	DESIGNED_EDGE_TYPES.map((type) => [
		type,
		property({ name: type, type: "list of links", unit: "", label: type[0]?.toUpperCase() + type.slice(1), help: `Streams this stream ${type}.`, form: false, read: readLinkList }),
	]),
) as Record<(typeof DESIGNED_EDGE_TYPES)[number], PropertySpec<ReturnType<typeof readLinkList>>>;

/** The lists of a stream note besides its links. */
export const STREAM_LISTS = {
	learnings: property({
		name: "learnings",
		type: "list of text",
		unit: "",
		label: "Learnings",
		help: 'Learnings this stream gave others, as "[[To]]: what was learned"; a leading date like 2026-08-14 is optional.',
		form: false,
		read: readLearnings,
	}),
};

/** One row of a review's `actuals`: what a stream really took and brought in the quarter. */
export const ACTUAL_PROPERTIES = {
	stream: property({ name: "stream", type: "text", unit: "", label: "Stream", help: "A link to the stream note.", form: false, read: (value) => value }),
	hoursPerWeek: numberProperty({ name: "hours-per-week", number: "hours", unit: "hours a week, on average", label: "Hours per week", help: "Average hours a week the stream really took.", form: false }),
	income: numberProperty({ name: "income", number: "amount", unit: "the stream's currency in the quarter", label: "Income", help: "Income received in the quarter.", form: false }),
	energy: property({ name: "energy", type: "number", unit: "1 to 5", label: "Energy", help: "How alive the stream felt in the quarter, from 1 (drained) to 5 (fully alive).", form: false, read: readEnergy }),
};

/** A review note's own properties (its `quarter`, `actuals` and `learnings`), read by read-review.ts. */
export const REVIEW_PROPERTIES: Record<"quarter" | "draft" | "actuals" | "learnings", Omit<PropertySpec, "read">> = {
	quarter: { name: "quarter", type: "text", unit: "", label: "Quarter", help: "The quarter reviewed, YYYY-Qn; Q3 2026, 2026Q3 and 2026-q3 are read too; if missing, taken from the file name.", form: false },
	draft: { name: "draft", type: "checkbox", unit: "", label: "Draft", help: "Set on a review the plugin just created; a draft counts nowhere until you clear it.", form: false },
	actuals: { name: "actuals", type: "list of objects", unit: "", label: "Actuals", help: "What each stream really took and brought, and how it felt: {stream, hours-per-week, income, energy}.", form: false },
	learnings: { name: "learnings", type: "list of text", unit: "", label: "Learnings", help: '"[[From]] -> [[To]]: what was learned".', form: false },
};

/** A scenario note's own properties (another design of the portfolio), read by read-scenario.ts. */
export const SCENARIO_PROPERTIES: Record<"changes" | "candidates", Omit<PropertySpec, "read">> = {
	changes: {
		name: "changes",
		type: "list of objects",
		unit: "",
		label: "Changes",
		help: 'Overrides of stream notes in this design: {stream: "[[Stream]]", ...any stream property above but learnings and time-blocks}; status: retired drops the stream.',
		form: false,
	},
	candidates: {
		name: "candidates",
		type: "list of objects",
		unit: "",
		label: "Candidates",
		help: "Streams with no note yet: {name, role, category, hours-per-week, annual-revenue, ...}; active unless their status says otherwise.",
		form: false,
	},
};

/** Every property name a stream note may hold, in table order. */
export const STREAM_PROPERTY_NAMES: readonly string[] = [...Object.values(STREAM_VALUES), ...Object.values(STREAM_LINKS), ...Object.values(STREAM_LISTS)].map((spec) => spec.name);

/** Every property name a review note may hold. */
export const REVIEW_PROPERTY_NAMES: readonly string[] = Object.values(REVIEW_PROPERTIES).map((spec) => spec.name);

/** Every property name a row of `actuals` may hold. */
export const ACTUAL_PROPERTY_NAMES: readonly string[] = Object.values(ACTUAL_PROPERTIES).map((spec) => spec.name);

const STREAM_VALUE_KEYS = Object.keys(STREAM_VALUES) as (keyof StreamValues)[];

/** Only a stream's own values (no links, lists or derived figures), copied key by key from the table. */
export function streamValues(source: StreamValues): StreamValues {
	const out: Record<string, unknown> = {};
	for (const key of STREAM_VALUE_KEYS) out[key] = source[key];
	return out as StreamValues;
}
