// The portfolio of a given set of notes, read from Obsidian's metadata cache at the moment of the
// call: for a Bases view (the notes its Base selects) and for Obsidian's command line (every note).
// The dashboard pane keeps its own debounced index; this reads afresh, as a one-off question should.
import type { App, TFile } from "obsidian";
import { buildPortfolio, type Portfolio, type PortfolioSettings } from "../core";
import { noteHasTag, toNoteInput } from "./note-input";
import { createObsidianResolver } from "./obsidian-resolver";

/**
 * Builds the portfolio of `files` (Markdown notes; others are skipped) as of `today` (`YYYY-MM-DD`).
 * `texts` (vault path -> note text, see reviewTexts) lets the answers written in reviews count.
 */
export function portfolioOfNotes(app: App, files: readonly TFile[], settings: PortfolioSettings, today: string, texts?: ReadonlyMap<string, string>): Portfolio {
	const notes = files.filter((file) => file.extension === "md").map((file) => toNoteInput(file, app.metadataCache.getFileCache(file), texts?.get(file.path)));
	// Links resolve against the whole vault, as in the editor; one to a note outside `files` (a stream
	// the Base leaves out) is not part of this portfolio, and not a mistake to report.
	const given = new Set(notes.map((note) => note.path));
	const resolver = { ...createObsidianResolver(app.metadataCache), isLeftOut: (path: string) => path.endsWith(".md") && !given.has(path) };
	return buildPortfolio(notes, { settings, resolver, today });
}

/** The text of each review note among `files`: the cache holds where a review's answers are, not their words. */
export async function reviewTexts(app: App, files: readonly TFile[], settings: PortfolioSettings): Promise<Map<string, string>> {
	const texts = new Map<string, string>();
	for (const file of files) {
		if (file.extension === "md" && noteHasTag(app, file, settings.reviewTag)) texts.set(file.path, await app.vault.cachedRead(file));
	}
	return texts;
}
