// The Roadmap and Compare sections in a real Chromium on the freelance researcher's vault: drawn,
// clickable, and readable at 390 px (no sideways scrolling, quarter cards in one column, the compare
// table inside its own scroll box). Screenshots go to tests/browser/.out/.
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {} from "../obsidian/dashboard/browser-entry";
import { launchDashboardPage, seedPortfolio } from "./dashboard-page";

const OUT = "tests/browser/.out";
let browser: Browser;
let page: Page;
let pageHtml: string;

async function open(width: number, theme: "light" | "dark" = "light"): Promise<void> {
	await page.setViewportSize({ width, height: 900 });
	await page.setContent(pageHtml);
	await page.evaluate(([p, t]) => window.__pjDashboard.render(p, t), [seedPortfolio("freelance-researcher"), theme] as const);
}

beforeAll(async () => {
	({ browser, page, html: pageHtml } = await launchDashboardPage());
	mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
	await browser?.close();
});

describe("planning sections in Chromium", () => {
	it("draws the roadmap as quarter cards side by side at 1200 px, the course starting in 2027-Q2", async () => {
		await open(1200);
		const cards = page.locator(".pj-section-roadmap .pj-roadmap-quarter");
		expect(await cards.count()).toBe(8);
		const tops = await cards.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
		// At 1200 px several quarters share a row.
		expect(new Set(tops).size).toBeLessThan(8);
		const launch = cards.nth(2);
		expect(await launch.locator(".pj-roadmap-title").textContent()).toBe("2027-Q2");
		expect(await launch.locator(".pj-roadmap-totals").textContent()).toBe("54 h a week · $108,000 a year");
		expect(await launch.locator("li", { hasText: "Online course" }).locator(".pj-badge-starts").isVisible()).toBe(true);
		// The swatch carries the stream's colour, the same one the graph gives it.
		const swatch = await launch.locator("li", { hasText: "Online course" }).locator(".pj-swatch").evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(swatch).not.toBe("rgba(0, 0, 0, 0)");
		await launch.locator("a", { hasText: "Online course" }).click();
		expect(await page.evaluate(() => window.__pjDashboard.opened.at(-1))).toBe("Streams/Online course.md");
		await page.locator(".pj-section-roadmap").screenshot({ path: `${OUT}/planning-roadmap-1200.png` });
	});

	it("draws the comparison with the better value of a row marked", async () => {
		await open(1200);
		const headers = await page.locator(".pj-section-compare thead th").allTextContents();
		expect(headers).toEqual(["Measure", "Now", "Retainer into a product"]);
		const income = page.locator(".pj-section-compare tbody tr", { hasText: "Income a year" });
		expect(await income.locator("td").allTextContents()).toEqual(["Income a year", "$90,000", "$111,000 ✓"]);
		const [plain, better] = await income.locator("td").evaluateAll((tds) => tds.slice(1).map((td) => getComputedStyle(td).fontWeight));
		expect(Number(better)).toBeGreaterThan(Number(plain));
		await page.locator(".pj-section-compare").screenshot({ path: `${OUT}/planning-compare-1200.png` });
	});

	for (const theme of ["light", "dark"] as const) {
		it(`stays readable at 390 px (${theme}): one card a row, nothing wider than the window`, async () => {
			await open(390, theme);
			const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
			expect(widths.page).toBeLessThanOrEqual(widths.view);
			const lefts = await page.locator(".pj-roadmap-quarter").evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().left)));
			expect(new Set(lefts).size).toBe(1);
			// The compare table scrolls inside its box if it must; its box stays within the window.
			const box = await page.locator(".pj-section-compare .pj-table-wrap").boundingBox();
			expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
			// Text stays legible: no roadmap stream line squeezed under 10 px of font.
			const sizes = await page.locator(".pj-roadmap-streams li").evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
			for (const size of sizes) expect(size).toBeGreaterThanOrEqual(10);
			await page.locator(".pj-section-roadmap").screenshot({ path: `${OUT}/planning-roadmap-${theme}-390.png` });
			await page.locator(".pj-section-compare").screenshot({ path: `${OUT}/planning-compare-${theme}-390.png` });
		});
	}
});
