// The plugin's saved settings, read from the vault so the CLI agrees with what Obsidian shows.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { mergeSettings } from "../core/settings";
import type { PortfolioSettings } from "../core/types";

/** Where the plugin's data sits inside Obsidian's config folder. */
export const PLUGIN_DATA = "plugins/portfolio-journal/data.json";

/** The settings, the data file used (vault-relative, or null), and a warning for stderr when it is broken. */
export interface SettingsRead {
	settings: PortfolioSettings;
	source: string | null;
	warning: string | null;
}

/** Settings of the vault at `root`: data.json over the defaults; defaults when it is missing or broken. */
export function readSettings(root: string): SettingsRead {
	const source = findDataFile(root);
	if (source === null) return { settings: mergeSettings(null), source, warning: null };
	let saved: unknown;
	try {
		saved = JSON.parse(readFileSync(join(root, source), "utf8"));
	} catch (error) {
		const why = error instanceof Error ? error.message : String(error);
		return { settings: mergeSettings(null), source, warning: `Warning: The settings file ${source} could not be read (${why}); using the default settings.` };
	}
	return { settings: mergeSettings(saved), source, warning: null };
}

/**
 * Whether `root` has an Obsidian config folder: a dot-folder holding `app.json` or `workspace.json`,
 * which Obsidian writes into every vault it opens. Without one, the folder may be no vault at all.
 */
export function hasConfigFolder(root: string): boolean {
	return configFolderCandidates(root).some((folder) => existsSync(join(root, folder, "app.json")) || existsSync(join(root, folder, "workspace.json")));
}

// Obsidian's config folder is a dot-folder whose name a user may change (Vault#configDir in the app),
// so look in each dot-folder of the vault, in name order.
function configFolderCandidates(root: string): string[] {
	return readdirSync(root, { withFileTypes: true })
		.filter((e) => e.isDirectory() && e.name.startsWith(".") && e.name !== ".trash" && e.name !== ".git")
		.map((e) => e.name)
		.sort();
}

function findDataFile(root: string): string | null {
	for (const folder of configFolderCandidates(root)) {
		const path = `${folder}/${PLUGIN_DATA}`;
		if (existsSync(join(root, path))) return path;
	}
	return null;
}
