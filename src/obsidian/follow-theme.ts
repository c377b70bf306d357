// Chart colours come from the theme's CSS variables, read when a chart is drawn, so a drawn view
// keeps the old palette after a theme switch until it restyles. Obsidian fires `css-change` on a
// switch of theme, accent colour or snippet: every view that draws charts listens through here.
import type { App, Component } from "obsidian";

/** Calls `restyle` after each theme switch, for as long as `owner` is loaded. */
export function followTheme(owner: Component, app: App, restyle: () => void): void {
	owner.registerEvent(app.workspace.on("css-change", restyle));
}
