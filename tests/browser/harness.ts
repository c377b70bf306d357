/**
 * Real-browser harness: the BUILT plugin (main.js from `npm run build`) running in headless
 * Chromium against the in-memory Obsidian stand-in (tests/fakes), on an example vault.
 *
 *   const harness = await startHarness();                 // one browser per test file
 *   const pj = await harness.open({ vault: "freelance-researcher", width: 1200, theme: "dark" });
 *   await pj.openDashboard();                             // runs the plugin's own command
 *   await pj.editNote("Streams/A.md", "---\n...");        // modify (or create) a note
 *   await pj.screenshot("dashboard-dark");                // tests/browser/.out/dashboard-dark.png
 *   pj.page                                               // the playwright Page, for anything else
 *   await pj.close(); await harness.close();
 *
 * In the page, `window.__pj` (tests/browser/page-entry.ts) holds the fake `app`, the `plugin`,
 * recorded `alerts`, and `liveCharts()` (canvases chart.js still holds). `app.workspace.openedPaths`
 * lists the notes opened by clicks. Open options: `vault` (a folder name under seeds/, or path ->
 * text), `settings` (data.json content), `width`/`height` (viewport), `theme` ("light" | "dark"),
 * `today` (YYYY-MM-DD).
 */
import chromium from "@sparticuz/chromium";
import { build } from "esbuild";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium as playwright, type Browser, type Page } from "playwright-core";
import { readSeedVault } from "../support/seed-files";
import { THEME_CSS } from "./theme";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const OUT = join(ROOT, "tests/browser/.out");

/** What a page is opened with. */
export interface OpenOptions {
	vault?: string | Record<string, string>;
	settings?: unknown;
	width?: number;
	height?: number;
	theme?: "light" | "dark";
	/** False: the plugin is loaded but the layout is not ready yet (the benchmark times what follows). */
	layoutReady?: boolean;
	/** The day the page believes it is (YYYY-MM-DD, local midnight), for quarters that do not move. */
	today?: string;
}

/** One page with the plugin loaded and the layout ready. */
export interface PluginPage {
	page: Page;
	openDashboard(): Promise<void>;
	/** Waits until the panes' last draw ended and every canvas holds a chart (chart.js may load after the DOM). */
	chartsDrawn(): Promise<void>;
	/** Detaches every dashboard leaf, as closing its tab does. */
	closeDashboard(): Promise<void>;
	runCommand(id: string): Promise<boolean>;
	/** Modifies a note, or creates it (with its folder) when it does not exist. */
	editNote(path: string, text: string): Promise<void>;
	setTheme(theme: "light" | "dark"): Promise<void>;
	/** Saves a full-page PNG under tests/browser/.out/ and returns its path. */
	screenshot(name: string): Promise<string>;
	/** The text of the first dashboard pane ("" when none is open). */
	dashboardText(): Promise<string>;
	openedPaths(): Promise<string[]>;
	liveCharts(): Promise<number>;
	/** Milliseconds this page spent evaluating main.js and running the plugin's onload. */
	loadMs(): Promise<number>;
	close(): Promise<void>;
}

/** A launched browser that opens plugin pages. */
export interface Harness {
	browser: Browser;
	open(options?: OpenOptions): Promise<PluginPage>;
	close(): Promise<void>;
}

let pageBundle: Promise<string> | null = null;

// The notes go to the page in messages of this many (a 200,000-note vault in one message crashes it).
const FILES_PER_MESSAGE = 10_000;

// The stand-in (with yaml) as one script the page can run; built once per test process.
function bundlePageScript(): Promise<string> {
	pageBundle ??= build({
		entryPoints: [join(ROOT, "tests/browser/page-entry.ts")],
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2020",
		write: false,
		logLevel: "silent",
	}).then((result) => result.outputFiles[0]?.text ?? "");
	return pageBundle;
}

/** Every `.md` file of seeds/<name> (dot folders skipped), as vault path -> text. */
export const readVault = readSeedVault;

/** Launches headless Chromium (no download: @sparticuz/chromium unpacks its own build). */
export async function startHarness(): Promise<Harness> {
	// --single-process (meant for AWS Lambda) ends the whole browser when one page closes.
	// --expose-gc: the benchmark collects the stand-in's set-up garbage before it starts timing.
	const args = [...chromium.args.filter((arg) => arg !== "--single-process"), "--js-flags=--expose-gc"];
	const browser = await playwright.launch({ executablePath: await chromium.executablePath(), args, headless: true });
	return {
		browser,
		open: (options) => openPage(browser, options ?? {}),
		close: () => browser.close(),
	};
}

async function openPage(browser: Browser, options: OpenOptions): Promise<PluginPage> {
	const mainPath = join(ROOT, "main.js");
	if (!existsSync(mainPath)) throw new Error("main.js is missing: run `npm run build` first.");
	const files = typeof options.vault === "string" ? readVault(options.vault) : (options.vault ?? {});
	const styles = existsSync(join(ROOT, "styles.css")) ? readFileSync(join(ROOT, "styles.css"), "utf8") : "";
	const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as unknown;
	const page = await browser.newPage({ viewport: { width: options.width ?? 1200, height: options.height ?? 900 } });
	// Date.now and new Date() return this day from the start; timers keep running.
	if (options.today) await page.clock.setFixedTime(new Date(`${options.today}T12:00:00`));
	const errors: string[] = [];
	page.on("pageerror", (error) => errors.push(error.message));
	await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body class="theme-${options.theme ?? "light"}"></body></html>`);
	await page.addStyleTag({ content: THEME_CSS });
	await page.addStyleTag({ content: styles });
	await page.addScriptTag({ content: await bundlePageScript() });
	const entries = Object.entries(files);
	for (let i = 0; i < entries.length; i += FILES_PER_MESSAGE) {
		await page.evaluate((chunk) => window.__pj.addFiles(chunk), Object.fromEntries(entries.slice(i, i + FILES_PER_MESSAGE)));
	}
	await page.evaluate((s) => window.__pj.createApp(s), options.settings ?? null);
	// main.js is a CommonJS bundle that requires 'obsidian': give it the stand-in.
	const wrapped = `(function () {
		var module = { exports: {} };
		var require = function (name) { if (name === "obsidian") return window.__pj.obsidian; throw new Error("Cannot find module " + name); };
		(function (module, exports, require) {\n${readFileSync(mainPath, "utf8")}\n})(module, module.exports, require);
		window.__pjPluginClass = module.exports.default || module.exports;
	})();`;
	await page.evaluate((code) => window.__pj.evaluateMain(code), wrapped);
	await page.evaluate(([m, ready]) => window.__pj.loadPlugin(m as never, ready), [manifest, options.layoutReady ?? true] as const);
	if (errors.length > 0) throw new Error(`Page errors while loading the plugin: ${errors.join("; ")}`);

	const pj: PluginPage = {
		page,
		openDashboard: async () => {
			if (!(await pj.runCommand("portfolio-journal:open-dashboard"))) throw new Error("The open-dashboard command is not registered.");
			// One element carries both classes: the pane's content element gets pj-view in onOpen, and
			// renderDashboard adds pj-dashboard to that same element (".pj-view .pj-dashboard" never
			// matches). Attached is enough (visibility is not the point) and a short timeout fails fast.
			await page.waitForSelector(".pj-view.pj-dashboard", { state: "attached", timeout: 10_000 });
			// The pane draws its first sections at once and each of the others from a task of its own.
			await page.evaluate(() => window.__pj.dashboardsSettled());
		},
		chartsDrawn: async () => {
			// An update (a theme switch too) redraws its sections and charts a task at a time: its end first.
			await page.evaluate(() => window.__pj.dashboardsSettled());
			await page.waitForFunction(() => Array.from(document.querySelectorAll(".pj-view canvas")).every((c) => "$chartjs" in c), undefined, { timeout: 10_000 });
		},
		closeDashboard: () => page.evaluate(() => window.__pj.app!.workspace.detachLeavesOfType("portfolio-journal-dashboard")),
		runCommand: (id) => page.evaluate((commandId) => window.__pj.app!.commands.executeCommandById(commandId), id),
		editNote: (path, text) =>
			page.evaluate(
				async ([p, t]) => {
					const { vault } = window.__pj.app!;
					const file = vault.getFileByPath(p);
					if (file) return vault.modify(file, t);
					const folder = p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "";
					if (folder && !vault.getFolderByPath(folder)) await vault.createFolder(folder);
					await vault.create(p, t);
				},
				[path, text] as const,
			),
		setTheme: (theme) =>
			page.evaluate((t) => {
				document.body.classList.remove("theme-light", "theme-dark");
				document.body.classList.add(`theme-${t}`);
				// Obsidian fires css-change on a theme switch; views re-read their colours then.
				window.__pj.app!.workspace.trigger("css-change");
			}, theme),
		screenshot: async (name) => {
			mkdirSync(OUT, { recursive: true });
			const path = join(OUT, `${name}.png`);
			await page.screenshot({ path, fullPage: true });
			return path;
		},
		dashboardText: () => page.evaluate(() => document.querySelector(".pj-view")?.textContent ?? ""),
		openedPaths: () => page.evaluate(() => [...window.__pj.app!.workspace.openedPaths]),
		liveCharts: () => page.evaluate(() => window.__pj.liveCharts()),
		loadMs: () => page.evaluate(() => window.__pj.loadMs),
		close: () => page.close(),
	};
	return pj;
}
