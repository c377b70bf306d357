// Loads the real plugin class into the in-memory Obsidian stand-in, for the adapter tests.
import type { App as ObsidianApp } from "obsidian";
import { vi } from "vitest";
import manifest from "../../manifest.json";
import PortfolioJournalPlugin from "../../src/main";
import { DASHBOARD_VIEW_TYPE, type DashboardView } from "../../src/obsidian/dashboard-view";
import { App } from "../fakes/obsidian";

export { readSeedVault } from "../support/seed-files";

/** The fake app and the plugin loaded into it. */
export interface Loaded {
	app: App;
	plugin: PortfolioJournalPlugin;
}

/** A stream note with the given frontmatter lines. */
export function streamNote(...lines: string[]): string {
	return ["---", "tags: portfolio/stream", ...lines, "---", "Body text stays.", ""].join("\n");
}

/** Creates the app, loads the plugin (onload only: the layout is not ready yet). */
export async function loadPlugin(files: Record<string, string>, saved?: unknown, app = new App(files)): Promise<Loaded> {
	if (saved !== undefined) app.pluginData.set(manifest.id, JSON.stringify(saved));
	const plugin = new PortfolioJournalPlugin(app as unknown as ObsidianApp, manifest);
	await (plugin as unknown as { loadAndWait(): Promise<void> }).loadAndWait();
	return { app, plugin };
}

/**
 * Loads the plugin, readies the layout and opens the dashboard, then lets its draw finish (fake
 * timers: the index's debounce and the sections drawn a task at a time).
 */
export async function openDashboardView(files: Record<string, string>, saved?: unknown): Promise<Loaded & { view: DashboardView }> {
	const loaded = await loadPlugin(files, saved);
	loaded.app.workspace.triggerLayoutReady();
	await loaded.plugin.openDashboard();
	await vi.advanceTimersByTimeAsync(1000);
	const view = loaded.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]!.view as unknown as DashboardView;
	return { ...loaded, view };
}
