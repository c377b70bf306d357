// Numbers typed into the settings, read and shown as numbers in the notes are: under the
// number-format setting (a space groups thousands in every format), text another format would read
// differently refused rather than guessed.
import { readDigits, writeDigits } from "../core/number-format";
import { readNumber } from "../core/numbers";
import type { PortfolioSettings } from "../core/types";

type Formats = Pick<PortfolioSettings, "numberFormat" | "currency">;

/**
 * An amount of money typed into a setting (`24.000`, `24 000`, `€24k`): its value, null when the text
 * is empty, or the sentence saying why it cannot be read (the number reader's, quoting the text).
 */
export function readAmountSetting(text: string, settings: Formats): { value: number | null } | { error: string } {
	const reading = readNumber(text, "amount", { format: settings.numberFormat, currency: settings.currency });
	return reading.problem === null ? { value: reading.value } : { error: reading.problem };
}

/** A plain number typed into a setting (`0,15` under `1.234,5`); null when the format cannot read it or reads it two ways. */
export function readPlainSetting(text: string, settings: Formats): number | null {
	const digits = readDigits(text.trim(), settings.numberFormat);
	return typeof digits === "number" ? digits : null;
}

/** A saved number as the settings field shows it, in the vault's number format, so saving it unchanged reads it back. */
export function showNumberSetting(value: number, settings: Formats): string {
	return writeDigits(value, settings.numberFormat);
}
