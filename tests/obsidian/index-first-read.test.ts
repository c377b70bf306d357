// @vitest-environment happy-dom
// The first read of the vault: in slices that yield to the UI, to the same model as one read at once;
// only notes that can be ours are kept; a cold metadata cache shows "indexing", not empty findings.
import type { App as ObsidianApp } from "obsidian";
import { describe, expect, it } from "vitest";
import { buildPortfolio, DEFAULT_SETTINGS } from "../../src/core";
import { createObsidianResolver } from "../../src/obsidian/obsidian-resolver";
import { toNoteInput } from "../../src/obsidian/note-input";
import { PortfolioIndex, type PortfolioIndexOptions } from "../../src/obsidian/portfolio-index";
import { App } from "../fakes/obsidian";
import { generateVault, noteText } from "../support/generate-vault";
import { readSeedVault } from "../support/seed-files";

const TODAY = "2026-05-15";

function appOf(files: Record<string, string>): App {
	return new App(files);
}

function generatedFiles(): Record<string, string> {
	const vault = generateVault({ notes: 600, streams: 12, quarters: 4, today: TODAY });
	return Object.fromEntries(vault.notes.map((note) => [note.path, noteText(note)]));
}

// No slices: the clock is never looked at, so the whole read and assembly run in the calling task.
const AT_ONCE = { sliceMs: Number.POSITIVE_INFINITY, firstSteps: Number.POSITIVE_INFINITY };

async function indexed(app: App, options: PortfolioIndexOptions = {}): Promise<PortfolioIndex> {
	const index = new PortfolioIndex(app as unknown as ObsidianApp, () => DEFAULT_SETTINGS, { today: () => TODAY, ...options });
	index.load();
	await index.start();
	return index;
}

/** The model from every note read at once, as the core builds it without any pre-test. */
function readAtOnce(app: App) {
	const obsidian = app as unknown as ObsidianApp;
	const notes = obsidian.vault.getMarkdownFiles().map((file) => toNoteInput(file, obsidian.metadataCache.getFileCache(file)));
	return buildPortfolio(notes, { settings: DEFAULT_SETTINGS, resolver: createObsidianResolver(obsidian.metadataCache), today: TODAY });
}

describe("the first read of the vault", () => {
	it("builds in slices the model one read at once builds", async () => {
		const app = appOf(generatedFiles());
		let yields = 0;
		// A budget of 0 ms ends a slice at every pause: one before each of the two Intl warm-ups (ICU's
		// start, then the number format's data) and one before the read (listing the files of a vault
		// read in slices is a task of its own); one after each of the 600 notes read; one more
		// before the assembly starts; one per review read again once its text arrived (its answers are
		// learnings); then the assembly's parts: the records, each review, the graph, the findings,
		// scenarios and week, the per-stream measures, and one pause per active stream in the pairwise
		// correlations.
		const sliced = await indexed(app, { sliceMs: 0, firstSteps: 0, yieldToUi: () => (yields++, Promise.resolve()) });
		const whole = await indexed(app, AT_ONCE);
		const active = whole.portfolio.streams.filter((s) => s.status === "active").length;
		const reviews = whole.portfolio.reviews.length;
		expect([active, reviews]).toEqual([expect.any(Number), 4]);
		expect(yields).toBe(2 + 1 + 600 + 1 + reviews + (1 + reviews + 4) + active);
		expect(sliced.portfolio.streams).toHaveLength(12);
		expect(sliced.portfolio).toEqual(whole.portfolio);
		expect(sliced.portfolio).toEqual(readAtOnce(app));
	});

	it.each(["freelance-researcher", "union-organiser", "portfolio-executive"])("skips only notes that cannot be ours (%s)", async (name) => {
		const app = appOf(readSeedVault(name));
		const index = await indexed(app, { sliceMs: 0, firstSteps: 0, yieldToUi: () => Promise.resolve() });
		expect(index.portfolio).toEqual(readAtOnce(app));
	});

	it("is not ready, and says so, until the model exists", async () => {
		const app = appOf(generatedFiles());
		let release: () => void = () => undefined;
		const index = new PortfolioIndex(app as unknown as ObsidianApp, () => DEFAULT_SETTINGS, {
			today: () => TODAY,
			sliceMs: 0,
			firstSteps: 0,
			yieldToUi: () => new Promise<void>((resolve) => (release = resolve)),
		});
		index.load();
		const done = index.start();
		expect(index.state).toBe("indexing");
		expect(index.ready).toBe(false);
		// Let the read go on to its end, one slice per release.
		while (!index.ready) {
			release();
			await Promise.resolve();
			await Promise.resolve();
		}
		await done;
		expect(index.portfolio.streams).toHaveLength(12);
	});

	it("stops reading when unloaded between two slices", async () => {
		const app = appOf(generatedFiles());
		let slices = 0;
		const index = new PortfolioIndex(app as unknown as ObsidianApp, () => DEFAULT_SETTINGS, {
			today: () => TODAY,
			sliceMs: 0,
			firstSteps: 0,
			yieldToUi: () => {
				if (++slices === 3) index.unload();
				return Promise.resolve();
			},
		});
		index.load();
		await index.start();
		expect(slices).toBe(3);
		expect(index.ready).toBe(false);
		expect(index.revision).toBe(0);
	});

	it("waits for a cold metadata cache to resolve before reading", async () => {
		const app = appOf(generatedFiles());
		// Obsidian's cache at start-up: `initialized` false until its first `resolved`.
		(app.metadataCache as unknown as { initialized: boolean }).initialized = false;
		const updates: string[] = [];
		// One slice (no yield), so the read that `resolved` starts has ended when trigger() returns.
		const index = new PortfolioIndex(app as unknown as ObsidianApp, () => DEFAULT_SETTINGS, { today: () => TODAY, ...AT_ONCE });
		index.onUpdate(() => updates.push(index.state));
		index.load();
		await index.start();
		expect(index.state).toBe("cold");
		expect(index.ready).toBe(false);
		(app.metadataCache as unknown as { initialized: boolean }).initialized = true;
		app.metadataCache.trigger("resolved");
		expect(index.ready).toBe(true);
		expect(index.portfolio.streams).toHaveLength(12);
		// `resolved` fires again after every later change: the vault is not read a second time.
		const rebuilds = index.rebuilds;
		app.metadataCache.trigger("resolved");
		expect(index.rebuilds).toBe(rebuilds);
		expect(updates).toEqual(["cold", "ready"]);
	});

	it("reports unreadable frontmatter only in notes that name one of our tags", async () => {
		const app = appOf({
			"Streams/A.md": "---\ntags: portfolio/stream\nhours-per-week: 3\n---\n",
			"Streams/Broken.md": "---\ntags: portfolio/stream\nrole: [anchor\n---\n",
			"Recipes/Soup.md": "---\nserves: [4\n---\nA soup.\n",
		});
		const index = await indexed(app);
		// The text check of an unreadable note is asynchronous: its diagnostic follows the first model.
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(index.portfolio.diagnostics.map((d) => [d.code, d.path])).toEqual([["invalid-frontmatter", "Streams/Broken.md"]]);
	});
});
