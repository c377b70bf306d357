// Loads the real plugin class into the in-memory Obsidian stand-in, for the adapter tests.
import type { App as ObsidianApp } from "obsidian";
import manifest from "../../manifest.json";
import PortfolioJournalPlugin from "../../src/main";
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
