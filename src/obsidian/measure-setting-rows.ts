// The settings rows of the measures from the reviews: exchange rates, cash buffer and monthly costs
// (weeks worked a year is a planning row, shared with compare). Each row reads what is typed the way mergeSettings checks data.json.
import { readAmountSetting, showNumberSetting } from "./number-setting";
import type { SettingRow } from "./settings-rows";

const GROUP = "Money and time";

/** The rows under the "Money and time" heading, spread into the one settings table. */
export const MEASURE_SETTING_ROWS: SettingRow[] = [
	{
		group: GROUP,
		key: "exchangeRates",
		name: "Exchange rates",
		desc: "For streams paid in another currency: what one unit is worth in your currency, such as EUR=1.1, GBP=1.27.",
		read: (s) => Object.entries(s.exchangeRates).map(([code, rate]) => `${code}=${rate}`).join(", "),
		parse: (text) => {
			const rates = parseRates(text);
			return rates === null ? { error: "write each rate as a three-letter code, =, and a number above 0, separated by commas." } : { patch: { exchangeRates: rates } };
		},
	},
	amountRow("cashBuffer", "Cash buffer", "Savings you could live on. With monthly costs, the dashboard shows how many months they last if a stream stops. Leave empty to hide it."),
	amountRow("monthlyCosts", "Monthly costs", "What you spend a month, living and business, in your currency. Leave empty to hide the runway."),
];

function amountRow(key: "cashBuffer" | "monthlyCosts", name: string, desc: string): SettingRow {
	return {
		group: GROUP,
		key,
		name,
		desc,
		read: (s) => {
			const value = s[key];
			return value === null ? "" : showNumberSetting(value, s);
		},
		parse: (text, s) => {
			const reading = readAmountSetting(text, s);
			return "error" in reading ? reading : { patch: { [key]: reading.value } };
		},
	};
}

/** `EUR=1.1, GBP=1.27` (or `EUR 1.1`) to a rates object with upper-case codes; null when any part is not a code and a positive number. */
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
