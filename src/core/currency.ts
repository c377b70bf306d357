// Amounts of streams kept in another currency, turned into the vault currency with the
// `exchangeRates` setting. A stream whose currency has no rate is reported once, and its amounts
// count as missing rather than being added up as if they were vault money.
import { ambiguousSymbol, vaultCurrencyCode } from "./currency-marks";
import { propertyIssue } from "./issues";
import { CURRENCY_CODE } from "./measure-settings";
import type { StreamRecord } from "./records";
import type { Issue, PortfolioSettings } from "./types";

/** Turns a stream's amount into the vault currency; null when the amount or the rate is missing. */
export type ToVaultCurrency = (streamPath: string, amount: number | null) => number | null;

/**
 * What one unit of a stream's `currency` is worth in the vault currency: undefined when the stream
 * is in the vault currency (no currency, or the vault's own), null when the currency has no rate
 * or is not a code at all (an `invalid-currency`, kept as written).
 */
export function exchangeRate(currency: string | null, settings: Pick<PortfolioSettings, "currency" | "exchangeRates">): number | null | undefined {
	if (currency === null || currency === vaultCurrencyCode(settings.currency)) return undefined;
	if (!CURRENCY_CODE.test(currency)) return null;
	return settings.exchangeRates[currency] ?? null;
}

/** Stream records with annual revenue in the vault currency, and the conversion for their review actuals. */
export function convertCurrencies(records: readonly StreamRecord[], settings: PortfolioSettings, diagnostics: Issue[]): { records: StreamRecord[]; toVault: ToVaultCurrency } {
	// Factor per stream path: absent = already vault currency, null = no rate known.
	const factors = new Map<string, number | null>();
	const out = records.map((record) => {
		const rate = exchangeRate(record.currency, settings);
		if (rate === undefined) return record;
		factors.set(record.path, rate);
		// A currency that is not a code has its own error (invalid-currency); no rate could fix it.
		if (rate === null && record.currency !== null && CURRENCY_CODE.test(record.currency)) {
			diagnostics.push(
				propertyIssue("missing-exchange-rate", record.path, "currency", `${record.currency} has no exchange rate to ${settings.currency}; add one in the settings (exchange rates)${orCode(record.currency, settings.currency)}. Until then this stream's amounts count as missing.`),
			);
		}
		return { ...record, annualRevenue: convert(record.annualRevenue, rate) };
	});
	const toVault: ToVaultCurrency = (path, amount) => {
		const factor = factors.get(path);
		return factor === undefined ? amount : convert(amount, factor);
	};
	return { records: out, toVault };
}

// Under a symbol of several currencies the fix may be a code for the vault rather than a rate of 1.
function orCode(code: string, vault: string): string {
	return ambiguousSymbol(vault) ? `, or set the vault currency to ${code} if that is what ${vault.trim()} means (it stands for several currencies)` : "";
}

function convert(amount: number | null, rate: number | null): number | null {
	return amount === null || rate === null ? null : amount * rate;
}

/**
 * The inverse of the conversion: a vault-currency amount back in the stream's own currency, for the
 * review note's prefilled actuals (which are read in the stream's currency). Unchanged for a stream
 * in the vault currency; null when its currency has no rate.
 */
export function inStreamCurrency(amount: number | null, streamCurrency: string | null, settings: Pick<PortfolioSettings, "currency" | "exchangeRates">): number | null {
	const rate = exchangeRate(streamCurrency, settings);
	if (amount === null || rate === undefined) return amount;
	return rate === null ? null : amount / rate;
}
