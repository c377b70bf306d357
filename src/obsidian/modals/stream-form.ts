// The fields of the "Tag note as portfolio stream" form: what each is, how the current value is
// shown, how typed text is checked, and which keys actually changed. No DOM here, so the rules
// are the same whatever draws the form.
import { parseCurrency } from "../../core/measure-fields";
import { readNumber, type NumberContext, type NumberKind } from "../../core/numbers";
import { PropertyLookup } from "../../core/property-lookup";
import { STREAM_VALUES } from "../../core/property-table";
import { TIME_BLOCKS_PROPERTY } from "../../core/time-blocks";
import { timeBlockLines, timeBlocksChange, TIME_BLOCKS_HELP, timeBlocksProblem } from "./time-blocks-field";

/** One property of a stream note as the form edits it. */
export type StreamField =
	| { key: string; label: string; desc: string; kind: "choice"; options: readonly string[] }
	| { key: string; label: string; desc: string; kind: "number"; numberKind: NumberKind }
	| { key: string; label: string; desc: string; kind: "time-blocks" }
	| { key: string; label: string; desc: string; kind: "currency" };

/** The stream properties the form edits, in the property table's order, with the table's labels and help. */
export const STREAM_FIELDS: readonly StreamField[] = Object.values(STREAM_VALUES)
	.filter((spec) => spec.form)
	.map((spec): StreamField => {
		if (spec.name === TIME_BLOCKS_PROPERTY) return { key: spec.name, label: spec.label, desc: TIME_BLOCKS_HELP, kind: "time-blocks" };
		if (spec.name === STREAM_VALUES.currency.name) return { key: spec.name, label: spec.label, desc: spec.help, kind: "currency" };
		if (spec.number !== undefined) return { key: spec.name, label: spec.label, desc: spec.help, kind: "number", numberKind: spec.number };
		return { key: spec.name, label: spec.label, desc: spec.help, kind: "choice", options: spec.words ?? [] };
	});

/** What the form shows and holds: the text of each field ("" = not set). */
export type FormValues = Record<string, string>;

/** One key to write: a number, a word, a list of texts, or null to remove the key. */
export interface FieldChange {
	key: string;
	value: string | number | readonly string[] | null;
}

/** The current values of a note as the form shows them; numbers and words as written. */
export function initialValues(frontmatter: Record<string, unknown>): FormValues {
	const values: FormValues = {};
	// `Role:` is the role, as the Properties view shows it.
	const lookup = new PropertyLookup(frontmatter);
	for (const field of STREAM_FIELDS) {
		const value = lookup.get(field.key);
		if (field.kind === "time-blocks") values[field.key] = timeBlockLines(value);
		else values[field.key] = typeof value === "string" || typeof value === "number" ? String(value) : "";
	}
	return values;
}

/** A sentence for each field whose text cannot be saved, by key; numbers are read as the notes' numbers are. */
export function validate(values: FormValues, numbers: NumberContext): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const field of STREAM_FIELDS) {
		const text = (values[field.key] ?? "").trim();
		if (field.kind === "time-blocks") {
			const problem = timeBlocksProblem(text);
			if (problem !== null) errors[field.key] = problem;
		}
		if (field.kind === "currency") {
			const reading = parseCurrency(text);
			if ("problem" in reading) errors[field.key] = reading.problem;
		}
		if (text === "" || field.kind !== "number") continue;
		const reading = readNumber(text, field.numberKind, numbers);
		if (reading.value === null) errors[field.key] = reading.problem ?? `${JSON.stringify(text)} is not a number.`;
	}
	return errors;
}

/**
 * Only the fields whose text the person changed: an untouched "85,000" is not rewritten as
 * 85000. A number typed as "42k" is saved as 42000; an emptied field removes the key.
 */
export function changedFields(initial: FormValues, values: FormValues, numbers: NumberContext): FieldChange[] {
	const changes: FieldChange[] = [];
	for (const field of STREAM_FIELDS) {
		const before = (initial[field.key] ?? "").trim();
		const after = (values[field.key] ?? "").trim();
		if (field.kind === "time-blocks") {
			const change = timeBlocksChange(field.key, before, after);
			if (change) changes.push(change);
			continue;
		}
		if (before === after) continue;
		if (after === "") changes.push({ key: field.key, value: null });
		else if (field.kind === "choice") changes.push({ key: field.key, value: after });
		else if (field.kind === "currency") {
			// Written as the reader returns it: " eur " is saved as EUR.
			const reading = parseCurrency(after);
			if ("code" in reading) changes.push({ key: field.key, value: reading.code });
		}
		else {
			// validate() runs first; a number it would refuse is never written.
			const value = readNumber(after, field.numberKind, numbers).value;
			if (value !== null) changes.push({ key: field.key, value });
		}
	}
	return changes;
}
