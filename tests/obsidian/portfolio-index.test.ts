// The live index: built from the metadata cache only, current after change, delete and rename,
// one rebuild per burst, and no redraw signal for edits that change nothing visible.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { App as ObsidianApp } from "obsidian";
import { DEFAULT_SETTINGS, type PortfolioSettings } from "../../src/core";
import { PortfolioIndex } from "../../src/obsidian/portfolio-index";
import { App } from "../fakes/obsidian";
import { streamNote } from "./plugin-fixture";

const DEBOUNCE = 200;

function vault(): Record<string, string> {
	return {
		"Streams/Anchor job.md": streamNote("role: anchor", "hours-per-week: 30", "annual-revenue: 60000", "teaches: ['[[Side course]]']"),
		"Streams/Side course.md": streamNote("role: leverage", "hours-per-week: 10", "annual-revenue: 20000"),
		"Daily/Monday.md": "Just a day. #journal",
	};
}

function setup(files = vault(), settings: PortfolioSettings = DEFAULT_SETTINGS) {
	const app = new App(files);
	let current = settings;
	const index = new PortfolioIndex(app as unknown as ObsidianApp, () => current, { debounceMs: DEBOUNCE, today: () => "2026-11-20" });
	index.load();
	return { app, index, setSettings: (next: PortfolioSettings) => (current = next) };
}

const names = (index: PortfolioIndex) => index.portfolio.streams.map((s) => s.name);

describe("PortfolioIndex", () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it("builds from the metadata cache without reading any file", async () => {
		const { app, index } = setup();
		const reads = [vi.spyOn(app.vault, "read"), vi.spyOn(app.vault, "cachedRead")];
		expect(index.ready).toBe(false);
		expect(index.portfolio.streams).toEqual([]);
		void index.start();
		expect(names(index)).toEqual(["Anchor job", "Side course"]);
		expect(index.portfolio.totals).toEqual({ hoursPerWeek: 40, annualRevenue: 80000, activeStreams: 2 });
		expect(index.portfolio.edges).toContainEqual(expect.objectContaining({ from: "Streams/Anchor job.md", to: "Streams/Side course.md", type: "teaches" }));
		await app.vault.modify(app.vault.getFileByPath("Streams/Side course.md")!, streamNote("hours-per-week: 12"));
		vi.advanceTimersByTime(DEBOUNCE);
		for (const spy of reads) expect(spy).not.toHaveBeenCalled();
	});

	it("shows a change only after the debounce, then re-reads just that note", async () => {
		const { app, index } = setup();
		void index.start();
		const cacheReads = vi.spyOn(app.metadataCache, "getFileCache");
		await app.vault.modify(app.vault.getFileByPath("Streams/Side course.md")!, streamNote("hours-per-week: 20"));
		expect(index.portfolio.totals.hoursPerWeek).toBe(40);
		vi.advanceTimersByTime(DEBOUNCE);
		expect(index.portfolio.totals.hoursPerWeek).toBe(50);
		expect(cacheReads.mock.calls.map(([file]) => file.path)).toEqual(["Streams/Side course.md"]);
	});

	it("drops a deleted stream and the edge that pointed to it", async () => {
		const { app, index } = setup();
		void index.start();
		await app.vault.delete(app.vault.getFileByPath("Streams/Side course.md")!);
		vi.advanceTimersByTime(DEBOUNCE);
		expect(names(index)).toEqual(["Anchor job"]);
		expect(index.portfolio.edges.filter((e) => e.type === "teaches")).toEqual([]);
	});

	it("follows a rename: the stream takes the new file name and path", async () => {
		const { app, index } = setup();
		void index.start();
		await app.vault.rename(app.vault.getFileByPath("Streams/Anchor job.md")!, "Streams/Day job.md");
		vi.advanceTimersByTime(DEBOUNCE);
		expect(names(index)).toEqual(["Day job", "Side course"]);
		expect(index.portfolio.streams[0]?.path).toBe("Streams/Day job.md");
		expect(index.portfolio.edges).toContainEqual(expect.objectContaining({ from: "Streams/Day job.md", type: "teaches" }));
	});

	it("picks up a new stream note", async () => {
		const { app, index } = setup();
		void index.start();
		await app.vault.create("Streams/Seed app.md", streamNote("role: seed", "hours-per-week: 2"));
		vi.advanceTimersByTime(DEBOUNCE);
		expect(names(index)).toContain("Seed app");
		expect(index.portfolio.totals.hoursPerWeek).toBe(42);
	});

	it("turns a burst of edits into one rebuild and one update", async () => {
		const { app, index } = setup();
		void index.start();
		const before = { rebuilds: index.rebuilds, revision: index.revision };
		const updates = vi.fn();
		index.onUpdate(updates);
		const file = app.vault.getFileByPath("Streams/Side course.md")!;
		for (let hours = 11; hours <= 30; hours++) {
			await app.vault.modify(file, streamNote(`hours-per-week: ${hours}`));
			vi.advanceTimersByTime(DEBOUNCE / 4);
		}
		vi.advanceTimersByTime(DEBOUNCE);
		expect(index.rebuilds - before.rebuilds).toBe(1);
		expect(index.revision - before.revision).toBe(1);
		expect(updates).toHaveBeenCalledTimes(1);
		expect(index.portfolio.totals.hoursPerWeek).toBe(60);
	});

	it("does not signal an update when an unrelated note changes", async () => {
		const { app, index } = setup();
		void index.start();
		const revision = index.revision;
		await app.vault.modify(app.vault.getFileByPath("Daily/Monday.md")!, "Another day, same text.");
		vi.advanceTimersByTime(DEBOUNCE);
		expect(index.revision).toBe(revision);
	});

	it("re-reads every note when the settings change", () => {
		const files = { ...vault(), "Streams/Other.md": "---\ntags: career/stream\nhours-per-week: 5\n---\n" };
		const { index, setSettings } = setup(files);
		void index.start();
		expect(names(index)).not.toContain("Other");
		setSettings({ ...DEFAULT_SETTINGS, streamTag: "career/stream" });
		index.settingsChanged();
		vi.advanceTimersByTime(DEBOUNCE);
		expect(names(index)).toEqual(["Other"]);
	});

	it("applies pending changes at once on refreshNow, and nothing after unload", async () => {
		const { app, index } = setup();
		void index.start();
		await app.vault.modify(app.vault.getFileByPath("Streams/Side course.md")!, streamNote("hours-per-week: 1"));
		// The cache indexes the write a moment later (its `changed` event), then refreshNow applies it at once.
		vi.advanceTimersByTime(0);
		index.refreshNow();
		expect(index.portfolio.totals.hoursPerWeek).toBe(31);
		index.unload();
		expect(app.metadataCache.listenerCount("changed")).toBe(0);
		await app.vault.modify(app.vault.getFileByPath("Streams/Side course.md")!, streamNote("hours-per-week: 9"));
		vi.advanceTimersByTime(DEBOUNCE);
		expect(index.portfolio.totals.hoursPerWeek).toBe(31);
	});

	it("moves to the new quarter when the day changes while Obsidian stays open", () => {
		const app = new App(vault());
		let day = "2026-12-31";
		const index = new PortfolioIndex(app as unknown as ObsidianApp, () => DEFAULT_SETTINGS, { debounceMs: DEBOUNCE, today: () => day });
		index.load();
		void index.start();
		const revision = index.revision;
		index.refreshIfNewDay();
		expect(index.revision).toBe(revision);
		day = "2027-01-01";
		index.refreshIfNewDay();
		expect(index.portfolio.currentQuarter).toBe("2027-Q1");
		expect(index.portfolio.findings.some((f) => f.code === "missing-review" && f.message.includes("2026-Q4"))).toBe(true);
		expect(index.revision).toBe(revision + 1);
	});
});
