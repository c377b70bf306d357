// The text report takes a stream's values from the property table: which ones its line shows (the
// table's `report` marks), in the table's order, each formatted by its number kind with its period.
import { afterEach, describe, expect, it } from "vitest";
import { STREAM_VALUES } from "../../src/core/property-table";
import { reportText } from "../../src/core/report-text";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { build, streamNote } from "./helpers";

const options = { vaultName: "Vault", today: "2026-08-15", settings: DEFAULT_SETTINGS, color: false };

function streamLine(text: string): string | undefined {
	return text.split("\n").find((line) => line.startsWith("  Consulting"));
}

describe("a stream's line in the text report", () => {
	const saved = { report: STREAM_VALUES.targetTime.report, per: STREAM_VALUES.targetTime.per };
	afterEach(() => Object.assign(STREAM_VALUES.targetTime, saved));

	const portfolio = () => build([streamNote("Consulting", { role: "anchor", category: "services", "hours-per-week": 16, "annual-revenue": 42000, "target-time": 40 })]);

	it("shows the table's words in brackets and its figures with their periods", () => {
		// role, category; 16 hours (one decimal at most: "16 h") a week; 42000 as US dollars, no cents.
		expect(streamLine(reportText(portfolio(), options))).toBe("  Consulting (anchor, services): 16 h a week, $42,000 a year");
	});

	it("shows a property once the table marks it for the report, with no change to the report's code", () => {
		Object.assign(STREAM_VALUES.targetTime, { report: "figure", per: "of working time" });
		// The table's order: hours-per-week, annual-revenue, then target-time (40 -> "40%").
		expect(streamLine(reportText(portfolio(), options))).toBe("  Consulting (anchor, services): 16 h a week, $42,000 a year, 40% of working time");
	});
});
