// @vitest-environment happy-dom
// Plugin lifecycle: onload only registers; the index waits for layout-ready; unload releases all.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { ChartRegistry } from "../../src/obsidian/dashboard/chart-registry";
import { renderDashboard } from "../../src/obsidian/dashboard/render-dashboard";
import { DASHBOARD_VIEW_TYPE } from "../../src/obsidian/dashboard-view";
import { App, Vault } from "../fakes/obsidian";
import { loadPlugin, readSeedVault } from "./plugin-fixture";

const SEED = readSeedVault("freelance-researcher");
const streamFiles = Object.keys(SEED).filter((path) => path.startsWith("Streams/"));

describe("plugin lifecycle", () => {
	beforeEach(() => document.body.replaceChildren());
	afterEach(() => vi.useRealTimers());

	it("registers everything in onload without reading or listing any note", async () => {
		// Spies on the prototype, set before the app exists: nothing may touch files before layout-ready.
		const spies = (["read", "cachedRead", "getMarkdownFiles", "getFiles"] as const).map((method) => vi.spyOn(Vault.prototype, method));
		const { app, plugin } = await loadPlugin(SEED);
		for (const spy of spies) expect(spy).not.toHaveBeenCalled();
		expect(Object.keys(app.commands.commands)).toContain("portfolio-journal:open-dashboard");
		expect(app.ribbonEl.querySelector("[aria-label='Open portfolio dashboard']")).not.toBeNull();
		expect(app.codeBlockProcessors.has("portfolio")).toBe(true);
		expect(app.settingTabs).toHaveLength(1);
		expect(plugin.index.ready).toBe(false);

		app.workspace.triggerLayoutReady();
		expect(plugin.index.ready).toBe(true);
		expect(plugin.index.portfolio.streams.map((s) => s.path).sort()).toEqual(streamFiles.sort());
		// Indexing takes the notes from the metadata cache; it reads only the review notes, whose answers
		// (list item text) the cache does not hold.
		expect(spies[0]).not.toHaveBeenCalled();
		const read = spies[1]?.mock.calls.map(([file]) => (file as { path: string }).path) ?? [];
		expect(read.length).toBeGreaterThan(0);
		for (const path of read) expect(plugin.index.portfolio.reviews.map((r) => r.path)).toContain(path);
		for (const spy of spies) spy.mockRestore();
	});

	it("opens one dashboard from the command and reuses it", async () => {
		const { app } = await loadPlugin(SEED);
		app.workspace.triggerLayoutReady();
		expect(app.commands.executeCommandById("portfolio-journal:open-dashboard")).toBe(true);
		await vi.waitFor(() => expect(app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)).toHaveLength(1));
		const leaf = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]!;
		await vi.waitFor(() => expect(leaf.containerEl.textContent).toContain(streamFiles[0]!.slice("Streams/".length, -3)));
		app.commands.executeCommandById("portfolio-journal:open-dashboard");
		(app.ribbonEl.querySelector("[aria-label='Open portfolio dashboard']") as HTMLElement).click();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)).toHaveLength(1);
	});

	it("fills a dashboard restored from the saved layout once the notes are indexed", async () => {
		const app = new App(SEED);
		await app.workspace.restoreLayout([DASHBOARD_VIEW_TYPE]);
		await loadPlugin(SEED, undefined, app);
		const leaf = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]!;
		await vi.waitFor(() => expect(leaf.containerEl.textContent).toContain("Indexing your notes"));
		app.workspace.triggerLayoutReady();
		expect(leaf.containerEl.textContent).not.toContain("Indexing your notes");
		// The first sections are drawn at once, the rest in tasks of their own.
		await vi.waitFor(() => expect(leaf.containerEl.textContent).toContain(streamFiles[0]!.slice("Streams/".length, -3)));
	});

	it("offers in the command palette every command the empty dashboard tells people to use", async () => {
		const { app, plugin } = await loadPlugin({});
		app.workspace.triggerLayoutReady();
		const view = document.body.createDiv();
		await renderDashboard(view, plugin.index.portfolio, { settings: DEFAULT_SETTINGS, charts: new ChartRegistry(), openNote: () => undefined });
		const named = [...view.querySelectorAll(".pj-start li strong")].map((el) => el.textContent);
		const registered = Object.values(app.commands.commands).map((command) => command.name);
		expect(named.length).toBeGreaterThan(0);
		for (const name of named) expect(registered).toContain(name);
	});

	it("releases its listeners, commands and code block on unload", async () => {
		const { app, plugin } = await loadPlugin(SEED);
		const baseline = { changed: app.metadataCache.listenerCount("changed"), rename: app.vault.listenerCount("rename") };
		app.workspace.triggerLayoutReady();
		expect(app.metadataCache.listenerCount("changed")).toBeGreaterThan(baseline.changed);
		plugin.unload();
		expect(app.metadataCache.listenerCount("changed")).toBe(0);
		expect(app.vault.listenerCount("rename")).toBe(0);
		expect(app.commands.commands["portfolio-journal:open-dashboard"]).toBeUndefined();
		expect(app.codeBlockProcessors.has("portfolio")).toBe(false);
	});

	it("does not start the index when it was unloaded before the layout was ready", async () => {
		// Obsidian keeps onLayoutReady callbacks queued after a plugin unloads (disabled during start-up).
		const { app, plugin } = await loadPlugin(SEED);
		plugin.unload();
		app.workspace.triggerLayoutReady();
		expect(plugin.index.ready).toBe(false);
		expect(app.metadataCache.listenerCount("changed")).toBe(0);
		expect(app.vault.listenerCount("rename")).toBe(0);
	});

	it("checks the date every quarter of an hour, so the quarter turns over while Obsidian stays open", async () => {
		vi.useFakeTimers();
		const { app, plugin } = await loadPlugin(SEED);
		app.workspace.triggerLayoutReady();
		const check = vi.spyOn(plugin.index, "refreshIfNewDay");
		vi.advanceTimersByTime(15 * 60_000);
		expect(check).toHaveBeenCalledTimes(1);
		plugin.unload();
		vi.advanceTimersByTime(15 * 60_000);
		expect(check).toHaveBeenCalledTimes(1);
	});
});
