// One reading of a note: the plugin's path (Obsidian's metadata cache, here the stand-in, through
// the index) and the CLI's path (files parsed with `yaml`) must build the same portfolio from the
// same notes: every example vault, every kind of awkward note, and a generated vault.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readVault } from "../../src/cli/read-vault";
import { buildPortfolio } from "../../src/core/build-portfolio";
import { reportJson } from "../../src/core/report-json";
import { createPathResolver } from "../../src/core/resolver";
import { mergeSettings } from "../../src/core/settings";
import type { PortfolioSettings } from "../../src/core/types";
import { PortfolioIndex } from "../../src/obsidian/portfolio-index";
import { App } from "../fakes/obsidian";
import { generateVault, writeVault } from "../support/generate-vault";
import { readMarkdownFolder } from "../support/seed-files";

const ROOT = join(__dirname, "..", "..");
const TODAY = "2026-11-21";

/** The portfolio the CLI builds from the folder. */
function cliReport(root: string, settings: PortfolioSettings) {
	const notes = readVault(root);
	return reportJson(buildPortfolio(notes, { settings, resolver: createPathResolver(notes.map((n) => n.path)), today: TODAY }));
}

/** The portfolio the plugin's index builds from the same files in the stand-in, once every review's text is in. */
async function pluginReport(root: string, settings: PortfolioSettings) {
	const app = new App(readMarkdownFolder(root));
	const index = new PortfolioIndex(app as never, () => settings, { today: () => TODAY, debounceMs: 0 });
	index.load();
	await index.start();
	// Review texts arrive after a cachedRead; let them land and the debounced rebuild run.
	for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 5));
	index.refreshNow();
	const report = reportJson(index.portfolio);
	index.unload();
	return report;
}

const FOLDERS = [
	"seeds/freelance-researcher",
	"seeds/union-organiser",
	"seeds/portfolio-executive",
	"tests/fixtures/reading/fence-trailing-space/vault",
	"tests/fixtures/reading/property-name-case",
	"tests/fixtures/reading/locale-numbers",
	"tests/fixtures/reading/nfd-file-names",
	"tests/fixtures/reading/unlinkable-names/vault",
	"tests/fixtures/reading/yaml-error-lines/vault",
];

describe("the plugin and the CLI read a vault the same way", () => {
	it.each(FOLDERS)("%s", async (folder) => {
		const root = join(ROOT, folder);
		const settings = mergeSettings(null);
		const cli = cliReport(root, settings);
		// Something was read: streams, or (for broken YAML) the diagnostics about them.
		expect(cli.streams.length + cli.diagnostics.length).toBeGreaterThan(0);
		// Diagnostics too, word for word: for YAML Obsidian cannot read, the plugin reads the text with the same rule.
		expect(await pluginReport(root, settings)).toEqual(cli);
	});

	it("a generated vault of 400 notes, 8 streams and 6 quarters of reviews", async () => {
		const vault = generateVault({ notes: 400, streams: 8, quarters: 6, today: TODAY });
		const dir = await mkdtemp(join(tmpdir(), "pj-parity-"));
		try {
			await writeVault(vault, dir);
			const settings = mergeSettings(null);
			const cli = cliReport(dir, settings);
			expect(cli.streams).toHaveLength(8);
			expect(await pluginReport(dir, settings)).toEqual(cli);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
