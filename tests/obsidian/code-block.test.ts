// @vitest-environment happy-dom
// The `portfolio` code block: one section, live; an unknown section is explained as text.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseBlock } from "../../src/obsidian/code-block";
import { loadPlugin, streamNote } from "./plugin-fixture";

const files = {
	"Streams/Anchor job.md": streamNote("role: anchor", "hours-per-week: 30", "annual-revenue: 50000"),
	"Streams/Side course.md": streamNote("role: leverage", "hours-per-week: 10", "annual-revenue: 25000"),
};

async function ready() {
	const loaded = await loadPlugin(files);
	loaded.app.workspace.triggerLayoutReady();
	return loaded;
}

describe("portfolio code block", () => {
	beforeEach(() => {
		document.body.replaceChildren();
		vi.useFakeTimers();
	});
	afterEach(() => vi.useRealTimers());

	it("renders the section it names and follows edits to the notes", async () => {
		const { app } = await ready();
		const block = await app.renderCodeBlock("portfolio", "section: totals\n");
		expect(block.el.textContent).toMatch(/40/);
		expect(block.el.textContent).not.toMatch(/Learnings/i);
		await app.vault.modify(app.vault.getFileByPath("Streams/Side course.md")!, streamNote("role: leverage", "hours-per-week: 25"));
		vi.advanceTimersByTime(1000);
		expect(block.el.textContent).toMatch(/55/);
	});

	it("renders the compare section and follows a new scenario note", async () => {
		const { app } = await ready();
		const block = await app.renderCodeBlock("portfolio", "section: compare");
		expect(block.el.querySelector(".pj-section-compare .pj-empty")).not.toBeNull();
		await app.vault.create("Less anchor.md", '---\ntags: [portfolio/scenario]\nchanges:\n  - stream: "[[Anchor job]]"\n    hours-per-week: 20\n---\n');
		vi.advanceTimersByTime(1000);
		// Now 30 + 10 = 40 h; the scenario 20 + 10 = 30 h.
		expect([...block.el.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Measure", "Now", "Less anchor"]);
		expect([...block.el.querySelectorAll("tbody tr")][0]?.textContent).toBe("Hours a week40 h30 h ✓");
	});

	it("explains an unknown section name as text, listing the valid ones", async () => {
		const { app } = await ready();
		const block = await app.renderCodeBlock("portfolio", "section: <b>pie</b>");
		expect(block.el.querySelector("b")).toBeNull();
		expect(block.el.textContent).toContain('Unknown section "<b>pie</b>"');
		expect(block.el.textContent).toContain("allocation");
	});

	it("stops redrawing once the note that shows it is closed", async () => {
		const { app } = await ready();
		const block = await app.renderCodeBlock("portfolio", "section: totals");
		block.unload();
		block.el.replaceChildren();
		await app.vault.modify(app.vault.getFileByPath("Streams/Side course.md")!, streamNote("hours-per-week: 2"));
		vi.advanceTimersByTime(1000);
		expect(block.el.childElementCount).toBe(0);
	});

	it("reads the block's lines leniently", () => {
		expect(parseBlock("Section: Allocation")).toEqual({ section: "allocation" });
		expect(parseBlock("section: 'graph'\n\n")).toEqual({ section: "graph" });
		expect(parseBlock("")).toEqual({ section: null });
		expect(parseBlock("colour: red")).toHaveProperty("error");
	});
});
