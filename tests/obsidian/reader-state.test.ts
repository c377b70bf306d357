// @vitest-environment happy-dom
// What the reader opened or picked survives an edit even when the edit changes what the control
// shows: a count in a disclosure's summary, the path of the stream a filter picked.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openDashboardView, readSeedVault } from "./plugin-fixture";

const VAULT = readSeedVault("freelance-researcher");
const COURSE = "Streams/Online course.md";

const openDashboard = () => openDashboardView(VAULT);

/** Waits out the debounced rebuild and the update, drawn a section at a time. */
async function settle(): Promise<void> {
	await vi.advanceTimersByTimeAsync(1000);
}

describe("reader state across edits", () => {
	beforeEach(() => {
		document.body.replaceChildren();
		vi.useFakeTimers();
	});
	afterEach(() => vi.useRealTimers());

	it("keeps every opened disclosure open when an edit changes the counts in their summaries", async () => {
		const { app, view } = await openDashboard();
		const summaries = () => [...view.contentEl.querySelectorAll("details")].map((d) => `${d.open ? "open" : "closed"}: ${d.querySelector("summary")!.textContent}`);
		for (const details of view.contentEl.querySelectorAll("details")) {
			details.open = true;
			details.dispatchEvent(new Event("toggle"));
		}
		const opened = summaries();
		expect(opened).toContain("open: Show all 19 connections as a table");
		expect(opened.every((line) => line.startsWith("open: "))).toBe(true);

		// One more designed connection: the course funds Open science, 19 + 1 = 20 connections.
		await app.vault.modify(app.vault.getFileByPath(COURSE)!, VAULT[COURSE]!.replace("automation-risk: medium\n", 'automation-risk: medium\nfunds:\n  - "[[Open science]]"\n'));
		await settle();
		const after = summaries();
		expect(after).toContain("open: Show all 20 connections as a table");
		expect(after.every((line) => line.startsWith("open: "))).toBe(true);
		const graphTable = view.contentEl.querySelector(".pj-section-graph details table")!;
		expect(graphTable.querySelectorAll("tbody tr")).toHaveLength(20);
	});

	it("keeps the learnings filter on a stream whose note is renamed, then moved", async () => {
		const { app, view } = await openDashboard();
		const filter = () => view.contentEl.querySelector<HTMLSelectElement>(".pj-section-learnings select")!;
		// What the list shows: the stream picked, and the streams each learning goes between.
		const shown = () => ({
			picked: filter().selectedOptions[0]?.textContent,
			routes: [...view.contentEl.querySelectorAll(".pj-learning-route")].map((route) => route.textContent),
		});
		filter().value = "Streams/Open science.md";
		filter().dispatchEvent(new Event("change"));
		expect(shown().picked).toBe("Open science");
		expect(shown().routes.length).toBeGreaterThan(0);
		expect(shown().routes.every((route) => route?.includes("Open science"))).toBe(true);

		// Links by the old name ([[Open science]] in other notes) no longer reach the note, as in Obsidian
		// without "Automatically update internal links"; the learning noted in the note itself still does.
		await app.vault.rename(app.vault.getFileByPath("Streams/Open science.md")!, "Streams/Open research.md");
		await settle();
		expect(shown().picked).toBe("Open research");
		expect(shown().routes.length).toBeGreaterThan(0);
		expect(shown().routes.every((route) => route?.includes("Open research"))).toBe(true);
		await app.vault.rename(app.vault.getFileByPath("Streams/Open research.md")!, "Archive/Open research.md");
		await settle();
		expect(filter().value).toBe("Archive/Open research.md");
		expect(shown().picked).toBe("Open research");
	});
});
