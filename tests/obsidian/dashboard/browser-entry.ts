// Bundled into the real-browser test page (tests/browser/dashboard-sections.test.ts): renders the
// dashboard from a serialised Portfolio with Obsidian's DOM helpers, and records opened notes.
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import type { Portfolio } from "../../../src/core/types";
import { ChartRegistry } from "../../../src/obsidian/dashboard/chart-registry";
import { renderDashboard } from "../../../src/obsidian/dashboard/render-dashboard";
import { installDomHelpers } from "../../fakes/dom-helpers";

/** What the test drives through page.evaluate. */
export interface DashboardPage {
	opened: string[];
	charts: ChartRegistry;
	render(portfolio: Portfolio, theme: "light" | "dark"): void;
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
		renderDashboard(el, portfolio, { settings: DEFAULT_SETTINGS, charts: page.charts, openNote: (path) => page.opened.push(path) });
	},
};
window.__pjDashboard = page;
