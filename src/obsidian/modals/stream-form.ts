// The fields of the "Tag note as portfolio stream" form: what each is, how the current value is
// shown, how typed text is checked, and which keys actually changed. No DOM here, so the rules
// are the same whatever draws the form.
import { readNumber, type NumberKind } from "../../core/numbers";
import { AUTOMATION_RISKS, CATEGORIES, ROLES, STATUSES, VOLATILITIES } from "../../core/types";

/** One property of a stream note as the form edits it. */
export type StreamField =
	| { key: string; label: string; desc: string; kind: "choice"; options: readonly string[] }
	| { key: string; label: string; desc: string; kind: "number"; numberKind: NumberKind };

/** The stream properties of DESIGN.md, in the order the form shows them. */
export const STREAM_FIELDS: readonly StreamField[] = [
	{ key: "role", label: "Role", desc: "Anchor, client work, leverage (IP) or seed.", kind: "choice", options: ROLES },
	{ key: "category", label: "Category", desc: "What kind of income node it is.", kind: "choice", options: CATEGORIES },
	{ key: "status", label: "Status", desc: "Only active streams count in the allocation.", kind: "choice", options: STATUSES },
	{ key: "hours-per-week", label: "Hours per week", desc: "Time it takes now.", kind: "number", numberKind: "hours" },
	{ key: "annual-revenue", label: "Annual revenue", desc: "Income per year now.", kind: "number", numberKind: "amount" },
	{ key: "volatility", label: "Volatility", desc: "How much its income swings.", kind: "choice", options: VOLATILITIES },
	{ key: "target-time", label: "Target time %", desc: "Share of working time it should take.", kind: "number", numberKind: "percent" },
	{ key: "target-income", label: "Target income %", desc: "Share of income it should bring.", kind: "number", numberKind: "percent" },
	{ key: "automation-risk", label: "Automation risk", desc: "How exposed it is to automation.", kind: "choice", options: AUTOMATION_RISKS },
];

/** What the form shows and holds: the text of each field ("" = not set). */
export type FormValues = Record<string, string>;

/** One key to write: a number, a word, or null to remove the key. */
export interface FieldChange {
	key: string;
	value: string | number | null;
}

/** The current values of a note as the form shows them; numbers and words as written. */
export function initialValues(frontmatter: Record<string, unknown>): FormValues {
	const values: FormValues = {};
	for (const field of STREAM_FIELDS) {
		const value = frontmatter[field.key];
		values[field.key] = typeof value === "string" || typeof value === "number" ? String(value) : "";
	}
	return values;
}

/** A sentence for each field whose text cannot be saved, by key. */
export function validate(values: FormValues): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const field of STREAM_FIELDS) {
		const text = (values[field.key] ?? "").trim();
		if (text === "" || field.kind !== "number") continue;
		const reading = readNumber(text, field.numberKind);
		if (reading.value === null) errors[field.key] = reading.problem ?? `${JSON.stringify(text)} is not a number.`;
	}
	return errors;
}

/**
 * Only the fields whose text the person changed: an untouched "85,000" is not rewritten as
 * 85000. A number typed as "42k" is saved as 42000; an emptied field removes the key.
 */
export function changedFields(initial: FormValues, values: FormValues): FieldChange[] {
	const changes: FieldChange[] = [];
	for (const field of STREAM_FIELDS) {
		const before = (initial[field.key] ?? "").trim();
		const after = (values[field.key] ?? "").trim();
		if (before === after) continue;
		if (after === "") changes.push({ key: field.key, value: null });
		else if (field.kind === "choice") changes.push({ key: field.key, value: after });
		else {
			// validate() runs first; a number it would refuse is never written.
			const value = readNumber(after, field.numberKind).value;
			if (value !== null) changes.push({ key: field.key, value });
		}
	}
	return changes;
}
