// The stream form's time-blocks field: one block a line in a text box, checked with the same parser
// that reads the notes, and saved as a list only when the blocks really changed.
import { parseTimeBlock, TIME_BLOCK_FORMS } from "../../core/time-blocks";

/** The field's help under its label. */
export const TIME_BLOCKS_HELP = "The hours of the week this stream owns, one block a line: Mon-Thu 09:00-17:00, Sat 10:00-13:00, or first Fri 16:00-17:00 for a monthly one.";

/** The note's `time-blocks` as the text box shows them: one a line (a single text stays as it is). */
export function timeBlockLines(value: unknown): string {
	if (typeof value === "string") return value;
	if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string").join("\n");
	return "";
}

/** The first line that is not a block, as a sentence naming it; null when every line reads. */
export function timeBlocksProblem(text: string): string | null {
	for (const [index, line] of text.split(/\r?\n/u).entries()) {
		if (line.trim() === "") continue;
		const reading = parseTimeBlock(line);
		if ("problem" in reading) return `Line ${index + 1}: ${reading.problem}. Write ${TIME_BLOCK_FORMS}.`;
	}
	return null;
}

/** The list to write when the blocks changed (null removes the property); undefined when they did not. */
export function timeBlocksChange(key: string, before: string, after: string): { key: string; value: readonly string[] | null } | undefined {
	const lines = (text: string): string[] => text.split(/\r?\n/u).map((line) => line.trim()).filter((line) => line !== "");
	const old = lines(before);
	const next = lines(after);
	if (old.length === next.length && old.every((line, i) => line === next[i])) return undefined;
	return { key, value: next.length === 0 ? null : next };
}
