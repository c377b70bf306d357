// Reading a stream note's frontmatter into a StreamRecord (no other note needed).
import { readEnum, readLinks, readList, readNumberField } from "./fields";
import { propertyIssue } from "./issues";
import { readLearning } from "./learnings";
import { readCurrency } from "./measure-fields";
import type { RawLearning, StreamRecord } from "./records";
import { readTimeBlocks } from "./time-blocks";
import { AUTOMATION_RISKS, CATEGORIES, ROLES, STATUSES, VOLATILITIES, type Issue, type PortfolioSettings } from "./types";

/** A stream note's fields, links and learnings as written, with the diagnostics found in it alone. */
export function readStream(path: string, frontmatter: Record<string, unknown>, settings: PortfolioSettings, diagnostics: Issue[]): StreamRecord {
	const learnings: RawLearning[] = [];
	for (const item of readList(frontmatter.learnings, "learnings", path, diagnostics, "a list of learnings")) {
		const reading = readLearning(item, { inStream: true, reviewQuarter: null, fiscalYearStartMonth: settings.fiscalYearStartMonth });
		if (reading.learning) learnings.push(reading.learning);
		else diagnostics.push(propertyIssue("invalid-learning", path, "learnings", reading.problem));
	}
	return {
		kind: "stream",
		path,
		name: basename(path),
		role: readEnum(frontmatter, "role", ROLES, path, diagnostics),
		category: readEnum(frontmatter, "category", CATEGORIES, path, diagnostics),
		status: readEnum(frontmatter, "status", STATUSES, path, diagnostics) ?? "active",
		hoursPerWeek: readNumberField(frontmatter, "hours-per-week", "hours", path, diagnostics),
		annualRevenue: readNumberField(frontmatter, "annual-revenue", "amount", path, diagnostics),
		volatility: readEnum(frontmatter, "volatility", VOLATILITIES, path, diagnostics),
		targetTime: readNumberField(frontmatter, "target-time", "percent", path, diagnostics),
		targetIncome: readNumberField(frontmatter, "target-income", "percent", path, diagnostics),
		automationRisk: readEnum(frontmatter, "automation-risk", AUTOMATION_RISKS, path, diagnostics),
		currency: readCurrency(frontmatter, path, diagnostics),
		timeBlocks: readTimeBlocks(frontmatter, path, diagnostics),
		funds: readLinks(frontmatter.funds, "funds", path, diagnostics),
		teaches: readLinks(frontmatter.teaches, "teaches", path, diagnostics),
		protects: readLinks(frontmatter.protects, "protects", path, diagnostics),
		learnings,
		diagnostics,
	};
}

/** A note's name as links use it: the file name without folder and `.md`. */
export function basename(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}
