// What the plugin offers the write commands (the views have DashboardSource): they read the live
// settings and model through it instead of holding the plugin itself.
import type { App } from "obsidian";
import type { Portfolio, PortfolioSettings } from "../core/types";

/** The plugin as the write commands see it. */
export interface PortfolioHost {
	readonly app: App;
	/** The settings as saved now. */
	settings(): PortfolioSettings;
	/** The model as of the last (debounced) index update. */
	portfolio(): Portfolio;
	/** Rebuilds the model now, without waiting for the debounce (after a write of our own). */
	refreshNow(): void;
}
