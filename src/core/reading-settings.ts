// The settings that change how a single note is read (its kind, its quarter, its numbers), as opposed
// to those that only change the assembled model or its display (thresholds, folders, exchange rates).
import type { PortfolioSettings } from "./types";

/**
 * Settings readNote depends on. A change of one of them means every note must be read again; any
 * other change only re-assembles the model from the records already read. The readers take
 * `ReadingSettings` (below), not the whole settings, so a reader that starts to read another key does
 * not compile until the key is listed here.
 */
export const READING_SETTINGS = ["streamTag", "reviewTag", "scenarioTag", "fiscalYearStartMonth", "numberFormat", "currency"] as const;

/** The part of the settings a note's reading may look at (see READING_SETTINGS). */
export type ReadingSettings = Pick<PortfolioSettings, (typeof READING_SETTINGS)[number]>;

/** A text that changes exactly when one of the reading settings changes. */
export function readingKey(settings: ReadingSettings): string {
	return JSON.stringify(READING_SETTINGS.map((key) => settings[key]));
}
