// An edit with the dashboard open, in a real Chromium with the built main.js: the charts are updated
// in place (same canvas, new bars), the table the reader expanded stays expanded, and the sections the
// edit did not touch keep their elements.
import { describe, expect, it } from "vitest";
import { readVault } from "./harness";
import { useHarness } from "./use-harness";

const stream = (hours: number, role = "seed") => `---\ntags: portfolio/stream\nrole: ${role}\nhours-per-week: ${hours}\nannual-revenue: 1000\n---\nA stream.\n`;

// 23 streams: each drift table shows 20 rows and a "Show all" row.
const VAULT: Record<string, string> = Object.fromEntries(Array.from({ length: 23 }, (_, i) => [`Streams/Stream ${String(i + 1).padStart(2, "0")}.md`, stream(i + 1, i === 0 ? "anchor" : "seed")]));

describe("dashboard updates in a real browser", () => {
	const harness = useHarness();

	it("updates charts in place and keeps an expanded table expanded", async () => {
		const pj = await harness().open({ vault: VAULT });
		await pj.openDashboard();
		const rows = () => pj.page.locator(".pj-allocation-time table tbody tr").count();
		expect(await rows()).toBe(21);
		await pj.page.locator(".pj-allocation-time .pj-show-all").click();
		expect(await rows()).toBe(23);
		// Marks on today's elements: a mark that survives the edit means the element was kept.
		const charts = await pj.liveCharts();
		await pj.page.evaluate(() => {
			for (const canvas of document.querySelectorAll<HTMLCanvasElement>(".pj-view canvas")) canvas.dataset.kept = "yes";
			document.querySelector(".pj-section-trends")!.firstElementChild!.setAttribute("data-kept", "yes");
		});
		const inkBefore = await allocationInk(pj.page);

		// Stream 01 (1 h of 276 h, hand sum 1 + ... + 23 = 276) goes to 150 h (a week has 168): the total is
		// 276 - 1 + 150 = 425 h, and its bar grows from under 1% to 150 / 425 = over 35%.
		await pj.editNote("Streams/Stream 01.md", stream(150, "anchor"));
		await expect.poll(() => pj.dashboardText(), { timeout: 5000 }).toContain("425");
		// The sections are redrawn one task at a time and the charts after them: wait for the pane to settle.
		await pj.page.evaluate(() => window.__pj.dashboardsSettled());
		expect(await rows()).toBe(23);
		expect(await pj.page.locator(".pj-allocation-time .pj-show-all").count()).toBe(0);
		const kept = await pj.page.evaluate(() => [...document.querySelectorAll<HTMLCanvasElement>(".pj-view canvas")].map((c) => c.dataset.kept ?? "new"));
		expect(kept.length).toBeGreaterThan(0);
		expect(kept.every((mark) => mark === "yes")).toBe(true);
		expect(await pj.liveCharts()).toBe(charts);
		// Trends read only the reviews (there are none): the edit left that section as it was.
		expect(await pj.page.evaluate(() => document.querySelector(".pj-section-trends")!.firstElementChild!.getAttribute("data-kept"))).toBe("yes");
		// The chart shows the new figures: more of the canvas is inked by the one long bar.
		expect(await allocationInk(pj.page)).not.toBe(inkBefore);
		await pj.close();
	});

	it("lets go of every chart when the last stream is deleted and the friendly start shows", async () => {
		const pj = await harness().open({ vault: { "Streams/Only.md": stream(10, "anchor") } });
		await pj.openDashboard();
		await pj.chartsDrawn();
		expect(await pj.liveCharts()).toBeGreaterThan(0);
		await pj.page.evaluate(async () => {
			const { vault } = window.__pj.app!;
			// The person deletes the note (the stand-in has no trash; the plugin hears the same `delete` event).
			await vault.delete(vault.getFileByPath("Streams/Only.md")!);
		});
		await pj.page.waitForSelector(".pj-view .pj-start", { timeout: 5000 });
		await pj.page.evaluate(() => window.__pj.dashboardsSettled());
		expect(await pj.page.locator(".pj-view canvas").count()).toBe(0);
		// Charts of canvases no longer in the page would keep chart.js's observers alive until the pane closes.
		expect(await pj.liveCharts()).toBe(0);
		await pj.close();
	});

	// In Obsidian the pane's content scrolls (`.view-content`); in a page of its own, the window does.
	it.each([
		["a section above it is redrawn and grows", 40, "pane"],
		["the section at the view's top was not redrawn", 0, "pane"],
		["a section above it is redrawn and grows, in a scrolling window", 40, "window"],
	] as const)("keeps the section the reader looks at in place when %s", async (_case, headingTop, scroller) => {
		const vault = readVault("freelance-researcher");
		// A day in the fourth quarter of 2026, as the seed's reviews run to its third.
		const pj = await harness().open({ vault, today: "2026-11-20", height: 800 });
		if (scroller === "pane") await pj.page.addStyleTag({ content: ".view-content { height: 700px; overflow-y: auto; }" });
		await pj.openDashboard();
		await pj.chartsDrawn();
		await pj.page.evaluate(() => window.__pj.dashboardsSettled());
		// The learnings' title, in pixels below the top of what scrolls.
		const learningsTop = () =>
			pj.page.evaluate((inPane) => {
				const top = inPane ? document.querySelector(".pj-view")!.getBoundingClientRect().top : 0;
				return document.querySelector(".pj-section-learnings .pj-section-title")!.getBoundingClientRect().top - top;
			}, scroller === "pane");
		const scrollBy = (pixels: number) =>
			pj.page.evaluate(
				async ([by, inPane]) => {
					if (inPane) document.querySelector(".pj-view")!.scrollTop += by;
					else window.scrollBy(0, by);
					await new Promise((resolve) => requestAnimationFrame(resolve));
				},
				[pixels, scroller === "pane"] as const,
			);
		await scrollBy((await learningsTop()) - headingTop);
		expect(Math.round(await learningsTop())).toBe(headingTop);
		const findingsHeight = () => pj.page.locator(".pj-section-findings").evaluate((el) => el.getBoundingClientRect().height);
		const heightBefore = await findingsHeight();
		// 70 hours a week on one stream adds findings (overload, blocks that disagree) just above the learnings.
		const stream = vault["Streams/Retainer consulting.md"]!;
		await pj.editNote("Streams/Retainer consulting.md", stream.replace("hours-per-week: 16", "hours-per-week: 70"));
		await expect.poll(findingsHeight, { timeout: 5000 }).toBeGreaterThan(heightBefore);
		await pj.page.evaluate(() => window.__pj.dashboardsSettled());
		await pj.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		expect(Math.abs((await learningsTop()) - headingTop)).toBeLessThan(1);
		await pj.close();
	});

	it("makes the allocation chart taller when streams join, keeping its canvas", async () => {
		const three = Object.fromEntries(Object.entries(VAULT).slice(0, 3));
		const pj = await harness().open({ vault: three });
		await pj.openDashboard();
		await pj.page.evaluate(() => window.__pj.dashboardsSettled());
		const box = () => pj.page.evaluate(() => {
			const canvas = document.querySelector<HTMLCanvasElement>(".pj-allocation-time canvas")!;
			return { height: canvas.parentElement!.getBoundingClientRect().height, kept: canvas.dataset.kept ?? "new" };
		});
		await pj.page.evaluate(() => (document.querySelector<HTMLCanvasElement>(".pj-allocation-time canvas")!.dataset.kept = "yes"));
		// Each short name takes 2 lines of 16 px and each stream 8 px more, plus 40 px: 3 streams need
		// 3 x (32 + 8) + 40 = 160 px, under the 200 px floor; 6 streams need 6 x 40 + 40 = 280 px.
		expect((await box()).height).toBe(200);
		for (const [path, text] of Object.entries(VAULT).slice(3, 6)) await pj.editNote(path, text);
		await expect.poll(async () => (await box()).height, { timeout: 5000 }).toBe(280);
		expect((await box()).kept).toBe("yes");
		await pj.close();
	});

	it("skips laying out the sections of a large portfolio out of view, and shows each when scrolled to", async () => {
		const pj = await harness().open({ vault: VAULT, height: 700 });
		await pj.openDashboard();
		// 23 streams: a large portfolio; the last section starts far below a 700 px window.
		expect(await pj.page.locator(".pj-dashboard.pj-large").count()).toBe(1);
		const last = pj.page.locator(".pj-dashboard > .pj-slot").last();
		// Out of view, its content is not rendered: no text is laid out for it.
		expect(await last.evaluate((el) => (el as HTMLElement).innerText.trim())).toBe("");
		await last.scrollIntoViewIfNeeded();
		await expect.poll(() => last.evaluate((el) => (el as HTMLElement).innerText.trim().length), { timeout: 5000 }).toBeGreaterThan(10);
		await pj.close();
	});
});

/** How many pixels of the time allocation chart are inked. */
function allocationInk(page: import("playwright-core").Page): Promise<number> {
	return page.evaluate(() => {
		const canvas = document.querySelector<HTMLCanvasElement>(".pj-allocation-time canvas")!;
		const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
		let inked = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
		return inked;
	});
}
