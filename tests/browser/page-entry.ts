// Runs inside the browser page: the Obsidian stand-in plus the hooks the harness drives it with.
// Bundled by harness.ts into one IIFE; exposes `window.__pj`.
import * as obsidian from "../fakes/obsidian";
import { frames, watchLongestTask } from "./heartbeat";

interface PluginLike {
	loadAndWait(): Promise<void>;
	unload(): void;
	index: { revision: number; ready: boolean; refreshNow(): void; onUpdate(callback: () => void): () => void };
}
type PluginClass = new (app: obsidian.App, manifest: obsidian.PluginManifest) => PluginLike;

/** What the harness calls through page.evaluate. */
export interface PageApi {
	obsidian: typeof obsidian;
	app: obsidian.App | null;
	plugin: PluginLike | null;
	alerts: string[];
	/** Every canvas ever attached to the page, so closed panes can be checked for live charts. */
	canvases: Set<HTMLCanvasElement>;
	/** Adds notes for createApp; a large vault comes in several calls (one message of 100 MB crashes the page). */
	addFiles(files: Record<string, string>): void;
	/** The app over the notes added so far. */
	createApp(saved: unknown): void;
	/** Evaluates main.js (as a script element: parsed and run at once) and notes how long it took. */
	evaluateMain(code: string): void;
	/** Loads the plugin; the layout becomes ready at once unless `layoutReady` is false. */
	loadPlugin(manifest: obsidian.PluginManifest, layoutReady?: boolean): Promise<void>;
	/** Milliseconds of evaluating main.js plus the plugin's onload (the benchmark's loadMs). */
	loadMs: number;
	liveCharts(): number;
	/** Benchmark: makes the layout ready and returns the longest task until the index's first model, in ms. */
	timeLayoutReady(): Promise<number>;
	/** Resolves once every open dashboard pane finished its last draw, charts included. */
	dashboardsSettled(): Promise<void>;
	/** Benchmark: edits a note and returns the longest task until the open views showed it, in ms. */
	timeEdit(path: string, text: string): Promise<number>;
}

declare global {
	interface Window {
		__pj: PageApi;
		__pjPluginClass?: PluginClass;
	}
}

let pendingFiles: Record<string, string> = {};

const api: PageApi = {
	obsidian,
	app: null,
	plugin: null,
	alerts: [],
	canvases: new Set(),
	addFiles(files) {
		Object.assign(pendingFiles, files);
	},
	createApp(saved) {
		obsidian.installDomHelpers(window);
		const app = new obsidian.App(pendingFiles);
		pendingFiles = {};
		// Obsidian resolves every link while it starts: its lookup is ready by layout-ready.
		app.metadataCache.indexLinks();
		if (saved !== undefined && saved !== null) app.pluginData.set("portfolio-journal", JSON.stringify(saved));
		api.app = app;
	},
	evaluateMain(code) {
		const start = performance.now();
		const script = document.createElement("script");
		script.textContent = code;
		document.head.appendChild(script);
		api.loadMs = performance.now() - start;
	},
	loadMs: 0,
	async loadPlugin(manifest, layoutReady = true) {
		const Plugin = window.__pjPluginClass;
		if (!api.app || !Plugin) throw new Error("createApp and main.js must come first");
		const start = performance.now();
		const plugin = new Plugin(api.app, manifest);
		await plugin.loadAndWait();
		api.loadMs += performance.now() - start;
		api.plugin = plugin;
		if (layoutReady) api.app.workspace.triggerLayoutReady();
	},
	async timeLayoutReady() {
		const { app, plugin } = api;
		if (!app || !plugin) throw new Error("loadPlugin must come first");
		collectSetUpGarbage();
		const stop = watchLongestTask();
		const built = until(plugin, () => plugin.index.ready);
		app.workspace.triggerLayoutReady();
		await built;
		return stop();
	},
	async timeEdit(path, text) {
		const { app, plugin } = api;
		const file = app?.vault.getFileByPath(path);
		if (!app || !plugin || !file) throw new Error(`no plugin or no note ${path}`);
		const revision = plugin.index.revision;
		const stop = watchLongestTask();
		const shown = until(plugin, () => plugin.index.revision > revision);
		await app.vault.modify(file, text);
		await shown;
		// The open panes draw an update a section at a time and their charts after: wait for all of it.
		await api.dashboardsSettled();
		await frames(2);
		return stop();
	},
	async dashboardsSettled() {
		for (const leaf of api.app?.workspace.getLeavesOfType("portfolio-journal-dashboard") ?? []) await (leaf.view as unknown as { settled(): Promise<void> }).settled();
	},
	// chart.js marks a canvas it draws on with `$chartjs` and removes the mark in destroy().
	liveCharts() {
		return [...api.canvases].filter((canvas) => "$chartjs" in canvas).length;
	},
};

/** Resolves once `done()` holds, checked now and after each update of the index. */
function until(plugin: PluginLike, done: () => boolean): Promise<void> {
	return new Promise((resolve) => {
		if (done()) return resolve();
		const off = plugin.index.onUpdate(() => {
			if (!done()) return;
			off();
			resolve();
		});
	});
}

// A note's text must never run: any alert is recorded and fails the XSS test.
window.alert = (message?: unknown) => {
	api.alerts.push(String(message));
};

new MutationObserver((records) => {
	for (const record of records) {
		for (const node of record.addedNodes) {
			if (!node.instanceOf(Element)) continue;
			if (node.instanceOf(HTMLCanvasElement)) api.canvases.add(node);
			for (const canvas of node.querySelectorAll("canvas")) api.canvases.add(canvas);
		}
	}
}).observe(document, { childList: true, subtree: true });

window.__pj = api;

/**
 * A full garbage collection (the harness starts Chromium with --expose-gc): the stand-in builds the
 * whole vault's metadata cache just before layout-ready, and collecting those young objects would
 * otherwise fall in the plugin's first slices (a 26 ms scavenge at 200,000 notes). In Obsidian that
 * cache was loaded at start-up, long before.
 */
function collectSetUpGarbage(): void {
	(window as { gc?: () => void }).gc?.();
}
