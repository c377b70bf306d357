// Measures the plugin side in Node with the in-memory stand-in: how many rebuilds a burst of edits
// costs through the real PortfolioIndex (its real debounce and timers), and the time of onload.
import type { App as ObsidianApp, PluginManifest } from "obsidian";
import PortfolioJournalPlugin from "../../src/main";
import { PortfolioIndex } from "../../src/obsidian/portfolio-index";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { App, TFile } from "../fakes/obsidian";
import { ensureDom } from "./bench-dom";
import { noteText, type GeneratedVault } from "./generate-vault";

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The stand-in app over the generated vault (the fake metadata cache parses every note once). */
export function fakeApp(vault: GeneratedVault): App {
	const files: Record<string, string> = {};
	for (const note of vault.notes) files[note.path] = noteText(note);
	return new App(files);
}

/** The fake App where the plugin's code wants Obsidian's App type: the stand-in imitates its used surface. */
function asObsidian(app: App): ObsidianApp {
	return app as unknown as ObsidianApp;
}

/** What a burst measurement saw. */
export interface BurstResult {
	rebuilds: number;
	/** Whether the model after the burst shows the last edit (a debounce must never lose it). */
	lastEditShown: boolean;
	/** How long the events actually took to send, in ms. */
	sentWithinMs: number;
}

/**
 * Sends `events` edits to stream notes spread evenly over `withinMs` (each edit changes the model,
 * so none is skipped as a no-op), waits for the index to settle, and counts the rebuilds after start.
 */
export async function measureBurst(vault: GeneratedVault, events: number, withinMs: number, settleMs = 1500): Promise<BurstResult> {
	const app = fakeApp(vault);
	ensureDom();
	const index = new PortfolioIndex(asObsidian(app), () => DEFAULT_SETTINGS, { today: () => vault.today });
	index.load();
	await index.start();
	const before = index.rebuilds;
	const streams = vault.notes.filter((n) => vault.streamPaths.includes(n.path));
	let sent = 0;
	let lastPath = "";
	let lastHours = 0;
	const start = performance.now();
	while (sent < events) {
		const due = Math.min(events, Math.ceil(((performance.now() - start) / withinMs) * events));
		for (; sent < due; sent++) {
			const note = streams[sent % streams.length];
			if (!note) break;
			lastPath = note.path;
			lastHours = 1 + (sent % 40);
			const file = app.vault.getFileByPath(note.path);
			if (file instanceof TFile) await app.vault.modify(file, noteText({ ...note, frontmatter: { ...note.frontmatter, "hours-per-week": lastHours } }));
		}
		if (sent < events) await sleep(5);
	}
	const sentWithinMs = performance.now() - start;
	await sleep(settleMs);
	const rebuilds = index.rebuilds - before;
	const shown = index.portfolio.streams.find((s) => s.path === lastPath)?.hoursPerWeek === lastHours;
	index.unload();
	return { rebuilds, lastEditShown: shown, sentWithinMs };
}

/**
 * Time of the plugin's onload call with the stand-in over the vault: loading settings and registering
 * views, commands and the code block. The index waits for layout-ready, so it is not in this time.
 */
export async function measureOnload(vault: GeneratedVault, runs: number): Promise<number> {
	ensureDom();
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const app = fakeApp(vault);
		const manifest: PluginManifest = { id: "portfolio-journal", name: "Portfolio Journal", version: "0.0.0", minAppVersion: "1.5.0", author: "", description: "" };
		const plugin = new PortfolioJournalPlugin(asObsidian(app), manifest);
		// Loaded and unloaded through the component lifecycle, as Obsidian does, so that what onload
		// registers (listeners, an interval) is released and the process can end.
		const start = performance.now();
		await (plugin as unknown as { loadAndWait(): Promise<void> }).loadAndWait();
		samples.push(performance.now() - start);
		plugin.unload();
	}
	samples.sort((a, b) => a - b);
	return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}
