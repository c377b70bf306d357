// Property values as the text report prints them, from the property table: which values a stream's
// line shows, how each is formatted (by its number kind) and the period it counts, so that a property
// added to the table with `report` appears in the report without a second list here.
import { formatAmount, formatHours, formatPercent } from "./format";
import { printable } from "./printable";
import { STREAM_VALUES, type PropertySpec } from "./property-table";

/** Any object keyed as the stream values are: a stream, or the portfolio's totals. */
type Values = Partial<Record<keyof typeof STREAM_VALUES, unknown>>;

// Read from the table at each call (a dozen entries): the table stays the one place to change.
function marked(place: "about" | "figure"): [keyof typeof STREAM_VALUES, PropertySpec][] {
	return (Object.entries(STREAM_VALUES) as [keyof typeof STREAM_VALUES, PropertySpec][]).filter(([, spec]) => spec.report === place);
}

/**
 * One value as reports print it: a number by its kind (`16 h`, `$42,000`, `25%`; `—` when missing)
 * followed by the table's period (`a week`), anything else as written.
 */
export function valueText(spec: Pick<PropertySpec, "number" | "per">, value: unknown, currency: string): string {
	const shown = typeof value === "number" || value === null ? numberText(spec, value, currency) : written(value);
	return spec.per === undefined ? shown : `${shown} ${spec.per}`;
}

/** The words the table shows in brackets after a stream's name (`anchor, services`), missing ones left out; "" when none. */
export function aboutText(values: Values): string {
	return marked("about")
		.map(([key]) => values[key])
		.filter((value) => value !== null && value !== undefined)
		.map(written)
		.join(", ");
}

/**
 * The figures the table shows after a stream's name (`16 h a week, $42,000 a year`). Works on any
 * object with the same keys, such as the portfolio's totals.
 */
export function figuresText(values: Values, currency: string): string {
	return marked("figure").map(([key, spec]) => valueText(spec, values[key] ?? null, currency)).join(", ");
}

// A word or text as written (control characters made visible); anything else as JSON.
function written(value: unknown): string {
	return printable(typeof value === "string" ? value : JSON.stringify(value));
}

function numberText(spec: Pick<PropertySpec, "number">, value: number | null, currency: string): string {
	if (spec.number === "amount") return formatAmount(value, currency);
	if (spec.number === "percent") return formatPercent(value);
	return formatHours(value);
}
