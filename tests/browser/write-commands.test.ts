// The write commands of the built plugin in a real Chromium, each flow once through its modal
// the way a person clicks it, on the freelance researcher's vault; then the note written.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from "vitest";
import { readVault, startHarness, type Harness, type PluginPage } from "./harness";

const VAULT = readVault("freelance-researcher");

async function noteText(pj: PluginPage, path: string): Promise<string | undefined> {
	return pj.page.evaluate((p) => window.__pj.app!.vault.textAt(p), path);
}

async function openNote(pj: PluginPage, path: string): Promise<void> {
	await pj.page.evaluate(async (p) => {
		const { app } = window.__pj;
		const file = app!.vault.getFileByPath(p);
		if (!file) throw new Error(`no ${p}`);
		await app!.workspace.getLeaf(false).openFile(file);
	}, path);
}

async function choose(pj: PluginPage, text: string): Promise<void> {
	await pj.page.locator(".modal .suggestion-item", { hasText: text }).first().click();
}

describe("write commands in a real browser", () => {
	let harness: Harness;
	let pj: PluginPage;
	beforeAll(async () => {
		harness = await startHarness();
	});
	afterAll(async () => {
		await harness?.close();
	});
	beforeEach(async () => {
		pj = await harness.open({ vault: VAULT });
		// The review's quarter and the learnings' dates come from the clock: 2026-11-21, as in the approved note.
		await pj.page.clock.setFixedTime(new Date(2026, 10, 21, 12, 0, 0));
		await pj.page.evaluate(() => window.__pj.plugin!.index.refreshNow());
	});
	afterEach(async () => {
		await pj?.close();
	});

	it("Create quarterly review asks before reviewing the running quarter, then writes the approved note and opens it", async () => {
		// 2026-Q3 has its review, so the review owed is 2026-Q4, which runs until 2026-12-31.
		expect(await pj.runCommand("portfolio-journal:create-quarterly-review")).toBe(true);
		const modal = pj.page.locator(".modal");
		await expect.poll(() => modal.textContent()).toContain("2026-Q4 is not over yet (it ends on 2026-12-31)");
		await modal.getByRole("button", { name: "Create review" }).click();
		await expect.poll(() => pj.openedPaths()).toContain("Reviews/2026-Q4 review.md");
		expect(await noteText(pj, "Reviews/2026-Q4 review.md")).toBe(readFileSync("tests/approved/freelance-researcher-2026-Q4.md", "utf8"));
	});

	it("Tag note as portfolio stream saves the form's fields into a plain note", async () => {
		await pj.editNote("Ideas/Workshops.md", "---\naliases: [Teaching] # keep me\n---\nRun two workshops a year.\n");
		await openNote(pj, "Ideas/Workshops.md");
		await pj.runCommand("portfolio-journal:tag-note-as-stream");
		const modal = pj.page.locator(".modal");
		await modal.locator('[data-key="role"] select').selectOption("seed");
		await modal.locator('[data-key="hours-per-week"] input').fill("three");
		await modal.getByRole("button", { name: "Save" }).click();
		await expect.poll(() => modal.locator(".portfolio-journal-field-error").allTextContents()).toContain('"three" is not a number of hours; write it like 20, 12.5 or 20h (numbers are read in the 1,234.5 format, a setting).');
		await modal.locator('[data-key="hours-per-week"] input').fill("3h");
		await pj.screenshot("write-tag-stream-form");
		await modal.getByRole("button", { name: "Save" }).click();
		await expect.poll(() => noteText(pj, "Ideas/Workshops.md")).toBe("---\naliases: [Teaching] # keep me\nrole: seed\nhours-per-week: 3\ntags:\n  - portfolio/stream\n---\nRun two workshops a year.\n");
	});

	it("Link a learning appends it to the teaching stream's note", async () => {
		const before = (await noteText(pj, "Streams/Writing and speaking.md")) ?? "";
		await pj.runCommand("portfolio-journal:link-learning");
		await choose(pj, "Writing and speaking");
		await choose(pj, "Retainer consulting");
		await pj.page.locator(".modal textarea").fill("Talk questions showed which study the client should run next.");
		await pj.screenshot("write-learning-text");
		await pj.page.getByRole("button", { name: "Save learning" }).click();
		const item = '  - "2026-11-21 [[Retainer consulting]]: Talk questions showed which study the client should run next."\n';
		await expect.poll(() => noteText(pj, "Streams/Writing and speaking.md")).toBe(before.replace("\n---\n", `\nlearnings:\n${item}---\n`));
	});

	it("Add link between streams adds the link to the source note's list", async () => {
		const before = (await noteText(pj, "Streams/Open science.md")) ?? "";
		await pj.runCommand("portfolio-journal:link-streams");
		await choose(pj, "Open science");
		await choose(pj, "Writing and speaking");
		await choose(pj, "teaches:");
		const expected = before.replace('  - "[[Streams/Research projects]]"\n', '  - "[[Streams/Research projects]]"\n  - "[[Writing and speaking]]"\n');
		expect(expected).not.toBe(before);
		await expect.poll(() => noteText(pj, "Streams/Open science.md")).toBe(expected);
	});
});
