// @vitest-environment happy-dom
// The measures on the dashboard, over the example vaults built by the real core with their own settings.
import { describe, expect, it } from "vitest";
import { readSettings } from "../../../src/cli/read-settings";
import { readVault } from "../../../src/cli/read-vault";
import { buildPortfolio } from "../../../src/core/build-portfolio";
import { createPathResolver } from "../../../src/core/resolver";
import type { Portfolio, PortfolioSettings } from "../../../src/core/types";
import { parseBlock } from "../../../src/obsidian/code-block";
import { renderAllocation } from "../../../src/obsidian/dashboard/allocation-section";
import { renderDiversification } from "../../../src/obsidian/dashboard/diversification-section";
import { renderEnergy } from "../../../src/obsidian/dashboard/energy-section";
import { renderForecast } from "../../../src/obsidian/dashboard/forecast-section";
import { renderResilience } from "../../../src/obsidian/dashboard/resilience-section";
import { container, context, researcher, texts } from "./fixtures";

function seed(name: string): { portfolio: Portfolio; settings: PortfolioSettings } {
	const root = `seeds/${name}`;
	const notes = readVault(root);
	const { settings } = readSettings(root);
	return { portfolio: buildPortfolio(notes, { settings, resolver: createPathResolver(notes.map((n) => n.path)), today: "2026-11-21" }), settings };
}

function render(draw: (el: HTMLElement, p: Portfolio, ctx: ReturnType<typeof context>) => void, name: string) {
	const { portfolio, settings } = seed(name);
	const el = container();
	const ctx = context();
	ctx.settings = settings;
	draw(el, portfolio, ctx);
	return { el, ctx };
}

const row = (el: HTMLElement, table: string, first: string): string[] => {
	const tables = [...el.querySelectorAll("table")].filter((t) => t.querySelector("caption")?.textContent === table);
	const found = tables.flatMap((t) => [...t.querySelectorAll("tbody tr")]).find((tr) => tr.querySelector("td")?.textContent === first);
	return found ? texts(found as HTMLElement, "td") : [];
};

describe("allocation: hourly rate and measured volatility", () => {
	const { el } = render(renderAllocation, "freelance-researcher");
	const table = "Hourly rate and measured volatility of each active stream";

	it("shows each stream's rate now and in the last review, and its volatility beside the declared word", () => {
		// Retainer: 42,000 / (16 h x 48) = 54.69 an hour now; 10,500 / (16 x 12) = 54.69 in 2026-Q3; 10,500 every quarter: CV 0
		expect(row(el, table, "Retainer consulting")).toEqual(["Retainer consulting", "$55/h", "$55/h", "0.00 (stable)", "stable"]);
		// Writing: 15,000 / (8 x 48) = 39.06 now; 4,000 / (8 x 12) = 41.67 in 2026-Q3; CV 0.37 against "volatile"
		expect(row(el, table, "Writing and speaking")).toEqual(["Writing and speaking", "$39/h", "$42/h", "0.37 (variable)", "volatile"]);
		expect(texts(el, "th")).toContain("In 2026-Q3");
	});

	it("marks the stream whose reviews contradict its declared volatility", () => {
		const alerts = [...el.querySelectorAll("tr.pj-row-alert")].map((tr) => tr.querySelector("td")?.textContent);
		expect(alerts).toEqual(["Writing and speaking"]);
	});

	it("says 'not enough reviews' rather than a number when a stream has fewer than 4 quarters", () => {
		const shallow = container();
		renderAllocation(shallow, researcher(), context()); // two reviews only
		expect(texts(shallow, "td")).toContain("not enough reviews (2 of 4 quarters)");
	});
});

describe("diversification", () => {
	it("shows the HHI, the effective number of streams and the pairs, strongest first", () => {
		const { el } = render(renderDiversification, "freelance-researcher");
		// (42² + 30² + 15² + 3²) x 10,000 / 90² = 3,577.8; 10,000 / 3,577.8 = 2.8
		expect(texts(el, ".pj-stat-value")).toEqual(["3,578", "2.8", "47%"]);
		const pairs = [...el.querySelectorAll("tbody tr")].map((tr) => texts(tr as HTMLElement, "td"));
		expect(pairs[0]).toEqual(["Research projects", "Writing and speaking", "0.60", "8"]);
		// Retainer consulting brought 10,500 every quarter: its three pairs are listed last, without a coefficient.
		const none = "none (an income that never changed moves with nothing)";
		expect(pairs).toHaveLength(6);
		expect(pairs.slice(3).map((cells) => [cells.includes("Retainer consulting"), cells[2]])).toEqual(Array(3).fill([true, none]));
	});

	it("explains the missing pairs when no two streams share 8 reviewed quarters", () => {
		const { el } = render(renderDiversification, "portfolio-executive");
		expect(el.textContent).toContain("a pair of streams needs 8 reviewed quarters in common");
	});
});

describe("if a stream stopped: runway", () => {
	it("gives the months the buffer lasts, or says the others cover the costs", () => {
		const { el } = render(renderResilience, "freelance-researcher");
		const table = "Runway if each active stream stopped";
		// Buffer 24,000, costs 5,500 a month. Retainer stops: (90,000 - 42,000) / 12 = 4,000 left; 24,000 / 1,500 = 16
		expect(row(el, table, "Retainer consulting")).toEqual(["Retainer consulting", "$4,000", "16 months"]);
		expect(row(el, table, "Writing and speaking")).toEqual(["Writing and speaking", "$6,250", "covered by the others"]);
	});

	it("names the two settings when they are not set", () => {
		const { el } = render(renderResilience, "portfolio-executive");
		expect(el.textContent).toContain("Set a cash buffer and monthly costs in the settings");
	});
});

describe("energy", () => {
	it("shows each stream's ratings over the recent quarters and marks the low ones", () => {
		const { el } = render(renderEnergy, "union-organiser");
		// The vault's fiscal year starts in April: its 2025-Q2 is July to September 2025.
		expect(texts(el, "th")).toEqual(["Stream", "FY2025-Q2 (Jul-Sep)", "FY2025-Q3 (Oct-Dec)", "FY2025-Q4 (Jan-Mar)", "FY2026-Q1 (Apr-Jun)", "FY2026-Q2 (Jul-Sep)"]);
		expect(row(el, "Energy of each active stream per reviewed quarter", "Union job")).toEqual(["Union job", "—", "—", "3", "2", "2"]);
		expect(texts(el, ".pj-energy-low")).toEqual(["2", "2"]);
	});
});

describe("forecast", () => {
	it("continues the 8 reviewed quarters' total with 4 dashed ones, and lists each stream's forecast", () => {
		const { el } = render(renderForecast, "freelance-researcher");
		const chart = el.querySelector("svg.pj-forecast-chart");
		expect([chart?.querySelectorAll("rect.pj-multiple-bar").length, chart?.querySelectorAll("rect.pj-forecast-bar").length]).toEqual([8, 4]);
		// The retainer's 10,500 in each of the 8 quarters: a flat line, 10,500 a quarter ahead
		expect(row(el, "Forecast income of the next 4 quarters", "Retainer consulting")).toEqual(["Retainer consulting", "2026-Q4 $10,500, 2027-Q1 $10,500, 2027-Q2 $10,500, 2027-Q3 $10,500", "$0"]);
		// Every active stream's forecast is in the table: 4 streams and the total
		expect(el.querySelectorAll("tbody tr")).toHaveLength(5);
	});

	it("says how many reviews are missing", () => {
		const shallow = container();
		renderForecast(shallow, researcher(), context());
		expect(shallow.textContent).toContain("Not enough reviews for a forecast: 2 of 4 quarters reviewed.");
		expect(shallow.querySelectorAll("svg, canvas")).toHaveLength(0);
	});
});

describe("code block", () => {
	it.each(["forecast", "diversification", "energy"])("accepts section: %s", (name) => {
		expect(parseBlock(`section: ${name}`)).toEqual({ section: name });
	});
});
