// Runs inside the browser page: the Obsidian stand-in plus the hooks the harness drives it with.
// Bundled by harness.ts into one IIFE; exposes `window.__pj`.
import * as obsidian from "../fakes/obsidian";

interface PluginLike {
	loadAndWait(): Promise<void>;
	unload(): void;
	index: { revision: number; refreshNow(): void };
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
	createApp(files: Record<string, string>, saved: unknown): void;
	loadPlugin(manifest: obsidian.PluginManifest): Promise<void>;
	liveCharts(): number;
}

declare global {
	interface Window {
		__pj: PageApi;
		__pjPluginClass?: PluginClass;
	}
}

const api: PageApi = {
	obsidian,
	app: null,
	plugin: null,
	alerts: [],
	canvases: new Set(),
	createApp(files, saved) {
		obsidian.installDomHelpers(window);
		const app = new obsidian.App(files);
		if (saved !== undefined && saved !== null) app.pluginData.set("portfolio-journal", JSON.stringify(saved));
		api.app = app;
	},
	async loadPlugin(manifest) {
		const Plugin = window.__pjPluginClass;
		if (!api.app || !Plugin) throw new Error("createApp and main.js must come first");
		const plugin = new Plugin(api.app, manifest);
		await plugin.loadAndWait();
		api.plugin = plugin;
		api.app.workspace.triggerLayoutReady();
	},
	// chart.js marks a canvas it draws on with `$chartjs` and removes the mark in destroy().
	liveCharts() {
		return [...api.canvases].filter((canvas) => "$chartjs" in canvas).length;
	},
};

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
