// Bundled into the real-browser test page (tests/browser/dashboard-sections.test.ts): renders the
// dashboard from a serialised Portfolio with Obsidian's DOM helpers, and records opened notes.
import { Chart } from "chart.js";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import type { Portfolio } from "../../../src/core/types";
import { ChartRegistry } from "../../../src/obsidian/dashboard/chart-registry";
import { renderDashboard } from "../../../src/obsidian/dashboard/render-dashboard";
import { installDomHelpers } from "../../fakes/dom-helpers";

/** What the test drives through page.evaluate. */
export interface DashboardPage {
	opened: string[];
	charts: ChartRegistry;
	/** Resolves once every section and chart is drawn. */
	render(portfolio: Portfolio, theme: "light" | "dark"): Promise<void>;
	/**
	 * Each allocation chart's category axis as chart.js laid it out: bars, ticks, the leftmost label's
	 * start (px), and each label's lines and vertical extent (px from the canvas top) in the canvas's height.
	 */
	allocationAxes(): { bars: number; ticks: number; leftmostLabel: number; height: number; labels: { lines: string[]; top: number; bottom: number }[] }[];
}

declare global {
	interface Window {
		__pjDashboard: DashboardPage;
	}
}

installDomHelpers(window);
const page: DashboardPage = {
	opened: [],
	charts: new ChartRegistry(),
	render(portfolio, theme) {
		document.body.className = `theme-${theme}`;
		document.body.empty();
		const el = document.body.createDiv({ cls: "view-content" });
		return renderDashboard(el, portfolio, { settings: DEFAULT_SETTINGS, charts: page.charts, openNote: (path) => page.opened.push(path) });
	},
	allocationAxes() {
		return Array.from(document.querySelectorAll<HTMLCanvasElement>(".pj-allocation canvas")).map((canvas) => {
			const chart = Chart.getChart(canvas);
			const y = chart?.scales.y;
			// Where chart.js draws each tick label (right-aligned at x on a left axis) and how wide it is.
			const items = y?.getLabelItems() ?? [];
			const ctx = canvas.getContext("2d");
			const left = items.map((item) => {
				if (ctx) ctx.font = item.font.string;
				const lines = Array.isArray(item.label) ? item.label : [item.label];
				const width = Math.max(...lines.map((line) => ctx?.measureText(String(line)).width ?? 0));
				const x = item.options.translation?.[0] ?? 0;
				return item.options.textAlign === "right" ? x - width : x;
			});
			// A label's lines are centred on y + textOffset + i * lineHeight (chart.js renderText, middle baseline).
			const labels = items.map((item) => {
				const lines = (Array.isArray(item.label) ? item.label : [item.label]).map(String);
				const first = (item.options.translation?.[1] ?? 0) + item.textOffset;
				const lineHeight = Number(item.font.lineHeight);
				const half = lineHeight / 2;
				return { lines, top: first - half, bottom: first + (lines.length - 1) * lineHeight + half };
			});
			return { bars: chart?.data.labels?.length ?? 0, ticks: y?.ticks.length ?? 0, leftmostLabel: Math.min(...left), height: chart?.height ?? 0, labels };
		});
	},
};
window.__pjDashboard = page;
