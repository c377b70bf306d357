// The settings rows of the measures from the reviews: weeks worked, exchange rates, cash buffer and
// monthly costs. Each row validates what is typed the way mergeSettings validates data.json.
import type { PortfolioSettings } from "../core";
import { readRates } from "../core/measure-settings";

/** One text row: its current text, how typed text becomes a valid value (null = refused), and the patch it saves. */
export interface MeasureSettingRow {
	name: string;
	desc: string;
	hint: string;
	text: (settings: PortfolioSettings) => string;
	validate: (text: string) => string | null;
	patch: (valid: string) => Partial<PortfolioSettings>;
}

/** The rows under the "Money and time" heading. */
export const MEASURE_SETTING_ROWS: readonly MeasureSettingRow[] = [
	{
		name: "Weeks worked a year",
		desc: "Hourly rates divide income by hours a week times this many weeks.",
		hint: "enter a number from 1 to 53.",
		text: (s) => String(s.weeksPerYear),
		validate: (text) => {
			const n = plainNumber(text);
			return n !== null && n >= 1 && n <= 53 ? String(n) : null;
		},
		patch: (valid) => ({ weeksPerYear: Number(valid) }),
	},
	{
		name: "Exchange rates",
		desc: "For streams paid in another currency: what one unit is worth in your currency, such as EUR=1.1, GBP=1.27.",
		hint: "write each rate as a three-letter code, =, and a number above 0, separated by commas.",
		text: (s) => Object.entries(s.exchangeRates).map(([code, rate]) => `${code}=${rate}`).join(", "),
		validate: (text) => {
			const rates = parseRates(text);
			return rates === null ? null : JSON.stringify(rates);
		},
		patch: (valid) => ({ exchangeRates: readRates(JSON.parse(valid)) }),
	},
	amountRow("cashBuffer", "Cash buffer", "Savings you could live on. With monthly costs, the dashboard shows how many months they last if a stream stops. Leave empty to hide it."),
	amountRow("monthlyCosts", "Monthly costs", "What you spend a month, living and business, in your currency. Leave empty to hide the runway."),
];

function amountRow(key: "cashBuffer" | "monthlyCosts", name: string, desc: string): MeasureSettingRow {
	return {
		name,
		desc,
		hint: "enter an amount of 0 or more, or leave it empty.",
		text: (s) => (s[key] === null ? "" : String(s[key])),
		validate: (text) => {
			if (text.trim() === "") return "";
			const n = plainNumber(text.replace(/,/gu, ""));
			return n === null ? null : String(n);
		},
		patch: (valid) => ({ [key]: valid === "" ? null : Number(valid) }),
	};
}

/** `EUR=1.1, GBP=1.27` (or `EUR 1.1`) to a rates object; null when any part is not a code and a positive number. */
export function parseRates(text: string): Record<string, number> | null {
	const rates: Record<string, number> = {};
	for (const part of text.split(/[,;\n]/u)) {
		if (part.trim() === "") continue;
		const match = /^\s*([A-Za-z]{3})\s*[=:\s]\s*(\d+(?:\.\d+)?)\s*$/u.exec(part);
		const rate = match ? Number(match[2]) : 0;
		if (!match || !(rate > 0)) return null;
		rates[(match[1] ?? "").toUpperCase()] = rate;
	}
	return rates;
}

function plainNumber(text: string): number | null {
	const trimmed = text.trim();
	return /^\d+(\.\d+)?$/u.test(trimmed) ? Number(trimmed) : null;
}
