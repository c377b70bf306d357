// How people write the digits of a number in their country, and the rule that keeps us from
// guessing between them: text that another format would read as a different number is refused.

/** The number formats of the `numberFormat` setting, named by how they write one thousand two hundred thirty-four and a half. */
export const NUMBER_FORMATS = ["1,234.5", "1.234,5", "1 234,5", "1'234.5"] as const;

/** One of NUMBER_FORMATS. */
export type NumberFormat = (typeof NUMBER_FORMATS)[number];

/** The format used until the user picks another. */
export const DEFAULT_NUMBER_FORMAT: NumberFormat = "1,234.5";

interface FormatRule {
	decimal: "." | ",";
	/** Marks that group thousands; a space (also no-break and narrow no-break) groups in every format. */
	groups: readonly string[];
}

const RULES: Record<NumberFormat, FormatRule> = {
	"1,234.5": { decimal: ".", groups: [",", " "] },
	"1.234,5": { decimal: ",", groups: [".", " "] },
	"1 234,5": { decimal: ",", groups: [" "] },
	"1'234.5": { decimal: ".", groups: ["'", "\u2019", " "] },
};

/** Whether `value` names a number format. */
export function isNumberFormat(value: unknown): value is NumberFormat {
	return typeof value === "string" && (NUMBER_FORMATS as readonly string[]).includes(value);
}

/** Digits read under `format`: a number, "invalid" when the format cannot read them, "ambiguous" when another format would read them differently. */
export type DigitsReading = number | "invalid" | "ambiguous";

/**
 * Reads unsigned digits with grouping and a decimal mark (`85,000`, `1.234,5`, `85 000`) under
 * `format`. A decimal mark followed by exactly three digits and no grouping (`1.500` under
 * `1,234.5`, `1,500` under `1.234,5`) is "ambiguous": the other formats read it as thousands.
 */
export function readDigits(text: string, format: NumberFormat): DigitsReading {
	const rule = RULES[format];
	const spaced = text.replace(/[\u00a0\u202f]/gu, " ");
	const decimalAt = spaced.lastIndexOf(rule.decimal);
	const whole = decimalAt === -1 ? spaced : spaced.slice(0, decimalAt);
	const fraction = decimalAt === -1 ? null : spaced.slice(decimalAt + 1);
	if (fraction !== null && !/^\d+$/u.test(fraction)) return "invalid";
	const digits = ungroup(whole, rule.groups);
	if (digits === null) return "invalid";
	// "0.125" cannot be thousands; "1.500" and "12.500" can.
	if (fraction !== null && fraction.length === 3 && digits === whole && !/^0+$/u.test(whole)) return "ambiguous";
	return Number(fraction === null ? digits : `${digits}.${fraction}`);
}

/** A number written as `format` writes it: 85000 -> "85,000" / "85.000" / "85 000" / "85'000"; 12.5 -> "12.5" / "12,5". readDigits reads it back. */
export function writeDigits(value: number, format: NumberFormat): string {
	const [whole = "", fraction] = String(value).split(".");
	const grouped = whole.replace(/\B(?=(\d{3})+$)/gu, format.charAt(1));
	return fraction === undefined ? grouped : `${grouped}${format.charAt(5)}${fraction}`;
}

// "85,000" -> "85000"; null when a group mark is misplaced ("85,5", "1,23,456").
function ungroup(whole: string, groups: readonly string[]): string | null {
	if (/^\d+$/u.test(whole)) return whole;
	if (whole === "") return null;
	const mark = [...whole].find((ch) => !/\d/u.test(ch));
	if (mark === undefined || !groups.includes(mark)) return null;
	const parts = whole.split(mark);
	const [first, ...rest] = parts;
	if (first === undefined || !/^\d{1,3}$/u.test(first) || !rest.every((part) => /^\d{3}$/u.test(part))) return null;
	return parts.join("");
}
