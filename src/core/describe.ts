// How values appear in messages: as the person wrote them, short enough to read in a list.

const MAX_LENGTH = 80;

/** A value as written, quoted when it is text, for diagnostics ("forty", 120, ["a","b"]). */
export function describeValue(value: unknown): string {
	let text: string;
	if (typeof value === "string") text = JSON.stringify(value);
	else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString().slice(0, 10);
	else if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") text = String(value);
	else if (value === null || value === undefined) text = "(empty)";
	else text = safeJson(value);
	return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

function safeJson(value: unknown): string {
	try {
		return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === "bigint" ? String(inner) : inner)) ?? String(typeof value);
	} catch {
		// Cycles or throwing getters: the type is still worth naming.
		return describeType(value);
	}
}

/** A short name of a value's type, for messages ("a list", "an object"). */
export function describeType(value: unknown): string {
	if (value === null || value === undefined) return "empty";
	if (Array.isArray(value)) return "a list";
	if (value instanceof Date) return "a date";
	if (typeof value === "object") return "an object";
	if (typeof value === "boolean") return "a yes/no value";
	return `a ${typeof value}`;
}
