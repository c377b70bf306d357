// @vitest-environment happy-dom
// The dashboard pane redraws only when it is visible and the model's revision moved, and opens notes.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type PortfolioJournalPlugin from "../../src/main";
import { DASHBOARD_VIEW_TYPE, type DashboardView } from "../../src/obsidian/dashboard-view";
import type { App, WorkspaceLeaf } from "../fakes/obsidian";
import { loadPlugin, streamNote } from "./plugin-fixture";

const files = {
	"Streams/Anchor job.md": streamNote("role: anchor", "hours-per-week: 30"),
	"Streams/Side course.md": streamNote("role: leverage", "hours-per-week: 10"),
	"Notes/Shopping.md": "Milk and bread.",
};

async function openDashboard(): Promise<{ app: App; plugin: PortfolioJournalPlugin; view: DashboardView; leaf: WorkspaceLeaf }> {
	const { app, plugin } = await loadPlugin(files);
	app.workspace.triggerLayoutReady();
	await plugin.openDashboard();
	const leaf = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]!;
	return { app, plugin, view: leaf.view as unknown as DashboardView, leaf };
}

async function edit(app: App, path: string, text: string): Promise<void> {
	await app.vault.modify(app.vault.getFileByPath(path)!, text);
	// The debounced rebuild, then the update drawn a section at a time, each in a task of its own.
	await vi.advanceTimersByTimeAsync(1000);
}

describe("dashboard view", () => {
	beforeEach(() => {
		document.body.replaceChildren();
		vi.useFakeTimers();
	});
	afterEach(() => vi.useRealTimers());

	it("draws once on open and again only when the portfolio changed", async () => {
		const { app, view } = await openDashboard();
		expect(view.redraws).toBe(1);
		expect(view.contentEl.textContent).toContain("Side course");

		await edit(app, "Notes/Shopping.md", "Milk, bread and eggs.");
		app.workspace.trigger("layout-change");
		view.onResize();
		expect(view.redraws).toBe(1);

		await edit(app, "Streams/Side course.md", streamNote("role: leverage", "hours-per-week: 10", "status: paused"));
		expect(view.redraws).toBe(2);
	});

	it("skips updates while hidden and catches up when shown", async () => {
		const { app, view, leaf } = await openDashboard();
		leaf.setHidden(true);
		await app.vault.create("Streams/Seed app.md", streamNote("role: seed"));
		vi.advanceTimersByTime(1000);
		expect(view.redraws).toBe(1);
		expect(view.contentEl.textContent).not.toContain("Seed app");
		leaf.setHidden(false);
		expect(view.redraws).toBe(2);
		// An update is drawn a section at a time, each in a task of its own.
		await vi.advanceTimersByTimeAsync(100);
		expect(view.contentEl.textContent).toContain("Seed app");
	});

	it("redraws when a setting it shows changes, though the portfolio did not", async () => {
		const { plugin, view } = await openDashboard();
		expect(view.contentEl.textContent).toContain("$0");
		await plugin.saveSettings({ ...plugin.settings, currency: "EUR" });
		await vi.advanceTimersByTimeAsync(1000);
		expect(view.redraws).toBe(2);
		expect(view.contentEl.textContent).toContain("€0");
	});

	it("opens a stream's note from its link, in another tab", async () => {
		const { app, view } = await openDashboard();
		const link = view.contentEl.querySelector<HTMLElement>("[data-path='Streams/Anchor job.md']");
		expect(link).not.toBeNull();
		link!.click();
		await vi.waitFor(() => expect(app.workspace.openedPaths).toEqual(["Streams/Anchor job.md"]));
		expect(app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)).toHaveLength(1);
	});

	it("empties itself and forgets the index when closed", async () => {
		const { app, view } = await openDashboard();
		view.leaf.detach();
		await vi.waitFor(() => expect(view.contentEl.childElementCount).toBe(0));
		await edit(app, "Streams/Side course.md", streamNote("hours-per-week: 1"));
		expect(view.redraws).toBe(1);
		expect(view.charts.live).toBe(0);
	});
});
