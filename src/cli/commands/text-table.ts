// Columns for the terminal: cells padded to the widest in their column, numbers aligned right.
import { printable } from "../printable";

/** Lines of a table; `right` marks the columns aligned right (figures). Cells are made printable. */
export function textTable(rows: readonly (readonly string[])[], right: readonly number[] = [], indent = "  "): string[] {
	const cells = rows.map((row) => row.map(printable));
	const widths: number[] = [];
	for (const row of cells) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
	return cells.map((row) => {
		const padded = row.map((cell, i) => {
			const gap = " ".repeat((widths[i] ?? 0) - [...cell].length);
			return right.includes(i) ? gap + cell : cell + gap;
		});
		return `${indent}${padded.join("  ")}`.trimEnd();
	});
}

/** A finding or diagnostic on one line: `! code: message`. */
export function issueLine(issue: { code: string; message: string }, indent = "  "): string {
	return `${indent}! ${issue.code}: ${printable(issue.message)}`;
}
