// `npm run screenshots -- <vault> [--width N] [--theme light|dark] [--today YYYY-MM-DD] --out DIR`:
// the dashboard of any vault folder, drawn by the built plugin in the real Chromium (the browser
// tests' harness), saved as DIR/dashboard-<theme>-<width>.png, with DIR/layout.json measured in the
// page over the pane (see layout-metrics.ts for each figure). Run by scripts/screenshots.mjs.
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readSettings } from "../../src/cli/read-settings";
import { readMarkdownFolder } from "../support/seed-files";
import { startHarness } from "./harness";
import { measureLayout, type LayoutMetrics } from "./layout-metrics";
import { MAX_PART_PX, screenshotInParts } from "./tall-screenshot";

/** What the command was asked for. */
export interface ScreenshotArgs {
	vault: string;
	widths: number[];
	themes: ("light" | "dark")[];
	today: string | null;
	out: string;
}

const USAGE = "Usage: npm run screenshots -- <vault> [--width N] [--theme light|dark] [--today YYYY-MM-DD] --out DIR";

/** Reads the arguments; throws one line on a mistake. `--width` and `--theme` may repeat. */
export function parseScreenshotArgs(argv: readonly string[]): ScreenshotArgs {
	let vault: string | null = null;
	const widths: number[] = [];
	const themes: ("light" | "dark")[] = [];
	let today: string | null = null;
	let out: string | null = null;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? "";
		const value = (): string => {
			const next = argv[++i];
			if (next === undefined || next.startsWith("--")) throw new Error(`${arg} needs a value. ${USAGE}`);
			return next;
		};
		if (arg === "--width") {
			const n = Number(value());
			if (!Number.isInteger(n) || n < 200 || n > 4000) throw new Error(`--width takes a whole number of CSS pixels from 200 to 4000. ${USAGE}`);
			widths.push(n);
		} else if (arg === "--theme") {
			const t = value();
			if (t !== "light" && t !== "dark") throw new Error(`--theme is light or dark, not "${t}". ${USAGE}`);
			themes.push(t);
		} else if (arg === "--today") {
			today = value();
			if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) throw new Error(`--today takes a date as YYYY-MM-DD. ${USAGE}`);
		} else if (arg === "--out") out = value();
		else if (arg.startsWith("--")) throw new Error(`Unknown option ${arg}. ${USAGE}`);
		else if (vault === null) vault = arg;
		else throw new Error(`One vault at a time. ${USAGE}`);
	}
	if (vault === null || out === null) throw new Error(USAGE);
	return { vault, widths: widths.length > 0 ? widths : [1200], themes: themes.length > 0 ? themes : ["light"], today, out };
}

/** Every `.md` note of a vault folder (dot folders skipped) as path -> text, and its plugin settings as the CLI reads them. */
export function readVaultFolder(root: string): { files: Record<string, string>; settings: unknown } {
	if (!existsSync(root) || !statSync(root).isDirectory()) throw new Error(`No vault folder at ${root}.`);
	const { settings, warning } = readSettings(root);
	if (warning) console.error(warning);
	return { files: readMarkdownFolder(root), settings };
}

/** One screenshot's file, size, theme and figures. */
export interface Shot extends LayoutMetrics {
	/** The first (often only) PNG. */
	file: string;
	/** Every PNG of the shot, top to bottom: more than one when the page is taller than one image holds. */
	parts: string[];
	width: number;
	theme: "light" | "dark";
}

/** layout.json: the worst figure over every shot at the top, then each shot. */
export interface LayoutReport {
	minTextPx: number;
	overlappingText: number;
	overflowPx: number;
	minContrast: number;
	shots: Shot[];
}

/** One PNG per width and theme, and layout.json beside them; returns what it wrote to layout.json. */
export async function takeScreenshots(args: ScreenshotArgs): Promise<LayoutReport> {
	const { files, settings } = readVaultFolder(resolve(args.vault));
	const out = resolve(args.out);
	mkdirSync(out, { recursive: true });
	const harness = await startHarness();
	const shots: Shot[] = [];
	try {
		for (const theme of args.themes) {
			for (const width of args.widths) {
				const pj = await harness.open({ vault: files, settings, width, height: 900, theme, today: args.today ?? undefined });
				await pj.openDashboard();
				await pj.chartsDrawn();
				const { files: parts, height } = await screenshotInParts(pj.page, out, `dashboard-${theme}-${width}`);
				if (parts.length > 1) console.error(`The dashboard at ${width} px (${theme}) is ${height} px tall, more than one image holds (${MAX_PART_PX} px): written as ${parts.join(", ")}.`);
				shots.push({ file: parts[0] ?? "", parts, width, theme, ...(await pj.page.evaluate(measureLayout, ".pj-view")) });
				await pj.close();
			}
		}
	} finally {
		await harness.close();
	}
	const report: LayoutReport = {
		minTextPx: Math.min(...shots.map((s) => s.minTextPx)),
		overlappingText: shots.reduce((sum, s) => sum + s.overlappingText, 0),
		overflowPx: Math.max(...shots.map((s) => s.overflowPx)),
		minContrast: Math.min(...shots.map((s) => s.minContrast)),
		shots,
	};
	writeFileSync(join(out, "layout.json"), `${JSON.stringify(report, null, "\t")}\n`);
	return report;
}
