// Small builders for core tests: notes as the adapter would hand them, and a build with test defaults.
import { buildPortfolio } from "../../src/core/build-portfolio";
import { createPathResolver } from "../../src/core/resolver";
import { frontmatterTags } from "../../src/core/tags";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { NoteInput, Portfolio, PortfolioSettings, Thresholds } from "../../src/core/types";

/** A stream note at `Streams/<name>.md` (or the given path when `name` has a slash). */
export function streamNote(name: string, frontmatter: Record<string, unknown> = {}): NoteInput {
	const path = name.includes("/") ? `${name}.md` : `Streams/${name}.md`;
	const fm = { tags: ["portfolio/stream"], ...frontmatter };
	// Tags as a tag index hands them over (readNote reads no tags from the frontmatter itself).
	return { path, frontmatter: fm, tags: frontmatterTags(fm) };
}

/** A scenario note at `Scenarios/<name>.md`. */
export function scenarioNote(name: string, frontmatter: Record<string, unknown> = {}): NoteInput {
	const fm = { tags: ["portfolio/scenario"], ...frontmatter };
	return { path: `Scenarios/${name}.md`, frontmatter: fm, tags: frontmatterTags(fm) };
}

/** A review note at `Reviews/<name>.md`. */
export function reviewNote(name: string, frontmatter: Record<string, unknown> = {}): NoteInput {
	const fm = { tags: ["portfolio/review"], ...frontmatter };
	return { path: `Reviews/${name}.md`, frontmatter: fm, tags: frontmatterTags(fm) };
}

/** A note without the plugin's tags. */
export function plainNote(path: string, frontmatter: Record<string, unknown> | null = null): NoteInput {
	return { path, frontmatter, tags: frontmatterTags(frontmatter) };
}

/** Settings with some thresholds or fields changed. */
export function settingsWith(change: Partial<PortfolioSettings> = {}, thresholds: Partial<Thresholds> = {}): PortfolioSettings {
	return { ...DEFAULT_SETTINGS, ...change, thresholds: { ...DEFAULT_SETTINGS.thresholds, ...thresholds } };
}

/** Builds with a path resolver over the notes themselves, on a fixed day in 2026-Q3. */
export function build(notes: readonly NoteInput[], settings: PortfolioSettings = DEFAULT_SETTINGS, today = "2026-08-15"): Portfolio {
	return buildPortfolio(notes, { settings, resolver: createPathResolver(notes.map((note) => note.path)), today });
}

/** The codes of the diagnostics about one note. */
export function codesFor(portfolio: Portfolio, path: string): string[] {
	return portfolio.diagnostics.filter((issue) => issue.path === path).map((issue) => issue.code);
}
