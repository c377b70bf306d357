// The Week section in a real Chromium, with the built main.js on the freelance researcher's vault:
// seven columns with blocks where their times put them at a wide pane, a day-by-day list on a phone,
// and the calendar export run as a command.
import { describe, expect, it } from "vitest";
import { readVault } from "./harness";
import { useHarness } from "./use-harness";

const VAULT = readVault("freelance-researcher");

describe("the week in a real browser", () => {
	const harness = useHarness();

	for (const theme of ["light", "dark"] as const) {
		it(`draws seven columns at 1200 px (${theme}), blocks placed by their times, the overlap side by side`, async () => {
			const pj = await harness().open({ vault: VAULT, width: 1200, theme });
			await pj.openDashboard();
			const week = pj.page.locator(".pj-view .pj-section-week");
			await week.waitFor();
			expect(await week.locator(".pj-week-list").isVisible()).toBe(false);
			const boxes = await week.evaluate((section) =>
				[...section.querySelectorAll(".pj-week-day")].map((day) =>
					[...day.querySelectorAll<HTMLElement>(".pj-week-block")].map((b) => {
						const r = b.getBoundingClientRect();
						return { name: b.querySelector(".pj-week-block-name")?.textContent ?? "", top: r.top, bottom: r.bottom, left: r.left, right: r.right, overlap: b.classList.contains("pj-week-overlap") };
					}),
				),
			);
			expect(boxes.map((day) => day.map((b) => b.name))).toEqual([
				["Retainer consulting"],
				["Retainer consulting"],
				["Writing and speaking", "Research projects"],
				["Research projects", "Open science", "Research projects"],
				["Open science", "Open science"],
				["Research projects"],
				["Writing and speaking"],
			]);
			// The grid runs from 08:00 (the earliest block) to 21:00: 13 hours. Monday's 09:00-17:00 block is
			// 8/13 of the track tall; Thursday's 18:00-21:00 block is 3/13, so 8/3 times shorter than Monday's.
			const monday = boxes[0]?.[0];
			const [research, open, evening] = boxes[3] ?? [];
			if (!monday || !research || !open || !evening) throw new Error("missing blocks");
			expect((monday.bottom - monday.top) / (evening.bottom - evening.top)).toBeCloseTo(8 / 3, 1);
			// The overlap (Thursday 16:00-17:00) sits beside the research block, both marked.
			expect([research.overlap, open.overlap, evening.overlap]).toEqual([true, true, false]);
			expect(open.left).toBeGreaterThanOrEqual(research.right - 1);
			// The evening block meets no other block: it takes the column's whole width, as Monday's does.
			expect(evening.right - evening.left).toBeCloseTo(monday.right - monday.left, 0);
			await pj.screenshot(`week-${theme}-1200`);
			await week.screenshot({ path: `tests/browser/.out/week-section-${theme}-1200.png` });
			await pj.close();
		});
	}

	it("lists the week day by day at 390 px, without sideways scrolling", async () => {
		const pj = await harness().open({ vault: VAULT, width: 390, theme: "light" });
		await pj.openDashboard();
		const week = pj.page.locator(".pj-view .pj-section-week");
		await week.waitFor();
		expect(await week.locator(".pj-week-grid").isVisible()).toBe(false);
		expect(await week.locator(".pj-week-list").isVisible()).toBe(true);
		const thursday = await week.locator(".pj-week-list-day").nth(3).innerText();
		expect(thursday).toContain("16:00-17:00");
		expect(thursday).toContain("Overlaps Research projects");
		const widths = await pj.page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
		expect(widths.page).toBeLessThanOrEqual(widths.view);
		await pj.screenshot("week-light-390");
		await week.screenshot({ path: "tests/browser/.out/week-section-light-390.png" });
		await pj.close();
	});

	it("exports the week to the calendar file by command", async () => {
		const pj = await harness().open({ vault: VAULT, width: 1200 });
		expect(await pj.runCommand("portfolio-journal:export-week-to-calendar")).toBe(true);
		await expect.poll(() => pj.page.evaluate(() => window.__pj.app!.vault.textAt("Portfolio week.ics") ?? "")).toContain("PRODID:-//Portfolio Journal//Week export//EN");
		const text = await pj.page.evaluate(() => window.__pj.app!.vault.textAt("Portfolio week.ics") ?? "");
		// 1 + 4 + 2 + 3 blocks in the vault
		expect(text.match(/BEGIN:VEVENT\r\n/gu)).toHaveLength(10);
		await pj.close();
	});
});
