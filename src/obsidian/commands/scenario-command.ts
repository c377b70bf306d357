// "New scenario": one Vault.create of a scenario note drawn from the portfolio as it is, at a free
// path (never over a note), then opened.
import { normalizePath, Notice, TFile } from "obsidian";
import { renderScenarioNote, scenarioFolder, scenarioPath } from "../../core/scenario-note";
import type { PortfolioHost } from "../plugin-host";
import { ensureFolder } from "./ensure-folder";

/** Creates and opens a new scenario note; returns its path, or null when it could not be created. */
export async function createScenario(host: PortfolioHost): Promise<string | null> {
	const { app } = host;
	const portfolio = host.portfolio();
	const folder = scenarioFolder(portfolio);
	const path = normalizePath(scenarioPath(folder, (p) => app.vault.getAbstractFileByPath(normalizePath(p)) !== null));
	let file: TFile;
	try {
		await ensureFolder(app, folder);
		file = await app.vault.create(path, renderScenarioNote(portfolio, host.settings()));
	} catch (error) {
		// Vault.create refuses an existing path: nothing was overwritten, and nothing is opened.
		new Notice(`Could not create "${path}": ${error instanceof Error ? error.message : String(error)}`);
		return null;
	}
	host.refreshNow();
	await app.workspace.getLeaf(false).openFile(file);
	return path;
}
