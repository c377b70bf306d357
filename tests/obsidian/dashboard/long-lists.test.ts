// @vitest-environment happy-dom
// Big vaults: long tables and lists show their first rows and a closing line whose figures keep the
// totals exact; "Show all" brings the rest. And one render reads the theme once, charts last.
import { streamColor, withAlpha } from "../../../src/obsidian/dashboard/theme-colors";
import { describe, expect, it, vi } from "vitest";
import type { Issue, Portfolio } from "../../../src/core/types";
import { renderAllocation } from "../../../src/obsidian/dashboard/allocation-section";
import { renderFindings } from "../../../src/obsidian/dashboard/findings-section";
import { renderDashboard, renderSection } from "../../../src/obsidian/dashboard/render-dashboard";
import { renderResilience } from "../../../src/obsidian/dashboard/resilience-section";
import { beginRender } from "../../../src/obsidian/dashboard/section-context";
import { LIST_LIMIT, TABLE_LIMIT } from "../../../src/obsidian/dashboard/show-more";
import { buildPortfolio } from "../../../src/core/build-portfolio";
import { createPathResolver } from "../../../src/core/resolver";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { generateVault } from "../../support/generate-vault";
import { container, context, p, researcher, stream, texts } from "./fixtures";

/** `count` active streams; stream i has time share i+1 (so the last is first), target i, and drift 1. */
function many(count: number): Portfolio {
	const portfolio = researcher();
	portfolio.streams = Array.from({ length: count }, (_, i) =>
		stream(`S${String(i).padStart(3, "0")}`, { timeShare: i + 1, targetTime: i, timeDrift: 1, incomeShare: 1, annualRevenue: 100 }),
	);
	portfolio.totals = { ...portfolio.totals, activeStreams: count };
	portfolio.edges = [];
	return portfolio;
}

function showAll(el: HTMLElement, scope: string): void {
	el.querySelector<HTMLButtonElement>(`${scope} .pj-show-all`)?.click();
}

describe("a long drift table", () => {
	it(`shows ${TABLE_LIMIT} streams, then one row summing the rest exactly, then all on request`, () => {
		const el = container();
		renderAllocation(el, many(30), context());
		const table = ".pj-allocation-time tbody";
		expect(el.querySelectorAll(`${table} tr`)).toHaveLength(TABLE_LIMIT + 1);
		// Shares 1..10 are left out: 55% now, targets 0..9 make 45%.
		expect(texts(el, `${table} tr.pj-rest-row td`)).toEqual(["10 more streamsShow all 30", "55%", "45%", "", "—"]);
		showAll(el, ".pj-allocation-time");
		expect(el.querySelectorAll(`${table} tr`)).toHaveLength(30);
		expect(el.querySelector(`${table} .pj-rest-row`)).toBeNull();
		expect(document.activeElement?.textContent).toBe("S009");
	});

	it("shows every row when hiding one would save nothing", () => {
		const el = container();
		renderAllocation(el, many(TABLE_LIMIT + 1), context());
		expect(el.querySelectorAll(".pj-allocation-time tbody tr")).toHaveLength(TABLE_LIMIT + 1);
		expect(el.querySelector(".pj-rest-row")).toBeNull();
	});

	it("says how many of the hidden streams drift past the threshold", () => {
		const portfolio = many(25);
		portfolio.streams = portfolio.streams.map((s, i) => (i < 2 ? { ...s, timeDrift: -30 } : s));
		const el = container();
		renderAllocation(el, portfolio, context());
		expect(el.querySelector(".pj-allocation-time .pj-rest-label")?.textContent).toBe("5 more streams, 2 of them drifting more than 10 pts");
	});
});

describe("a long roadmap", () => {
	it("lists 8 streams per quarter card, the rest on request, still shown after a redraw", () => {
		const el = container();
		const portfolio = many(11);
		const ctx = context();
		renderSection(el, "roadmap", portfolio, ctx);
		const firstCard = (): HTMLElement => el.querySelector<HTMLElement>(".pj-roadmap-quarter")!;
		// 11 active streams run in every quarter: 8 listed, then the button for all 11.
		expect(firstCard().querySelectorAll(".pj-roadmap-streams li:not(.pj-roadmap-more)")).toHaveLength(8);
		expect(firstCard().querySelector(".pj-show-all")?.textContent).toBe("Show all 11");
		firstCard().querySelector<HTMLButtonElement>(".pj-show-all")!.click();
		expect(firstCard().querySelectorAll(".pj-roadmap-streams li")).toHaveLength(11);
		// The ninth stream's link has the focus: the first of those just shown.
		expect(document.activeElement?.textContent).toBe(firstCard().querySelectorAll(".pj-roadmap-streams li")[8]?.querySelector("a, [tabindex]")?.textContent);
		el.empty();
		renderSection(el, "roadmap", portfolio, ctx);
		expect(firstCard().querySelectorAll(".pj-roadmap-streams li")).toHaveLength(11);
		expect(el.querySelectorAll(".pj-roadmap-quarter")[1]?.querySelectorAll(".pj-roadmap-streams li:not(.pj-roadmap-more)")).toHaveLength(8);
	});
});

describe("many small charts", () => {
	it("draws the 12 largest streams' small charts per grid, the rest on request, and builds the long table when opened", () => {
		const vault = generateVault({ notes: 80, streams: 30, quarters: 4, today: "2026-11-20" });
		const portfolio = buildPortfolio(vault.inputs, { settings: DEFAULT_SETTINGS, resolver: createPathResolver(vault.paths), today: vault.today });
		const el = container();
		renderSection(el, "trends", portfolio, context());
		const grid = (): HTMLElement => el.querySelector<HTMLElement>(".pj-absolute-income")!;
		const streamsWithIncome = new Set(portfolio.reviews.flatMap((r) => r.actuals.filter((a) => a.income !== null).map((a) => a.stream))).size;
		expect(streamsWithIncome).toBeGreaterThan(21);
		expect(grid().querySelectorAll(".pj-multiple")).toHaveLength(12);
		expect(grid().querySelector(".pj-multiples-more .pj-show-all")?.textContent).toBe(`Show all ${streamsWithIncome}`);
		// The table of values is not built until the reader opens it.
		expect(grid().querySelector("details table")).toBeNull();
		grid().querySelector<HTMLButtonElement>(".pj-multiples-more .pj-show-all")!.click();
		expect(grid().querySelectorAll(".pj-multiple")).toHaveLength(streamsWithIncome);
		const details = grid().querySelector("details")!;
		details.open = true;
		details.dispatchEvent(new Event("toggle"));
		// 20 rows, then one row with the button for the rest.
		expect(details.querySelectorAll("tbody tr")).toHaveLength(21);
	});
});

describe("a long resilience table", () => {
	it("sums the income of the hidden streams and counts those they leave without a funder", () => {
		const portfolio = many(24);
		portfolio.edges = [{ from: p("S000"), to: p("S001"), type: "funds" }];
		const ctx = context();
		ctx.settings = { ...ctx.settings, currency: "USD" };
		const el = container();
		renderResilience(el, portfolio, ctx);
		expect(el.querySelectorAll("tbody tr")).toHaveLength(TABLE_LIMIT + 1);
		// Every stream brings 1% and 100 a year; sorted by name within equal shares, S020..S023 are hidden.
		expect(texts(el, "tr.pj-rest-row td").slice(1)).toEqual(["4%", "$400", "None"]);
		const funding = many(24);
		funding.edges = [{ from: p("S023"), to: p("S001"), type: "funds" }];
		const other = container();
		renderResilience(other, funding, ctx);
		expect(other.querySelector(".pj-rest-label")?.textContent).toBe("4 more streams, 1 of them flagged");
		expect(texts(other, "tr.pj-rest-row td").slice(1)).toEqual(["4%", "$400", "1 stream"]);
	});
});

describe("a long list of findings", () => {
	it(`lists ${LIST_LIMIT} issues of a severity, then a line with the rest behind a button`, () => {
		const portfolio = researcher();
		portfolio.findings = Array.from({ length: 70 }, (_, i): Issue => ({ code: "isolated-stream", severity: "warning", path: null, message: `W${i}` }));
		const el = container();
		renderFindings(el, portfolio, context());
		expect(texts(el, ".pj-findings .pj-severity-title")).toEqual(["Warnings (70)"]);
		expect(el.querySelectorAll(".pj-findings .pj-issue")).toHaveLength(LIST_LIMIT);
		expect(el.querySelector(".pj-findings .pj-more")?.textContent).toBe(`and ${70 - LIST_LIMIT} more Show all 70`);
		showAll(el, ".pj-findings");
		expect(texts(el, ".pj-findings .pj-issue-message")).toEqual(portfolio.findings.map((f) => f.message));
		expect(el.querySelector(".pj-findings .pj-more")).toBeNull();
	});
});

describe("one render", () => {
	it("reads the theme colours once per render", async () => {
		const el = container();
		const ctx = context();
		const spy = vi.spyOn(window, "getComputedStyle");
		await renderDashboard(el, researcher(), ctx);
		expect(spy).toHaveBeenCalledTimes(1);
		spy.mockRestore();
	});

	it("draws queued charts after the render's task, in order, once; finishNow draws what is left at once", async () => {
		const log: string[] = [];
		const render = beginRender(container(), context());
		render.section.drawLater(() => log.push("a"));
		render.section.drawLater(() => log.push("b"));
		const flush = render.flush();
		// Nothing in the render's own task: the browser lays the sections out first.
		expect(log).toEqual([]);
		await flush?.done;
		expect(log).toEqual(["a", "b"]);
		flush?.finishNow();
		expect(log).toEqual(["a", "b"]);

		const next = beginRender(container(), context());
		next.section.drawLater(() => log.push("c"));
		next.section.drawLater(() => log.push("d"));
		const pending = next.flush();
		// A newer render is about to replace the sections: what is queued is drawn now (chart.js is loaded), once.
		pending?.finishNow();
		expect(log).toEqual(["a", "b", "c", "d"]);
		await pending?.done;
		expect(log).toEqual(["a", "b", "c", "d"]);
		expect(beginRender(container(), context()).flush()).toBeNull();
	});
});

describe("allocation legend", () => {
	it("names each bar series once for both charts, in the colours the chart uses", () => {
		const el = container();
		const ctx = context();
		renderAllocation(el, researcher(), ctx);
		const legends = el.querySelectorAll(".pj-chart-legend");
		expect(legends).toHaveLength(1);
		expect(texts(el, ".pj-chart-legend .pj-legend-label")).toEqual(["Now", "Target", "Last review (2026-Q2)"]);
		const swatches = Array.from(el.querySelectorAll<HTMLElement>(".pj-chart-legend .pj-swatch")).map((s) => s.style.getPropertyValue("--pj-swatch"));
		expect(swatches[0]).toBe(ctx.colors.text);
		// No series of the allocation charts may look like a stream: none takes a colour of the stream palette.
		for (const color of swatches) expect(ctx.colors.palette.map((c) => withAlpha(c, 1))).not.toContain(withAlpha(color, 1));
		expect(new Set(swatches).size).toBe(3);
	});

	it("marks each stream in the drift tables with the colour it has in every chart", () => {
		const el = container();
		const ctx = context();
		const portfolio = researcher();
		renderAllocation(el, portfolio, ctx);
		const rows = Array.from(el.querySelectorAll<HTMLElement>(".pj-allocation-time tbody tr"));
		expect(rows.length).toBe(4);
		for (const row of rows) {
			const path = row.querySelector("a")?.getAttribute("data-path") ?? "";
			const swatch = row.querySelector<HTMLElement>(".pj-swatch")?.style.getPropertyValue("--pj-swatch");
			expect(swatch).toBe(streamColor(ctx.colors, portfolio.streams, path));
		}
	});
});
