// "Map your portfolio", the pattern's first step: what a person does now, one row each (hours a
// week, income a year, volatility, what it teaches), which one is the anchor, and the stream notes
// that follow, with targets suggested from the pattern's typical splits.
import { cleanSegment } from "./file-name";
import { oneLine } from "./markdown-text";
import { readNumber, type NumberContext, type NumberKind } from "./numbers";
import type { Category, Role, Volatility } from "./types";
import { formatYamlScalar } from "./yaml-quote";

/** One activity as the person types it; numbers stay text until the plan reads them. */
export interface MapRow {
	name: string;
	/** Hours a week, e.g. `20` or `20h`. */
	hours: string;
	/** Income a year, e.g. `42000`, `42k` or `£42,000`. */
	income: string;
	volatility: Volatility | "";
	/** Its role when it is not the anchor. */
	role: Exclude<Role, "anchor">;
	category: Category | null;
	/** What it teaches the person, in their words. */
	teaches: string;
	/** Target shares in percent; prefilled by suggestTargets, editable. */
	targetTime: string;
	targetIncome: string;
}

/** The rows the form starts with: the kinds of work the pattern names first. */
export const STARTING_ROWS: readonly Omit<MapRow, "targetTime" | "targetIncome">[] = [
	{ name: "Salaried work", hours: "", income: "", volatility: "", role: "client", category: "employment", teaches: "" },
	{ name: "Clients", hours: "", income: "", volatility: "", role: "client", category: "services", teaches: "" },
	{ name: "Teaching", hours: "", income: "", volatility: "", role: "leverage", category: "services", teaches: "" },
	{ name: "Writing", hours: "", income: "", volatility: "", role: "leverage", category: "content", teaches: "" },
	{ name: "Community", hours: "", income: "", volatility: "", role: "seed", category: null, teaches: "" },
];

/**
 * The pattern's typical splits by role, in percent. Time: its worked example, 50% anchor, 25%
 * project work, 15% IP and teaching, 10% seed and community. Income: client work brings 20-40%
 * (30), leverage 10-20% (15), seed 0-5% (5), the anchor the rest (50).
 */
export const TYPICAL_SPLIT: Readonly<Record<"time" | "income", Readonly<Record<Role, number>>>> = {
	time: { anchor: 50, client: 25, leverage: 15, seed: 10 },
	income: { anchor: 50, client: 30, leverage: 15, seed: 5 },
};

/**
 * Whole-percent targets for streams of these roles: each role's typical share, scaled so the
 * roles present add up to 100 and split evenly between streams of one role; rounded by largest
 * remainder so the targets still add up to exactly 100. Empty for no roles.
 */
export function suggestTargets(roles: readonly Role[]): { time: number; income: number }[] {
	const split = (metric: "time" | "income"): number[] => {
		const table = TYPICAL_SPLIT[metric];
		const present = [...new Set(roles)];
		const total = present.reduce((sum, role) => sum + table[role], 0);
		const exact = roles.map((role) => (table[role] * 100) / total / roles.filter((r) => r === role).length);
		return largestRemainder(exact);
	};
	if (roles.length === 0) return [];
	const time = split("time");
	const income = split("income");
	return roles.map((_, i) => ({ time: time[i] ?? 0, income: income[i] ?? 0 }));
}

// Rounds down, then gives the missing points to the largest fractions (first row first on ties).
function largestRemainder(exact: readonly number[]): number[] {
	const floors = exact.map(Math.floor);
	let missing = 100 - floors.reduce((a, b) => a + b, 0);
	const order = exact.map((value, i) => ({ i, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
	for (const { i } of order) {
		if (missing <= 0) break;
		floors[i] = (floors[i] ?? 0) + 1;
		missing--;
	}
	return floors;
}

/** A note to create: its vault path and whole text. */
export interface PlannedNote {
	path: string;
	text: string;
}

/** The notes to create, or the problems by field key (`<row>-<field>`, or `anchor`, `folder`). */
export type MapPlan = { ok: true; notes: PlannedNote[] } | { ok: false; errors: Record<string, string> };

const NUMBER_FIELDS: readonly { field: "hours" | "income" | "targetTime" | "targetIncome"; kind: NumberKind; key: string }[] = [
	{ field: "hours", kind: "hours", key: "hours-per-week" },
	{ field: "income", kind: "amount", key: "annual-revenue" },
	{ field: "targetTime", kind: "percent", key: "target-time" },
	{ field: "targetIncome", kind: "percent", key: "target-income" },
];

/**
 * One stream note per named row in `folder` (a row without a name is left out), tagged with
 * `streamTag`, status active, the anchor's role from `anchor` (a row index). Numbers that cannot
 * be read (under the vault's number format and currency, `numbers`), two rows with one name, or
 * an anchor that is not a named row are reported, not guessed.
 */
export function planStreamNotes(rows: readonly MapRow[], anchor: number, folder: string, streamTag: string, numbers?: NumberContext): MapPlan {
	const errors: Record<string, string> = {};
	const cleanFolder = folder.split(/[/\\]+/u).map(cleanSegment).filter((s) => s !== "").join("/");
	const seen = new Map<string, number>();
	const notes: PlannedNote[] = [];
	rows.forEach((row, i) => {
		const name = cleanSegment(row.name);
		if (name === "") return;
		const key = name.toLowerCase();
		if (seen.has(key)) errors[`${i}-name`] = `Another row is called "${name}" too; give each stream its own name.`;
		seen.set(key, i);
		const lines = ["---", "tags:", `  - ${formatYamlScalar(streamTag.replace(/^#/u, ""))}`, `role: ${i === anchor ? "anchor" : row.role}`];
		if (row.category !== null) lines.push(`category: ${row.category}`);
		lines.push("status: active");
		for (const { field, kind, key: property } of NUMBER_FIELDS) {
			const text = row[field].trim();
			if (text === "") continue;
			const reading = readNumber(text, kind, numbers);
			if (reading.value === null) errors[`${i}-${field}`] = reading.problem ?? `"${text}" is not a number.`;
			else lines.push(`${property}: ${formatYamlScalar(reading.value)}`);
		}
		if (row.volatility !== "") lines.push(`volatility: ${row.volatility}`);
		lines.push("---", "");
		const teaches = oneLine(row.teaches);
		if (teaches !== "") lines.push(`What it teaches me: ${teaches}`, "");
		notes.push({ path: cleanFolder === "" ? `${name}.md` : `${cleanFolder}/${name}.md`, text: lines.join("\n") });
	});
	if (notes.length === 0) errors["0-name"] = "Name at least one thing you do now.";
	if (anchor < 0 || cleanSegment(rows[anchor]?.name ?? "") === "") errors.anchor = "Choose which named row is your anchor.";
	return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, notes };
}
