// One real Chromium page holding the dashboard bundle (tests/obsidian/dashboard/browser-entry.ts)
// and the plugin's styles, for the browser tests that draw sections from a serialised Portfolio.
import chromium from "@sparticuz/chromium";
import * as esbuild from "esbuild";
import { readFileSync } from "node:fs";
import { chromium as playwright, type Browser, type Page } from "playwright-core";
import { readVault } from "../../src/cli/read-vault";
import { buildPortfolio } from "../../src/core/build-portfolio";
import { createPathResolver } from "../../src/core/resolver";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Portfolio } from "../../src/core/types";
import { THEME_CSS } from "./theme";

/** The browser, its one page (the packaged Chromium runs single-process and dislikes a second), and the page's HTML. */
export interface DashboardPage {
	browser: Browser;
	page: Page;
	html: string;
}

/** Bundles the dashboard entry, launches Chromium and opens one page. */
export async function launchDashboardPage(): Promise<DashboardPage> {
	const bundle = await esbuild.build({ entryPoints: ["tests/obsidian/dashboard/browser-entry.ts"], bundle: true, format: "iife", write: false, platform: "browser", logLevel: "silent" });
	const script = bundle.outputFiles[0]?.text ?? "";
	const styles = readFileSync("styles.css", "utf8");
	const html = `<!doctype html><html><head><meta charset="utf-8"><style>${THEME_CSS}\n${styles}</style></head><body><script>${script}</script></body></html>`;
	const browser = await playwright.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true });
	return { browser, page: await browser.newPage(), html };
}

/** An example vault's portfolio on 2026-11-20, built by the real core. */
export function seedPortfolio(name: string): Portfolio {
	const notes = readVault(`seeds/${name}`);
	return buildPortfolio(notes, { settings: DEFAULT_SETTINGS, resolver: createPathResolver(notes.map((n) => n.path)), today: "2026-11-20" });
}
