// @vitest-environment happy-dom
// The plugin reads a review's answers from the metadata cache's list items and the note's text:
// at start (the cache is cold to text, so the review is read once) and after each edit (the text
// comes with Obsidian's `changed` event).
import { describe, expect, it, vi } from "vitest";
import { REPORT_CLI_COMMAND } from "../../src/obsidian/cli-report";
import { loadPlugin, streamNote } from "./plugin-fixture";

const review = (answer: string) =>
	["---", "tags: [portfolio/review]", "quarter: 2026-Q3", "---", "## What the streams taught each other", "- What did [[Writing]] teach [[Consulting]] this quarter?", `  - ${answer}`, ""].join("\n");

describe("answers in a review", () => {
	it("count as learnings at start and follow each edit of the review", async () => {
		const { app, plugin } = await loadPlugin({
			"Streams/Consulting.md": streamNote("role: anchor"),
			"Streams/Writing.md": streamNote("role: leverage"),
			"Reviews/2026-Q3 review.md": review("Clients read the essays before calling."),
		});
		app.workspace.triggerLayoutReady();
		await vi.waitFor(() => expect(plugin.index.portfolio.learnings.map((l) => l.text)).toEqual(["Clients read the essays before calling."]));
		expect(plugin.index.portfolio.learnings[0]).toMatchObject({ from: "Streams/Writing.md", to: "Streams/Consulting.md", quarter: "2026-Q3", source: "Reviews/2026-Q3 review.md" });

		const file = app.vault.getFileByPath("Reviews/2026-Q3 review.md");
		if (!file) throw new Error("no review");
		await app.vault.modify(file, review(""));
		await app.metadataCache.settle();
		plugin.index.refreshNow();
		expect(plugin.index.portfolio.learnings).toEqual([]);
		await app.vault.modify(file, review("A talk became a retainer."));
		await app.metadataCache.settle();
		plugin.index.refreshNow();
		expect(plugin.index.portfolio.learnings.map((l) => l.text)).toEqual(["A talk became a retainer."]);
	});

	it("count in the report through Obsidian's command line, which reads the notes afresh", async () => {
		const { app } = await loadPlugin({
			"Streams/Consulting.md": streamNote("role: anchor"),
			"Streams/Writing.md": streamNote("role: leverage"),
			"Reviews/2026-Q3 review.md": review("Clients read the essays before calling."),
		});
		app.workspace.triggerLayoutReady();
		const report = JSON.parse(await app.cli.run(REPORT_CLI_COMMAND, ["json", "today=2026-11-20"])) as { learnings: { from: string; to: string; text: string }[] };
		expect(report.learnings).toEqual([expect.objectContaining({ from: "Streams/Writing.md", to: "Streams/Consulting.md", text: "Clients read the essays before calling." })]);
	});
});
