// Reading one property of a note into a typed value, reporting what cannot be read as a diagnostic.
import { describeType, describeValue } from "./describe";
import { propertyIssue } from "./issues";
import { readNumber, type NumberKind } from "./numbers";
import type { RawLink } from "./records";
import type { Issue } from "./types";
import { parseWikilink, splitLinkList } from "./wikilink";

/** Reads an enum word (case-insensitive); an unknown word is reported with the allowed ones and counts as missing. */
export function readEnum<T extends string>(frontmatter: Record<string, unknown>, property: string, allowed: readonly T[], path: string, out: Issue[]): T | null {
	const value = frontmatter[property];
	if (value === null || value === undefined) return null;
	if (typeof value === "string") {
		const word = value.trim().toLowerCase();
		if (word === "") return null;
		const found = allowed.find((candidate) => candidate === word);
		if (found !== undefined) return found;
	}
	out.push(propertyIssue("unknown-value", path, property, `${describeValue(value)} is not one of ${allowed.join(", ")}.`));
	return null;
}

/** Reads a number property leniently; a rejected value is reported under its own code and counts as missing. */
export function readNumberField(frontmatter: Record<string, unknown>, property: string, kind: NumberKind, path: string, out: Issue[]): number | null {
	const reading = readNumber(frontmatter[property], kind);
	if (reading.problem !== null) out.push(propertyIssue(reading.code ?? "invalid-number", path, property, reading.problem));
	return reading.value;
}

/** Reads a list-of-links property into links as written; malformed items are reported and skipped. */
export function readLinks(value: unknown, property: string, path: string, out: Issue[]): RawLink[] {
	const list = splitLinkList(value);
	if (list.problem !== null) out.push(propertyIssue("invalid-type", path, property, list.problem));
	const links: RawLink[] = [];
	for (const written of list.items) {
		const parsed = parseWikilink(written);
		if (parsed) links.push({ written, linkpath: parsed.linkpath });
		else out.push(propertyIssue("invalid-type", path, property, `${describeValue(written)} is not a link; write it as "[[Note name]]".`));
	}
	return links;
}

/** The items of a list property; a single value counts as a list of one, anything else is reported. */
export function readList(value: unknown, property: string, path: string, out: Issue[], expected: string): unknown[] {
	if (value === null || value === undefined) return [];
	if (Array.isArray(value)) return value as unknown[];
	if (typeof value === "string" || (typeof value === "object" && !(value instanceof Date))) return [value];
	out.push(propertyIssue("invalid-type", path, property, `${describeValue(value)} is ${describeType(value)}, not ${expected}.`));
	return [];
}
