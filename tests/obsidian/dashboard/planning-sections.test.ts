// @vitest-environment happy-dom
// The Roadmap and Compare sections over the freelance researcher's vault, built by the real core.
import { describe, expect, it } from "vitest";
import { readVault } from "../../../src/cli/read-vault";
import { buildPortfolio } from "../../../src/core/build-portfolio";
import { createPathResolver } from "../../../src/core/resolver";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import type { Portfolio } from "../../../src/core/types";
import { renderSection } from "../../../src/obsidian/dashboard/render-dashboard";
import { container, context, texts } from "./fixtures";

function researcher(drop: (path: string) => boolean = () => false): Portfolio {
	const notes = readVault("seeds/freelance-researcher").filter((n) => !drop(n.path));
	return buildPortfolio(notes, { settings: DEFAULT_SETTINGS, resolver: createPathResolver(notes.map((n) => n.path)), today: "2026-11-20" });
}

describe("the Roadmap section", () => {
	it("names each card's quarter by the fiscal year when one is set", () => {
		const el = container();
		const ctx = context();
		// A year starting in July: 20 November 2026 falls in FY2026-Q2 (Oct-Dec).
		const settings = { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 7 };
		const notes = readVault("seeds/freelance-researcher");
		const portfolio = buildPortfolio(notes, { settings, resolver: createPathResolver(notes.map((n) => n.path)), today: "2026-11-20" });
		renderSection(el, "roadmap", portfolio, { ...ctx, settings });
		expect(texts(el, ".pj-roadmap-title")[0]).toBe("FY2026-Q2 (Oct-Dec)");
	});

	it("draws a card per quarter, the online course starting in 2027-Q2", () => {
		const el = container();
		const ctx = context();
		renderSection(el, "roadmap", researcher(), ctx);
		expect(texts(el, ".pj-roadmap-title")).toEqual(["2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4", "2028-Q1", "2028-Q2", "2028-Q3"]);
		const cards = [...el.querySelectorAll<HTMLElement>(".pj-roadmap-quarter")];
		// 16 + 20 + 8 + 4 = 48 h and 42k + 30k + 15k + 3k = 90k now; from 2027-Q2, 6 h and 18k more.
		expect(cards[0]?.querySelector(".pj-roadmap-totals")?.textContent).toBe("48 h a week · $90,000 a year");
		expect(cards[2]?.querySelector(".pj-roadmap-totals")?.textContent).toBe("54 h a week · $108,000 a year");
		const course = [...(cards[2]?.querySelectorAll("li") ?? [])].find((li) => li.textContent?.includes("Online course"));
		expect(course?.querySelector(".pj-badge-starts")?.textContent).toBe("starts");
		// 18,000 of 108,000 = 16.7%, shown rounded.
		expect(course?.querySelector(".pj-roadmap-figures")?.textContent).toBe("6 h, 17% of income");
		(course?.querySelector("a") as HTMLElement).click();
		expect(ctx.opened).toEqual(["Streams/Online course.md"]);
	});
});

describe("the Compare section", () => {
	it("puts now and the scenario in columns and marks the better value of each row", () => {
		const el = container();
		const ctx = context();
		renderSection(el, "compare", researcher(), ctx);
		expect(texts(el, ".pj-section-compare thead th")).toEqual(["Measure", "Now", "Retainer into a product"]);
		const row = (label: string): HTMLTableRowElement | undefined => [...el.querySelectorAll<HTMLTableRowElement>("tbody tr")].find((tr) => tr.cells[0]?.textContent === label);
		// Income: 90,000 now against 111,000 (see the CLI test for the sum): the scenario's is better.
		const income = row("Income a year");
		expect([income?.cells[1]?.textContent, income?.cells[2]?.textContent]).toEqual(["$90,000", "$111,000 ✓"]);
		expect(income?.cells[2]?.classList.contains("pj-better")).toBe(true);
		expect(income?.cells[1]?.classList.contains("pj-better")).toBe(false);
		// Hours: 48 now against 54: fewer is marked better, now.
		expect(row("Hours a week")?.cells[1]?.classList.contains("pj-better")).toBe(true);
		// Active streams have no better value: nothing marked.
		expect(row("Active streams")?.querySelector(".pj-better")).toBeNull();
		expect(el.querySelector(".pj-raised")?.textContent).toContain("Raises: You have 6 active streams");
		(el.querySelector(".pj-compare-heading a") as HTMLElement).click();
		expect(ctx.opened).toEqual(["Scenarios/Retainer into a product.md"]);
	});

	it("says how to start when there is no scenario", () => {
		const el = container();
		renderSection(el, "compare", researcher((path) => path.startsWith("Scenarios/")), context());
		expect(el.querySelector("table")).toBeNull();
		expect(el.querySelector(".pj-empty")?.textContent).toBe('No scenario yet. Run "New scenario", or tag a note #portfolio/scenario with the changes and candidates of another design.');
	});
});
