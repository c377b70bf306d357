// What the dashboard pane and the code blocks read: the live index and the settings.
import type { App } from "obsidian";
import type { PortfolioSettings } from "../core";
import type { DashboardContext } from "./dashboard/render-dashboard";
import type { ChartRegistry } from "./dashboard/chart-registry";
import type { PortfolioIndex } from "./portfolio-index";

/** The plugin's live state as its views see it. */
export interface DashboardSource {
	readonly index: PortfolioIndex;
	settings(): PortfolioSettings;
}

/** The context sections draw with: clicks open the note in a new tab so the dashboard stays open. */
export function dashboardContext(app: App, source: DashboardSource, charts: ChartRegistry): DashboardContext {
	return {
		settings: source.settings(),
		charts,
		// The TFile itself, never openLinkText: a raw path is read as link text, so `C# coaching.md`
		// would open note `C` at a heading.
		openNote: (path) => {
			const file = app.vault.getFileByPath(path);
			if (file) void app.workspace.getLeaf("tab").openFile(file);
		},
	};
}
