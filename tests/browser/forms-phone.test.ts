// Issue 11, defect 5, in a real Chromium at phone size (390 x 844): the stream form's Save stays on
// screen however long the form, and a picker's question wraps instead of being cut.
import { describe, expect, it } from "vitest";
import { readVault } from "./harness";
import { useHarness } from "./use-harness";

const VAULT = readVault("freelance-researcher");
const PHONE = { width: 390, height: 844 };

describe("forms on a phone", () => {
	const harness = useHarness();

	it("keeps the stream form within 390 px, first field focused and Save on screen", async () => {
		const pj = await harness().open({ vault: VAULT, ...PHONE });
		await pj.page.evaluate(async () => {
			const { app } = window.__pj;
			await app!.workspace.getLeaf(false).openFile(app!.vault.getFileByPath("Streams/Open science.md")!);
		});
		expect(await pj.runCommand("portfolio-journal:tag-note-as-stream")).toBe(true);
		const modal = pj.page.locator(".modal");
		await modal.waitFor();
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
