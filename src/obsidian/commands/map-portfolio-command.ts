// "Map your portfolio": the onboarding form, then one Vault.create per stream note. A note that
// exists already is never overwritten: it is left as it is and named in the notice.
import { normalizePath, Notice } from "obsidian";
import { askPortfolioMap } from "../modals/map-portfolio-modal";
import type { PortfolioHost } from "../plugin-host";
import { ensureFolder } from "./ensure-folder";

/** Opens the form and creates the notes it plans; returns the paths created. */
export async function mapPortfolio(host: PortfolioHost): Promise<string[]> {
	const { app } = host;
	const settings = host.settings();
	const result = await askPortfolioMap(app, settings.streamTag, { format: settings.numberFormat, currency: settings.currency });
	if (!result) return [];
	const created: string[] = [];
	const kept: string[] = [];
	for (const note of result.notes) {
		const path = normalizePath(note.path);
		if (app.vault.getAbstractFileByPath(path)) {
			kept.push(path);
			continue;
		}
		try {
			await ensureFolder(app, path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "");
			await app.vault.create(path, note.text);
			created.push(path);
		} catch (error) {
			// Created elsewhere a moment ago, or a name the system refuses: say so and go on.
			new Notice(`Could not create "${path}": ${error instanceof Error ? error.message : String(error)}`);
		}
	}
	host.refreshNow();
	const parts = [`Created ${created.length} stream ${created.length === 1 ? "note" : "notes"}.`];
	if (kept.length > 0) parts.push(`Left as they were (they exist already): ${kept.join(", ")}.`);
	new Notice(parts.join(" "));
	return created;
}
