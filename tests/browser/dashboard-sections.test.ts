// The dashboard's sections in a real Chromium: charts really draw, the graph stays readable,
// phone width does not overflow; screenshots (light/dark, 1200 and 390 px) go to tests/browser/.out/.
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Edge, Portfolio, Stream } from "../../src/core/types";
// The page's `window.__pjDashboard` is declared there.
import type {} from "../obsidian/dashboard/browser-entry";
import { readChartLegends } from "./chart-legends";
import { launchDashboardPage, seedPortfolio as seed } from "./dashboard-page";

const OUT = "tests/browser/.out";
let browser: Browser;
// One page for all tests: the packaged Chromium runs single-process and dislikes a second page.
let page: Page;
let pageHtml: string;

/** The researcher vault with its streams multiplied to 12, linked in a ring, with long-ish names. */
function twelveStreams(): Portfolio {
	const base = seed("freelance-researcher");
	const roles = ["anchor", "client", "client", "leverage", "leverage", "seed"] as const;
	const streams: Stream[] = Array.from({ length: 12 }, (_, i) => ({
		...(base.streams[0] as Stream),
		name: `Stream number ${i + 1} with a name`,
		path: `Streams/S${i}.md`,
		role: roles[i % roles.length] ?? null,
		status: "active",
	}));
	const edges: Edge[] = streams.flatMap((s, i): Edge[] => [
		{ from: s.path, to: (streams[(i + 1) % 12] as Stream).path, type: "funds" },
		{ from: s.path, to: (streams[(i + 5) % 12] as Stream).path, type: "teaches" },
	]);
	return { ...base, streams, edges };
}

async function open(portfolio: Portfolio, theme: "light" | "dark", width: number): Promise<void> {
	await page.setViewportSize({ width, height: 900 });
	await page.setContent(pageHtml);
	await page.evaluate(([p, t]) => window.__pjDashboard.render(p, t), [portfolio, theme] as const);
	// Charts are drawn in tasks of their own after the sections: wait until every canvas holds one.
	await page.waitForFunction(() => Array.from(document.querySelectorAll("canvas")).every((c) => "$chartjs" in c), undefined, { timeout: 10_000 });
}

beforeAll(async () => {
	({ browser, page, html: pageHtml } = await launchDashboardPage());
	mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
	await browser?.close();
});

describe("dashboard sections in Chromium", () => {
	it.each(["freelance-researcher", "union-organiser", "portfolio-executive"])("draws every chart of the %s vault, with its legend's colours", async (name) => {
		await open(seed(name), "light", 1200);
		const result = await page.evaluate(() => {
			const canvases = Array.from(document.querySelectorAll("canvas"));
			return {
				live: window.__pjDashboard.charts.live,
				inked: canvases.map((canvas) => {
					const ctx = canvas.getContext("2d");
					if (!ctx || canvas.width === 0 || canvas.height === 0) return 0;
					const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
					let count = 0;
					for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) count++;
					return count;
				}),
			};
		});
		// Two allocation charts and two trend charts (the forecast is SVG).
		expect(result.live).toBe(4);
		expect(result.inked).toHaveLength(4);
		for (const inked of result.inked) expect(inked).toBeGreaterThan(500);
		// One allocation legend and one per trend chart, each colour drawn on its chart.
		const legends = await page.evaluate(readChartLegends, "body");
		expect(legends).toHaveLength(3);
		for (const entries of legends) {
			expect(entries.length).toBeGreaterThan(1);
			for (const entry of entries) expect(entry.drawn, `${name}: ${entry.label} ${entry.color}`).toBe(true);
		}
	});

	it("keeps a 12-stream graph readable: labels on screen, apart, inside the picture", async () => {
		await open(twelveStreams(), "light", 1200);
		const boxes = await page.evaluate(() => {
			const svg = document.querySelector(".pj-graph") as SVGSVGElement;
			const frame = svg.getBoundingClientRect();
			const labels = Array.from(svg.querySelectorAll(".pj-node-label")).map((l) => l.getBoundingClientRect());
			return { frame: { left: frame.left, right: frame.right, top: frame.top, bottom: frame.bottom }, labels: labels.map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom, height: r.height })) };
		});
		expect(boxes.labels).toHaveLength(12);
		for (const [i, a] of boxes.labels.entries()) {
			expect(a.height).toBeGreaterThanOrEqual(9);
			expect(a.left).toBeGreaterThanOrEqual(boxes.frame.left - 1);
			expect(a.right).toBeLessThanOrEqual(boxes.frame.right + 1);
			for (const b of boxes.labels.slice(i + 1)) {
				const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
				expect(overlap).toBe(false);
			}
		}
		await page.locator(".pj-graph .pj-node").first().click();
		expect(await page.evaluate(() => window.__pjDashboard.opened)).toEqual(["Streams/S0.md"]);
		await page.screenshot({ path: `${OUT}/sections-graph-12-streams.png`, fullPage: true });
	});

	it("names every bar of a 12-stream allocation chart, whole, in a 320 px sidebar", async () => {
		// Twelve streams, one named by a single 22-letter word that cannot wrap at a space.
		const portfolio = twelveStreams();
		const streams = portfolio.streams.map((s, i) => (i === 0 ? { ...s, name: "Kognitionswissenschaft" } : { ...s, name: `Stream number ${i + 1} with a rather long descriptive name` }));
		await open({ ...portfolio, streams }, "light", 320);
		const axes = await page.evaluate(() => window.__pjDashboard.allocationAxes());
		expect(axes).toHaveLength(2);
		for (const axis of axes) {
			expect(axis.bars).toBe(12);
			// chart.js autoSkip would draw every other name; each bar has its tick.
			expect(axis.ticks).toBe(12);
			// Every name starts on the canvas: none is cut at its left edge.
			expect(axis.leftmostLabel).toBeGreaterThanOrEqual(0);
		}
		await page.locator(".pj-section-allocation").screenshot({ path: `${OUT}/sections-allocation-12-streams-320.png` });
	});

	it("keeps a cell's swatch, names and commas together on a 390 px phone card", async () => {
		await open(seed("freelance-researcher"), "light", 390);
		const cells = await page.evaluate(() => {
			// Each table cell drawn by a function: the horizontal gaps between its swatch, links and text, in px.
			const gaps = (td: Element): number[] => {
				const parts = [...td.querySelectorAll(".pj-swatch, a")].map((el) => el.getBoundingClientRect());
				return parts.slice(1).map((r, i) => (Math.abs(r.top - (parts[i]?.top ?? r.top)) > 4 ? 0 : r.left - (parts[i]?.right ?? r.left)));
			};
			const withLinks = [...document.querySelectorAll(".pj-section-resilience td, .pj-section-diversification td")].filter((td) => td.querySelectorAll("a").length > 0 && td.previousElementSibling !== null);
			return withLinks.map((td) => ({ text: td.textContent, gaps: gaps(td) }));
		});
		// "Left without a funder" lists two streams, and the correlation cards' "With" cells have a swatch.
		expect(cells.some((c) => c.text?.includes(", "))).toBe(true);
		expect(cells.length).toBeGreaterThan(2);
		// A swatch sits 4 px before its name; ", " between two names is a few px: never a flex gap of 12 px or more.
		for (const cell of cells) for (const gap of cell.gaps) expect(gap, cell.text ?? "").toBeLessThan(12);
	});

	for (const theme of ["light", "dark"] as const) {
		for (const width of [1200, 390]) {
			it(`fits a ${width} px ${theme} window without sideways scrolling`, async () => {
				await open(seed("freelance-researcher"), theme, width);
				const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
				expect(widths.page).toBeLessThanOrEqual(widths.view);
				await page.screenshot({ path: `${OUT}/sections-${theme}-${width}.png`, fullPage: true });
				await page.locator(".pj-section-graph").screenshot({ path: `${OUT}/sections-graph-${theme}-${width}.png` });
					});
		}
	}
});
