// The settings that change how a single note is read (its kind, its quarter, its numbers), as opposed
// to those that only change the assembled model or its display (thresholds, currency, folders).
import type { PortfolioSettings } from "./types";

/**
 * Settings readNote depends on. A change of one of them means every note must be read again; any
 * other change only re-assembles the model from the records already read. Add a key here when
 * readNote starts to depend on it (`numberFormat` is listed ahead of its arrival; absent, it reads as undefined).
 */
export const READING_SETTINGS = ["streamTag", "reviewTag", "scenarioTag", "fiscalYearStartMonth", "numberFormat"] as const;

/** A text that changes exactly when one of the reading settings changes. */
export function readingKey(settings: PortfolioSettings): string {
	const values = settings as unknown as Record<string, unknown>;
	return JSON.stringify(READING_SETTINGS.map((key) => values[key] ?? null));
}
