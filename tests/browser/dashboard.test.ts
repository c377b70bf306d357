// The built plugin in a real Chromium, on the freelance researcher's vault: what a person sees.
import { describe, expect, it } from "vitest";
import type { App as ObsidianApp } from "obsidian";
import { DEFAULT_SETTINGS, formatAmount, formatHours, type Portfolio } from "../../src/core";
import { PortfolioIndex } from "../../src/obsidian/portfolio-index";
import { App } from "../fakes/obsidian";
import { readChartLegends } from "./chart-legends";
import { readForecastShapes } from "./forecast-shapes";
import { readVault, type PluginPage } from "./harness";
import { useHarness } from "./use-harness";

const VAULT = readVault("freelance-researcher");

// The same vault indexed in Node: the pane in the browser must show what the model says.
function expectedPortfolio(files: Record<string, string>): Portfolio {
	const index = new PortfolioIndex(new App(files) as unknown as ObsidianApp, () => DEFAULT_SETTINGS);
	index.load();
	void index.start();
	index.unload();
	return index.portfolio;
}

const streamNote = (hours: number) => `---\ntags: portfolio/stream\nrole: seed\nhours-per-week: ${hours}\nannual-revenue: 1000\n---\nA new stream.\n`;

async function untilText(pj: PluginPage, needle: string): Promise<string> {
	await expect.poll(() => pj.dashboardText(), { timeout: 5000 }).toContain(needle);
	return pj.dashboardText();
}

describe("dashboard in a real browser", () => {
	const harness = useHarness();

	it("shows the vault's totals, draws every chart and the graph, and opens notes on click", async () => {
		const expected = expectedPortfolio(VAULT);
		expect(expected.streams.length).toBeGreaterThan(2);
		const pj = await harness().open({ vault: VAULT });
		await pj.openDashboard();
		const text = await pj.dashboardText();
		expect(text).toContain(formatHours(expected.totals.hoursPerWeek));
		expect(text).toContain(formatAmount(expected.totals.annualRevenue, DEFAULT_SETTINGS.currency));
		for (const stream of expected.streams) expect(text).toContain(stream.name);

		const canvases = await pj.page.evaluate(() =>
			[...document.querySelectorAll<HTMLCanvasElement>(".pj-view canvas")].map((canvas) => {
				const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
				let inked = 0;
				for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
				return { label: canvas.getAttribute("aria-label"), share: inked / (canvas.width * canvas.height) };
			}),
		);
		expect(canvases.length).toBeGreaterThan(0);
		for (const canvas of canvases) expect(canvas.share, `blank chart: ${canvas.label}`).toBeGreaterThan(0.01);

		// Legends are DOM text in the chart's own colours: every series named, every colour on the canvas.
		const [allocation, ...charts] = await pj.page.evaluate(readChartLegends, ".pj-view");
		const trends = charts;
		expect(allocation?.map((e) => e.label)).toEqual(["Now", "Target", `Last review (${expected.reviews.at(-1)?.quarter ?? ""})`]);
		// The two share trends; the forecast is SVG now, with no chart.js legend.
		expect(charts).toHaveLength(2);
		for (const entries of [allocation ?? [], ...charts]) {
			for (const entry of entries) expect(entry.drawn, `legend colour not on the chart: ${entry.label} ${entry.color}`).toBe(true);
		}
		const reviewed = new Set(expected.reviews.flatMap((r) => r.actuals.map((a) => a.stream)));
		const names = expected.streams.filter((s) => reviewed.has(s.path)).map((s) => s.name);
		for (const entries of trends) expect(entries.map((e) => e.label).sort()).toEqual(names.sort());

		// The values behind a trend chart are one click away, as text.
		const values = pj.page.locator(".pj-view .pj-trend-time details.pj-values");
		await expect.poll(() => values.locator("table").isVisible()).toBe(false);
		await values.locator("summary").click();
		await expect.poll(() => values.locator("table").isVisible()).toBe(true);
		const header = await values.locator("thead th").allTextContents();
		expect(header).toEqual(["Stream", ...expected.reviews.slice(-12).map((r) => r.quarter)]);
		expect(await values.locator("tbody tr").first().textContent()).toMatch(/\d+%/);

		const graph = await pj.page.evaluate(() => ({
			nodes: [...document.querySelectorAll(".pj-view svg.pj-graph .pj-nodes > .pj-node")].map((n) => n.getAttribute("data-path")),
			edges: document.querySelectorAll(".pj-view svg.pj-graph .pj-edges > .pj-band").length,
		}));
		expect(graph.nodes.sort()).toEqual(expected.streams.map((s) => s.path).sort());
		expect(expected.edges.length).toBeGreaterThan(0);
		expect(graph.edges).toBeGreaterThan(0);

		const target = expected.streams[0]!.path;
		await pj.page.locator(`.pj-view a[data-path="${target}"]`).first().click();
		await expect.poll(() => pj.openedPaths()).toEqual([target]);
		await pj.close();
	});

	it("continues the income trend with dashed forecast bars, visible at 1200 and 390 px in light and dark", async () => {
		const expected = expectedPortfolio(VAULT);
		// The vault has 8 reviewed quarters: every active stream reviewed in 4 of them or more, and the
		// total, continue with 4 dashed bars each.
		const active = new Set(expected.streams.filter((s) => s.status === "active").map((s) => s.path));
		const forecast = expected.measures.streams.filter((s) => active.has(s.path) && s.forecast.reason === null).map((s) => s.name);
		expect(forecast.length).toBeGreaterThan(2);
		const pj = await harness().open({ vault: VAULT, width: 1200, theme: "light" });
		await pj.openDashboard();
		for (const theme of ["light", "dark"] as const) {
			await pj.setTheme(theme);
			await pj.chartsDrawn();
			for (const width of [1200, 390]) {
				await pj.page.setViewportSize({ width, height: 900 });
				await pj.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
				const at = `${theme} ${width} px`;
				const shapes = await pj.page.evaluate(readForecastShapes, ".pj-view");
				const perChart = new Map<string, number>();
				for (const shape of shapes) perChart.set(shape.chart, (perChart.get(shape.chart) ?? 0) + 1);
				expect(Object.fromEntries(perChart), at).toEqual(Object.fromEntries([...forecast, "Income of all streams"].map((name) => [name, 4])));
				for (const shape of shapes) {
					const what = `${at}: ${shape.chart}`;
					expect(shape.visible, what).toBe(true);
					expect(shape.dash, what).not.toBe("none");
					// On screen, a bar wide enough to see its dashes, inside the window.
					expect(shape.width, what).toBeGreaterThanOrEqual(6);
					expect(shape.height, what).toBeGreaterThanOrEqual(1);
					expect(shape.left, what).toBeGreaterThanOrEqual(0);
					expect(shape.right, what).toBeLessThanOrEqual(width);
					// WCAG 1.4.11: a graphic's outline 3:1 against what is behind it.
					expect(shape.contrast, what).toBeGreaterThanOrEqual(3);
				}
				expect(await pj.page.locator(".pj-view .pj-absolute-income .pj-forecast-key").isVisible(), at).toBe(true);
				for (const part of ["pj-absolute-income", "pj-section-forecast"]) await pj.page.locator(`.pj-view .${part}`).screenshot({ path: `tests/browser/.out/${part}-${theme}-${width}.png` });
			}
		}
		await pj.close();
	});

	it("shows a note edited in the vault once the debounce has passed", async () => {
		const pj = await harness().open({ vault: VAULT });
		await pj.openDashboard();
		await pj.editNote("Streams/Pottery studio.md", streamNote(3));
		await untilText(pj, "Pottery studio");
		await pj.close();
	});

	it("follows the light and dark themes", async () => {
		const pj = await harness().open({ vault: VAULT, theme: "light" });
		await pj.openDashboard();
		const background = () => pj.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const lightBg = await background();
		await pj.screenshot("dashboard-light");
		await pj.setTheme("dark");
		expect(await background()).not.toBe(lightBg);
		// The charts were redrawn for the new theme, not leaked.
		const canvases = await pj.page.locator(".pj-view canvas").count();
		expect(await pj.liveCharts()).toBe(canvases);
		await pj.screenshot("dashboard-dark");
		await pj.close();
	});

	it("fits a 390 px wide phone screen without horizontal scrolling", async () => {
		const pj = await harness().open({ vault: VAULT, width: 390, height: 844 });
		await pj.openDashboard();
		const widths = await pj.page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
		expect(widths.page).toBeLessThanOrEqual(widths.view);
		await pj.screenshot("dashboard-390px");
		await pj.close();
	});

	it("renders a hostile stream name as text and runs nothing", async () => {
		const name = "<img src=x onerror=alert(1)>";
		const pj = await harness().open({ vault: { ...VAULT, [`Streams/${name}.md`]: streamNote(2) } });
		await pj.openDashboard();
		await untilText(pj, name);
		await pj.page.waitForTimeout(300);
		expect(await pj.page.evaluate(() => window.__pj.alerts)).toEqual([]);
		expect(await pj.page.locator(".pj-view img").count()).toBe(0);
		await pj.close();
	});

	it("leaves no live chart after opening and closing the pane ten times", async () => {
		const pj = await harness().open({ vault: VAULT });
		for (let i = 0; i < 10; i++) {
			await pj.openDashboard();
			expect(await pj.liveCharts()).toBeGreaterThan(0);
			await pj.closeDashboard();
		}
		expect(await pj.liveCharts()).toBe(0);
		await pj.close();
	});

	it("greets an empty vault with a friendly start", async () => {
		const pj = await harness().open({ vault: {} });
		await pj.openDashboard();
		const text = await pj.dashboardText();
		expect(text).toContain(`#${DEFAULT_SETTINGS.streamTag}`);
		expect(await pj.page.locator(".pj-view canvas").count()).toBe(0);
		await pj.screenshot("dashboard-empty");
		await pj.close();
	});
});
