// Property names as the Properties view matches them: any case is the same property; a near miss
// is named; a property written in two cases is read once and reported.
import { describe, expect, it } from "vitest";
import { STREAM_VALUES } from "../../src/core/property-table";
import { build, codesFor, reviewNote, streamNote } from "./helpers";

describe("property names", () => {
	it("reads every stream value of the table in upper case as well", () => {
		const upper = build([streamNote("Loud", { ROLE: "anchor", "HOURS-PER-WEEK": 30, "ANNUAL-REVENUE": 6000, STATUS: "paused", "TARGET-INCOME": 10 })]);
		expect(upper.streams[0]).toMatchObject({ role: "anchor", hoursPerWeek: 30, annualRevenue: 6000, status: "paused", targetIncome: 10 });
		expect(upper.diagnostics).toEqual([]);
	});

	it("reads a review's Quarter, Actuals and an actual's Hours-Per-Week and Income in any case", () => {
		const portfolio = build([
			streamNote("Shop"),
			reviewNote("Notes", { Quarter: "2026-Q2", ACTUALS: [{ Stream: "[[Shop]]", "Hours-Per-Week": 12, INCOME: 3000 }] }),
		]);
		expect(portfolio.reviews[0]).toMatchObject({ quarter: "2026-Q2", actuals: [{ stream: "Streams/Shop.md", hoursPerWeek: 12, income: 3000 }] });
	});

	it("reads a property written in two cases once, the first as written, and warns", () => {
		const portfolio = build([streamNote("Twice", { role: "seed", Role: "anchor" })]);
		expect(portfolio.streams[0]?.role).toBe("seed");
		const issue = portfolio.diagnostics.find((d) => d.code === "duplicate-property");
		expect(issue).toMatchObject({ severity: "warning", property: "role" });
		expect(issue?.message).toContain("role, Role");
	});

	// Other cases or separators, and misspellings (second tester report, item 2). The edit distances
	// of the misspellings, counted by hand on the folded names (lower case, no separators):
	// anualrevenue -> annualrevenue: 1 insertion; targttime -> targettime: 1; hoursperweeks ->
	// hoursperweek: 1 deletion; rol -> role: 1; statuss -> status: 1; learning -> learnings: 1;
	// teach -> teaches: the name cut short by 2 letters.
	it.each([
		["hours_per_week", "hours-per-week"],
		["annualRevenue", "annual-revenue"],
		["target time", "target-time"],
		["Automation_Risk", "automation-risk"],
		["anual-revenue", "annual-revenue"],
		["targt-time", "target-time"],
		["hours-per-weeks", "hours-per-week"],
		["rol", "role"],
		["statuss", "status"],
		["learning", "learnings"],
		["teach", "teaches"],
	])("names %s as a near miss of %s", (written, meant) => {
		const portfolio = build([streamNote("Near", { [written]: 5 })]);
		const issue = portfolio.diagnostics.find((d) => d.code === "misspelt-property");
		expect(issue?.property).toBe(written);
		expect(issue?.message).toContain(`did you mean ${meant}?`);
	});

	it("flags hours-per-weeks next to HoursPerWeek: each key its own warning", () => {
		const portfolio = build([streamNote("Both", { HoursPerWeek: 3, "hours-per-weeks": 3 })]);
		const misspelt = portfolio.diagnostics.filter((d) => d.code === "misspelt-property").map((d) => d.property);
		expect(misspelt).toEqual(["HoursPerWeek", "hours-per-weeks"]);
	});

	it("says nothing about keys that are no near miss (aliases, cssclasses, own notes)", () => {
		const portfolio = build([streamNote("Quiet", { aliases: ["Q"], cssclasses: ["wide"], mood: "fine", date: "2026-01-02", type: "note", source: "x", created: "2026-01-01", author: "me", title: "T", url: "u" })]);
		expect(codesFor(portfolio, "Streams/Quiet.md")).toEqual([]);
	});

	it("keeps a stream's values to the table's entries, one key each", () => {
		const portfolio = build([streamNote("Keys")]);
		const stream = portfolio.streams[0] ?? {};
		for (const key of Object.keys(STREAM_VALUES)) expect(stream).toHaveProperty(key);
	});
});
