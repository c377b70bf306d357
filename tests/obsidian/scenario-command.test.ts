// @vitest-environment happy-dom
// "New scenario" through the real plugin on the in-memory Obsidian: one new note, never over another, opened.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { Notice } from "../fakes/obsidian";
import { loadPlugin, streamNote, type Loaded } from "./plugin-fixture";

const files = {
	"Streams/Consulting.md": streamNote("role: anchor", "hours-per-week: 20", 'annual-revenue: "60,000"'),
	"Streams/Writing.md": streamNote("role: leverage", "hours-per-week: 8"),
	"Streams/Course.md": streamNote("status: planned", "hours-per-week: 5"),
};

async function ready(extra: Record<string, string> = {}): Promise<Loaded> {
	const loaded = await loadPlugin({ ...files, ...extra });
	loaded.app.workspace.triggerLayoutReady();
	loaded.plugin.index.refreshNow();
	return loaded;
}

function run(loaded: Loaded): void {
	expect(loaded.app.commands.executeCommandById("portfolio-journal:new-scenario")).toBe(true);
}

function frontmatter(text: string): Record<string, unknown> {
	return parse(text.slice(4, text.indexOf("\n---\n", 4))) as Record<string, unknown>;
}

beforeEach(() => {
	document.body.replaceChildren();
	Notice.messages = [];
});

describe("New scenario", () => {
	it("creates a scenario note from the active streams and opens it; the index reads it as a scenario", async () => {
		const loaded = await ready();
		run(loaded);
		await vi.waitFor(() => expect(loaded.app.workspace.openedPaths).toEqual(["Scenarios/Scenario 1.md"]));
		const text = loaded.app.vault.textAt("Scenarios/Scenario 1.md") ?? "";
		// Only the active streams, with today's figures; the planned course is not a change.
		expect(frontmatter(text)).toEqual({
			tags: ["portfolio/scenario"],
			changes: [
				{ stream: "[[Consulting]]", "hours-per-week": 20, "annual-revenue": 60000 },
				{ stream: "[[Writing]]", "hours-per-week": 8 },
			],
			candidates: [],
		});
		expect(text).toContain("```portfolio\nsection: compare\n```");
		// Obsidian indexes the new note after the write, then the index's debounce passes.
		await loaded.app.metadataCache.settle();
		await vi.waitFor(() => expect(loaded.plugin.index.portfolio.scenarios.map((s) => s.path)).toEqual(["Scenarios/Scenario 1.md"]));
		expect(loaded.plugin.index.portfolio.diagnostics).toEqual([]);
	});

	it("never writes over a note: the next free name is taken", async () => {
		const mine = "---\ntitle: mine\n---\nMy own note called Scenario 1.\n";
		const loaded = await ready({ "Scenarios/Scenario 1.md": mine });
		run(loaded);
		await vi.waitFor(() => expect(loaded.app.workspace.openedPaths).toEqual(["Scenarios/Scenario 2.md"]));
		expect(loaded.app.vault.textAt("Scenarios/Scenario 1.md")).toBe(mine);
	});

	it("writes nothing and says why when the folder cannot be made", async () => {
		// A file named like the folder: Vault.createFolder cannot make it.
		const loaded = await ready({ Scenarios: "not a folder" });
		const before = loaded.app.vault.getFiles().map((f) => [f.path, loaded.app.vault.textAt(f.path)]);
		run(loaded);
		await vi.waitFor(() => expect(Notice.messages.join("\n")).toContain('Could not create "Scenarios/Scenario 1.md"'));
		expect(loaded.app.vault.getFiles().map((f) => [f.path, loaded.app.vault.textAt(f.path)])).toEqual(before);
		expect(loaded.app.workspace.openedPaths).toEqual([]);
	});
});
