// Long stream names on the allocation charts' axis, in a real Chromium: each label stays on the
// canvas and inside its own bar's band (chart.js gives every stream the same share of the height),
// on a desktop pane and in a 320 px sidebar; a name too long for three lines ends in "…".
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Portfolio, Stream } from "../../src/core/types";
import type {} from "../obsidian/dashboard/browser-entry";
import { launchDashboardPage, seedPortfolio } from "./dashboard-page";

const OUT = "tests/browser/.out";
const PHRASE = "Extraordinarily long stream name about the international comparative research programme on fatigue";
const WORD = "NoNumbersAtAllButAVeryLongSingleWordNameWithoutAnySpacesWhatsoeverToBreak";

let browser: Browser;
let page: Page;
let html: string;

/** The researcher vault with two of its active streams renamed to the long phrase and the long word. */
function longNames(): Portfolio {
	const base = seedPortfolio("freelance-researcher");
	const [first, second] = base.streams.filter((s) => s.status === "active");
	const names = new Map([[first?.path, PHRASE], [second?.path, WORD]]);
	const streams: Stream[] = base.streams.map((s) => ({ ...s, name: names.get(s.path) ?? s.name }));
	return { ...base, streams };
}

beforeAll(async () => {
	({ browser, page, html } = await launchDashboardPage());
	mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
	await browser?.close();
});

describe("allocation axis labels", () => {
	it.each([1200, 320])("keep long names on the canvas and apart from each other at %i px", async (width) => {
		await page.setViewportSize({ width, height: 900 });
		await page.setContent(html);
		await page.evaluate((p) => window.__pjDashboard.render(p, "light"), longNames());
		await page.waitForFunction(() => Array.from(document.querySelectorAll(".pj-allocation canvas")).every((c) => "$chartjs" in c), undefined, { timeout: 10_000 });
		const axes = await page.evaluate(() => window.__pjDashboard.allocationAxes());
		expect(axes).toHaveLength(2);
		for (const axis of axes) {
			for (const [i, label] of axis.labels.entries()) {
				expect(label.top, label.lines.join(" ")).toBeGreaterThanOrEqual(0);
				expect(label.bottom, label.lines.join(" ")).toBeLessThanOrEqual(axis.height);
				const next = axis.labels[i + 1];
				if (next) expect(label.bottom, `${label.lines.join(" ")} / ${next.lines.join(" ")}`).toBeLessThanOrEqual(next.top);
			}
			expect(axis.leftmostLabel).toBeGreaterThanOrEqual(0);
			const lines = axis.labels.map((label) => label.lines);
			// The phrase wraps between words, as many a line as the axis's width allows, and ends after three
			// lines in "…"; its lines read as the phrase's beginning.
			const phrase = lines.find((label) => label[0]?.startsWith("Extraordinarily")) ?? [];
			expect(phrase).toHaveLength(3);
			expect(phrase.some((line) => line.endsWith("-"))).toBe(false);
			expect(phrase[2]?.endsWith("…")).toBe(true);
			expect(PHRASE.startsWith(phrase.join(" ").replace(/…$/u, ""))).toBe(true);
			// The word is cut into pieces ending in a hyphen, as many letters a piece as the axis's width
			// allows; the third and last ends in "…", and the pieces read as the word's beginning.
			const word = lines.find((label) => label[0]?.startsWith("NoNumbers")) ?? [];
			expect(word).toHaveLength(3);
			expect(word.slice(0, 2).every((line) => line.endsWith("-"))).toBe(true);
			expect(word[2]?.endsWith("…")).toBe(true);
			expect(WORD.startsWith(word.join("").replace(/[-…]/gu, ""))).toBe(true);
		}
		await page.locator(".pj-section-allocation").screenshot({ path: `${OUT}/allocation-long-names-${width}.png` });
	});
});
