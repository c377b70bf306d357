// What the dashboard pane and the code blocks read: the live index and the settings.
import type { App, HoverParent } from "obsidian";
import { noteLinkActions } from "./note-links";
import type { PortfolioSettings } from "../core";
import type { DashboardContext } from "./dashboard/render-dashboard";
import type { ChartRegistry } from "./dashboard/chart-registry";
import type { PortfolioIndex } from "./portfolio-index";

/** The plugin's live state as its views see it. */
export interface DashboardSource {
	readonly index: PortfolioIndex;
	settings(): PortfolioSettings;
}

/**
 * The context sections draw with. Links behave as Obsidian's (see note-links.ts); `hoverParent` is
 * the pane or code block that owns the Page preview popover.
 */
export function dashboardContext(app: App, source: DashboardSource, charts: ChartRegistry, hoverParent: HoverParent = { hoverPopover: null }): DashboardContext {
	const links = noteLinkActions(app, hoverParent);
	return {
		settings: source.settings(),
		charts,
		openNote: links.open,
		hoverNote: links.hover,
		noteMenu: links.menu,
		currentPath: (path) => source.index.renames.current(path),
	};
}
