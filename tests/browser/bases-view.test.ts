// The built plugin's Portfolio view for Bases in a real Chromium: over the notes a Base selects it
// draws its section with chart.js on a real canvas, and its figures are the dashboard pane's.
import { describe, expect, it } from "vitest";
import { readVault, type PluginPage } from "./harness";
import { useHarness } from "./use-harness";

const VAULT = readVault("freelance-researcher");
// What the example vault's Streams.base selects for its Portfolio view: the stream notes and the reviews.
const SELECTED = Object.keys(VAULT).filter((path) => path.startsWith("Streams/") || path.startsWith("Reviews/"));

// Opens the Base's Portfolio view (section: `section`) in the page, as a `.base` tab would.
async function openBase(pj: PluginPage, section: string): Promise<void> {
	await pj.page.evaluate(
		([paths, chosen]) => {
			const { app, obsidian } = window.__pj;
			const registration = app!.basesViews.get("portfolio-journal");
			if (!registration) throw new Error("the Portfolio view is not registered");
			const files = paths.map((path) => app!.vault.getFileByPath(path)!);
			const host = new obsidian.BasesHost(app!, registration, files, { type: "portfolio-journal", name: "Portfolio", section: chosen });
			host.containerEl.addClass("pj-test-base");
			(window as unknown as { pjBase: { close(): void } }).pjBase = host;
		},
		[SELECTED, section] as const,
	);
	// Charts are drawn in tasks of their own after the section: wait until every canvas holds one.
	await pj.page.waitForFunction(() => Array.from(document.querySelectorAll(".pj-test-base canvas")).every((c) => "$chartjs" in c), undefined, { timeout: 10_000 });
}

// The share of each canvas's pixels that chart.js inked (0 for a blank canvas).
function inkedCanvases(pj: PluginPage, selector: string): Promise<{ label: string | null; share: number }[]> {
	return pj.page.evaluate(
		(sel) =>
			[...document.querySelectorAll<HTMLCanvasElement>(`${sel} canvas`)].map((canvas) => {
				const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
				let inked = 0;
				for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
				return { label: canvas.getAttribute("aria-label"), share: inked / (canvas.width * canvas.height) };
			}),
		selector,
	);
}

describe("the Portfolio Bases view in a real browser", () => {
	const harness = useHarness();

	it("draws the allocation charts of the selected notes, with the pane's figures", async () => {
		const pj = await harness().open({ vault: VAULT });
		await openBase(pj, "allocation");
		const canvases = await inkedCanvases(pj, ".pj-test-base");
		// Time and income: two charts, each with ink on it.
		expect(canvases).toHaveLength(2);
		for (const canvas of canvases) expect(canvas.share, `blank chart: ${canvas.label}`).toBeGreaterThan(0.01);
		await pj.screenshot("bases-view-allocation");

		// The Base selects every stream and review of this vault, so its tables are the pane's.
		await pj.openDashboard();
		const tables = (sel: string) => pj.page.evaluate((s) => [...document.querySelectorAll(`${s} .pj-section-allocation table`)].map((t) => t.textContent), sel);
		const inBase = await tables(".pj-test-base");
		// Time drift, income drift, and the hourly rates with measured volatility.
		expect(inBase).toHaveLength(3);
		expect(inBase).toEqual(await tables(".pj-view"));
		await pj.close();
	});

	it("draws the trends chosen in its options, and no chart outlives the Base", async () => {
		const pj = await harness().open({ vault: VAULT, theme: "dark" });
		await openBase(pj, "trends");
		const canvases = await inkedCanvases(pj, ".pj-test-base");
		expect(canvases.length).toBeGreaterThan(0);
		for (const canvas of canvases) expect(canvas.share, `blank chart: ${canvas.label}`).toBeGreaterThan(0.01);
		await pj.screenshot("bases-view-trends-dark");
		expect(await pj.liveCharts()).toBe(canvases.length);
		await pj.page.evaluate(() => (window as unknown as { pjBase: { close(): void } }).pjBase.close());
		expect(await pj.liveCharts()).toBe(0);
		await pj.close();
	});
});
