// Issue 11, defect 5, in a real Chromium at phone size (390 x 844): the stream form's Save stays on
// screen however long the form, and a picker's question wraps instead of being cut.
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readVault, type PluginPage } from "./harness";
import { useHarness } from "./use-harness";

const VAULT = readVault("freelance-researcher");
const PHONE = { width: 390, height: 844 };

/**
 * Seen, not only laid out: inside the screen, and what the screen shows at its middle is that
 * element, not the buttons' bar over it or nothing (clipped by the scrolling form).
 */
const seen = (el: Locator): Promise<boolean> =>
	el.evaluate((node) => {
		const box = node.getBoundingClientRect();
		const inside = box.left >= 0 && box.right <= window.innerWidth && box.top >= 0 && box.bottom <= window.innerHeight;
		return inside && node.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
	});

describe("forms on a phone", () => {
	const harness = useHarness();

	/** A phone-sized page with the stream form open on Open science. */
	async function openStreamForm(): Promise<{ pj: PluginPage; modal: Locator }> {
		const pj = await harness().open({ vault: VAULT, ...PHONE });
		await pj.page.evaluate(async () => {
			const { app } = window.__pj;
			await app!.workspace.getLeaf(false).openFile(app!.vault.getFileByPath("Streams/Open science.md")!);
		});
		expect(await pj.runCommand("portfolio-journal:tag-note-as-stream")).toBe(true);
		const modal = pj.page.locator(".modal");
		await modal.waitFor();
		return { pj, modal };
	}

	it("keeps the stream form within 390 px, first field focused and Save on screen", async () => {
		const { pj, modal } = await openStreamForm();
		expect(await pj.page.evaluate(() => document.activeElement?.closest("[data-key]")?.getAttribute("data-key"))).toBe("role");
		const save = modal.getByRole("button", { name: "Save" });
		const box = await save.boundingBox();
		expect(box).not.toBeNull();
		// Entirely inside the screen, without scrolling the page.
		expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
		expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
		expect(await pj.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
		await pj.screenshot("phone-stream-form");
		await pj.close();
	});

	it("shows the stream form's currency field and its refusal within 390 px, Save still on screen", async () => {
		const { pj, modal } = await openStreamForm();
		const row = modal.locator('[data-key="currency"]');
		const input = row.locator("input");
		await input.scrollIntoViewIfNeeded();
		expect(await row.locator(".setting-item-description").textContent()).toContain("Leave it empty for the vault currency (USD).");
		await input.fill("EURO");
		await input.press("Enter");
		const error = row.locator(".portfolio-journal-field-error");
		await expect.poll(() => error.textContent()).toBe('"EURO" is not a currency code; write three letters like EUR or GBP.');
		// The refused field has the focus, and it, its error and Save are all on the phone's screen.
		expect(await pj.page.evaluate(() => document.activeElement?.closest("[data-key]")?.getAttribute("data-key"))).toBe("currency");
		// Seen, not only laid out (see seen() above).
		expect(await seen(input)).toBe(true);
		expect(await seen(error)).toBe(true);
		expect(await seen(modal.getByRole("button", { name: "Save" }))).toBe(true);
		expect(await pj.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
		await pj.screenshot("phone-stream-form-currency");
		await pj.close();
	});

	it("offers Map your portfolio on the start screen, and its form fits with Create notes on screen", async () => {
		const pj = await harness().open({ vault: {}, ...PHONE });
		await pj.openDashboard();
		expect(await pj.dashboardText()).toContain("Map your portfolio: the first step");
		// The stand-in draws a modal in the page's flow, not over it as Obsidian does: close the pane first.
		await pj.closeDashboard();
		expect(await pj.runCommand("portfolio-journal:map-portfolio")).toBe(true);
		const modal = pj.page.locator(".modal");
		await modal.waitFor();
		expect(await pj.page.evaluate(() => document.activeElement?.id)).toBe("pj-map-0-name");
		const box = await modal.getByRole("button", { name: "Create notes" }).boundingBox();
		expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
		expect(await pj.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
		await pj.screenshot("phone-map-portfolio");
		await pj.close();
	});

	it("brings a refused field of Map your portfolio and its error into view, the error under the field's bottom edge", async () => {
		const pj = await harness().open({ vault: {}, ...PHONE });
		expect(await pj.runCommand("portfolio-journal:map-portfolio")).toBe(true);
		const modal = pj.page.locator(".modal");
		await modal.waitFor();
		// The last row, far down the scrolling form.
		const last = (await modal.locator(".pj-map-row").count()) - 1;
		await modal.locator(`#pj-map-${last}-name`).fill("Union job");
		const input = modal.locator(`#pj-map-${last}-targetIncome`);
		// The field sits at the bottom of what the form shows: its error, written under it, starts out of view.
		await input.evaluate((el) => el.scrollIntoView({ block: "end" }));
		await input.fill("lots");
		await input.press("Enter");
		const error = modal.locator(`#pj-error-${last}-targetIncome`);
		await expect.poll(() => error.textContent()).not.toBe("");
		expect(await pj.page.evaluate(() => document.activeElement?.id)).toBe(`pj-map-${last}-targetIncome`);
		expect(await seen(input)).toBe(true);
		expect(await seen(error)).toBe(true);
		await pj.screenshot("phone-map-portfolio-refused");
		await pj.close();
	});

	it("shows Add link between streams' whole question above the input", async () => {
		const pj = await harness().open({ vault: VAULT, ...PHONE });
		expect(await pj.runCommand("portfolio-journal:link-streams")).toBe(true);
		await pj.page.locator(".modal .suggestion-item", { hasText: "Writing and speaking" }).first().click();
		const question = pj.page.locator(".modal .pj-picker-question");
		await expect.poll(() => question.textContent()).toBe("Which stream does Writing and speaking fund, teach or protect?");
		const fits = await question.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().right <= window.innerWidth);
		expect(fits).toBe(true);
		await pj.screenshot("phone-link-streams-picker");
		await pj.close();
	});
});
