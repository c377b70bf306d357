// Issue 11's quarterly loop in a real Chromium, on the executive example: from the dashboard's
// missing-review warning, through Create quarterly review, to a cleared warning; then the answers
// written under the review's prompts appear as learnings in the ledger and as a band in the graph.
import { describe, expect, it } from "vitest";
import { readVault, type PluginPage } from "./harness";
import { useHarness } from "./use-harness";

const VAULT = readVault("portfolio-executive");
const REVIEW = "Reviews/2026-Q3 review.md";

function codes(pj: PluginPage): Promise<string[]> {
	return pj.page.evaluate(() => [...document.querySelectorAll(".pj-view .pj-issue")].map((li) => li.getAttribute("data-code") ?? ""));
}

function noteText(pj: PluginPage, path: string): Promise<string> {
	return pj.page.evaluate((p) => window.__pj.app!.vault.textAt(p) ?? "", path);
}

describe("the quarterly loop in a real browser", () => {
	const harness = useHarness();

	it("walks the executive example from the missing review to answered prompts in the ledger and the graph", async () => {
		const pj = await harness().open({ vault: VAULT });
		// 2026-11-21: 2026-Q4 runs and 2026-Q3, the last finished quarter, has no review.
		await pj.page.clock.setFixedTime(new Date(2026, 10, 21, 12, 0, 0));
		await pj.page.evaluate(() => window.__pj.plugin!.index.refreshNow());
		await pj.openDashboard();
		await expect.poll(() => pj.dashboardText()).toContain('There is no review of 2026-Q3 yet: run "Create quarterly review"');

		expect(await pj.runCommand("portfolio-journal:create-quarterly-review")).toBe(true);
		await expect.poll(() => pj.openedPaths()).toContain(REVIEW);
		// The last finished quarter was owed, so nothing was asked.
		expect(await pj.page.locator(".modal").count()).toBe(0);
		await expect.poll(() => codes(pj), { timeout: 5000 }).toContain("draft-review");
		expect(await codes(pj)).not.toContain("missing-review");
		// Still the one silent stream of 2026-Q2, not one per stream of a review nobody has answered yet.
		expect((await codes(pj)).filter((c) => c === "silent-stream")).toHaveLength(1);
		await pj.screenshot("review-loop-draft");

		const answer = "The prompt library became three issues.";
		const written = (await noteText(pj, REVIEW))
			.replace("- What did [[AI tools]] teach [[Newsletter]] this quarter?\n  - ", `- What did [[AI tools]] teach [[Newsletter]] this quarter?\n  - ${answer}`)
			.replace("draft: true\n", "");
		expect(written).toContain(answer);
		await pj.editNote(REVIEW, written);

		await expect.poll(() => pj.dashboardText(), { timeout: 5000 }).toContain(answer);
		const ledgerRow = pj.page.locator(".pj-view .pj-learning", { hasText: answer });
		await expect.poll(() => ledgerRow.textContent()).toContain("AI tools → Newsletter");
		expect(await ledgerRow.textContent()).toContain("2026-Q3");
		// One band per pair of streams, either way round, with the learnings drawn on it.
		const pair = ['[data-from="Streams/AI tools.md"][data-to="Streams/Newsletter.md"]', '[data-from="Streams/Newsletter.md"][data-to="Streams/AI tools.md"]'];
		const band = pj.page.locator(`.pj-view .pj-band:is(${pair.join(", ")}) path.pj-edge-learned`);
		await expect.poll(() => band.count()).toBe(1);
		expect(await codes(pj)).not.toContain("draft-review");
		expect(await codes(pj)).not.toContain("missing-review");
		await pj.screenshot("review-loop-answered");
		await pj.close();
	});
});
