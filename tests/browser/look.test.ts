// The dashboard as a person sees it, in the real Chromium, on every example vault and on twelve
// streams with long names; at 1200 px (a desktop pane), 390 px (a phone) and 320 px (a sidebar), in
// both themes: no text under 12 px, no text on text, nothing past the pane's edge, contrast of 4.5:1
// or more, one colour per stream in every chart, the top findings in the summary. One browser, one
// page per vault; widths and themes change on the open page, as resizing a pane or switching theme does.
import { describe, expect, it } from "vitest";
import { LONG_NAMES_TODAY, longNamesVault } from "../support/long-names-vault";
import { readVault } from "./harness";
import { useHarness } from "./use-harness";
import { measureLayout } from "./layout-metrics";

const VAULTS: ReadonlyArray<readonly [string, Record<string, string>]> = [
	["freelance-researcher", readVault("freelance-researcher")],
	["union-organiser", readVault("union-organiser")],
	["portfolio-executive", readVault("portfolio-executive")],
	["twelve streams with long names", longNamesVault()],
];
const WIDTHS = [1200, 390, 320];

/** Runs in the page: each stream's colour as the graph, the drift tables and the trend legends draw it. */
const streamColors = (): Record<string, string[]> => {
	const seen: Record<string, string[]> = {};
	const add = (path: string | null, color: string): void => {
		if (!path) return;
		(seen[path] ??= []).push(color);
	};
	for (const shape of Array.from(document.querySelectorAll(".pj-view .pj-graph .pj-node"))) {
		add(shape.getAttribute("data-path"), getComputedStyle(shape.querySelector(".pj-node-shape") as Element).fill);
	}
	for (const cell of Array.from(document.querySelectorAll(".pj-view .pj-stream-cell, .pj-view .pj-chart-legend .pj-legend-item[data-path]"))) {
		const path = cell.getAttribute("data-path") ?? cell.querySelector("a")?.getAttribute("data-path") ?? null;
		add(path, getComputedStyle(cell.querySelector(".pj-swatch") as Element).backgroundColor);
	}
	return seen;
};

describe("the dashboard's look at every width and theme", () => {
	const harness = useHarness();

	it.each(VAULTS)("reads well on %s", async (_name, vault) => {
		const pj = await harness().open({ vault, width: 1200, theme: "light", today: LONG_NAMES_TODAY });
		try {
			await pj.openDashboard();
			await pj.chartsDrawn();
			for (const theme of ["light", "dark"] as const) {
				await pj.setTheme(theme);
				await pj.chartsDrawn();
				for (const width of WIDTHS) {
					await pj.page.setViewportSize({ width, height: 900 });
					await pj.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
					const at = `${theme} ${width} px`;
					const m = await pj.page.evaluate(measureLayout, ".pj-view");
					expect(m.texts, at).toBeGreaterThan(50);
					expect(m.minTextPx, `${at}: ${JSON.stringify(m.small)}`).toBeGreaterThanOrEqual(12);
					expect(m.overlappingText, `${at}: ${JSON.stringify(m.overlaps)}`).toBe(0);
					expect(m.overflowPx, at).toBeLessThanOrEqual(0.5);
					expect(m.minContrast, `${at}: ${JSON.stringify(m.faint)}`).toBeGreaterThanOrEqual(4.5);
					if (width < 480) {
						// On a phone every link, button, disclosure and menu is a 32 px tap target or more.
						const small = await pj.page.evaluate(() =>
							Array.from(document.querySelectorAll<HTMLElement>(".pj-view a, .pj-view button, .pj-view summary, .pj-view select"))
								.filter((e) => e.checkVisibility())
								.map((e) => ({ text: (e.textContent ?? "").slice(0, 30), height: e.getBoundingClientRect().height }))
								.filter((e) => e.height < 32),
						);
						expect(small, at).toEqual([]);
					}
				}
				// One colour per stream, wherever it is drawn.
				const colors = await pj.page.evaluate(streamColors);
				expect(Object.keys(colors).length, theme).toBeGreaterThan(2);
				for (const [path, seen] of Object.entries(colors)) expect(new Set(seen).size, `${theme}: ${path} drawn as ${seen.join(", ")}`).toBe(1);
			}
			// The findings that matter most are in the summary, linked to the notes the findings section names.
			const top = await pj.page.evaluate(() => Array.from(document.querySelectorAll(".pj-view .pj-section-totals .pj-top-findings li")).map((li) => li.textContent ?? ""));
			const warnings = await pj.page.evaluate(() => document.querySelectorAll(".pj-view .pj-section-findings .pj-issue-warning, .pj-view .pj-section-findings .pj-issue-error").length);
			expect(top.length).toBe(Math.min(3, warnings));
			const findingsText = await pj.page.evaluate(() => document.querySelector(".pj-view .pj-section-findings")?.textContent ?? "");
			for (const line of top) expect(findingsText).toContain(line);
		} finally {
			await pj.close();
		}
	});

	it("lays out a code block for its own width: a whole dashboard in a 300 px column of a wide window", async () => {
		const pj = await harness().open({ vault: "freelance-researcher", width: 1200, today: LONG_NAMES_TODAY });
		try {
			await pj.openDashboard();
			await pj.page.addStyleTag({ content: ".pj-test-column { width: 300px; box-sizing: border-box; }" });
			await pj.page.evaluate(async () => {
				const block = await window.__pj.app!.renderCodeBlock("portfolio", "");
				block.el.classList.add("pj-test-column");
			});
			const m = await pj.page.evaluate(measureLayout, ".pj-test-column");
			expect(m.paneWidth).toBe(300);
			expect(m.texts).toBeGreaterThan(50);
			expect(m.minTextPx, JSON.stringify(m.small)).toBeGreaterThanOrEqual(12);
			expect(m.overlappingText, JSON.stringify(m.overlaps)).toBe(0);
			expect(m.overflowPx).toBeLessThanOrEqual(0.5);
			// Narrow sections show the graph as its lists, and tables as cards, though the window is wide.
			expect(await pj.page.locator(".pj-test-column .pj-graph-box").isVisible()).toBe(false);
			expect(await pj.page.locator(".pj-test-column .pj-graph-legend").isVisible()).toBe(false);
			expect(await pj.page.locator(".pj-test-column .pj-list-support").isVisible()).toBe(true);
			expect(await pj.page.locator(".pj-test-column .pj-table thead").first().boundingBox()).toMatchObject({ height: 1 });
		} finally {
			await pj.close();
		}
	});

	it("opens a stream in one tab however often it is clicked; Mod-click, hover and the menu as in Obsidian", async () => {
		const pj = await harness().open({ vault: "freelance-researcher" });
		try {
			await pj.openDashboard();
			const link = pj.page.locator(".pj-view .pj-section-allocation .pj-stream-cell a").first();
			const path = (await link.getAttribute("data-path")) ?? "";
			const markdownTabs = (): Promise<number> => pj.page.evaluate(() => window.__pj.app!.workspace.getLeavesOfType("markdown").length);
			for (let i = 0; i < 3; i++) {
				await pj.openDashboard();
				await link.click();
			}
			await expect.poll(markdownTabs).toBe(1);
			expect(await pj.openedPaths()).toEqual([path]);
			await pj.openDashboard();
			await link.click({ modifiers: ["Control"] });
			await expect.poll(markdownTabs).toBe(2);
			// Page preview listens for hover-link; the context menu carries Obsidian's file-menu items.
			await pj.page.evaluate(() => {
				const w = window as unknown as { hovered: string[] };
				w.hovered = [];
				window.__pj.app!.workspace.on("hover-link", (info: { linktext: string; source: string }) => w.hovered.push(`${info.source}:${info.linktext}`));
				window.__pj.app!.workspace.on("file-menu", (menu: { addItem(cb: (item: { setTitle(t: string): unknown }) => unknown): unknown }) => menu.addItem((item) => item.setTitle("Added by another plugin")));
			});
			await pj.openDashboard();
			await pj.page.mouse.move(0, 0);
			await link.hover();
			expect(await pj.page.evaluate(() => (window as unknown as { hovered: string[] }).hovered)).toContain(`portfolio-journal:${path}`);
			await link.click({ button: "right" });
			const items = await pj.page.evaluate(() => window.__pj.obsidian.Menu.lastShown?.items.map((i) => i.title) ?? []);
			// Ours first, then what the file menu gathers: this plugin's own item and another plugin's.
			expect(items.slice(0, 2)).toEqual(["Open in new tab", "Open to the right"]);
			expect(items).toContain("Added by another plugin");
		} finally {
			await pj.close();
		}
	});
});
