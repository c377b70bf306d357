// @vitest-environment happy-dom
// An edit redraws only the sections that read what it changed; the others keep their very elements,
// and what the reader opened or picked in a redrawn section is still open or picked afterwards.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DASHBOARD_VIEW_TYPE, type DashboardView } from "../../src/obsidian/dashboard-view";
import type { App } from "../fakes/obsidian";
import { loadPlugin, readSeedVault, streamNote } from "./plugin-fixture";

// 23 streams: the drift tables show 20 rows and a "Show all" row (hiding a single row would save nothing).
const manyStreams = Object.fromEntries(
	Array.from({ length: 23 }, (_, i) => [`Streams/Stream ${String(i + 1).padStart(2, "0")}.md`, streamNote("role: seed", `hours-per-week: ${i + 1}`)]),
);
const files = {
	...manyStreams,
	"Streams/Stream 01.md": streamNote("role: anchor", "hours-per-week: 1", "learnings: ['2026-05-02 [[Stream 02]]: pricing']"),
	"Streams/Stream 03.md": streamNote("role: seed", "hours-per-week: 3", "learnings: ['2026-06-01 [[Stream 04]]: teaching']"),
	"Notes/Shopping.md": "Milk and bread.",
};

async function openDashboard(vault: Record<string, string> = files): Promise<{ app: App; view: DashboardView }> {
	const { app, plugin } = await loadPlugin(vault);
	app.workspace.triggerLayoutReady();
	await plugin.openDashboard();
	// The pane draws its first sections at once and each of the others from a task of its own.
	await vi.advanceTimersByTimeAsync(100);
	const view = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]!.view as unknown as DashboardView;
	return { app, view };
}

async function edit(app: App, path: string, text: string): Promise<void> {
	await app.vault.modify(app.vault.getFileByPath(path)!, text);
	// The debounced rebuild, then the update drawn a section at a time, each in a task of its own.
	await vi.advanceTimersByTimeAsync(1000);
}

/** Each section's first child element, by section name: the same node after an update means "not redrawn". */
function sectionHeads(view: DashboardView): Map<string, Element | null> {
	const heads = new Map<string, Element | null>();
	for (const section of view.contentEl.querySelectorAll(".pj-section")) {
		const name = [...section.classList].find((c) => c.startsWith("pj-section-"))!.slice("pj-section-".length);
		heads.set(name, section.firstElementChild);
	}
	return heads;
}

describe("dashboard updates", () => {
	beforeEach(() => {
		document.body.replaceChildren();
		vi.useFakeTimers();
	});
	afterEach(() => vi.useRealTimers());

	it("draws the top of the pane at once and each other section from a task of its own", async () => {
		const { app, plugin } = await loadPlugin(files);
		app.workspace.triggerLayoutReady();
		await plugin.openDashboard();
		const view = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]!.view as unknown as DashboardView;
		const filled = () => [...view.contentEl.querySelectorAll(".pj-slot")].map((slot) => slot.childElementCount > 0);
		// 13 sections: the summary and the allocation now, the 11 others still empty.
		expect(filled()).toEqual([true, true, ...Array<boolean>(11).fill(false)]);
		await vi.advanceTimersByTimeAsync(0);
		expect(filled().filter(Boolean)).toHaveLength(3);
		await vi.advanceTimersByTimeAsync(100);
		expect(filled()).toEqual(Array<boolean>(13).fill(true));
	});

	it("redraws only the sections that read what an edit changed", async () => {
		const { app, view } = await openDashboard();
		const before = sectionHeads(view);
		expect([...before.keys()]).toEqual(["totals", "allocation", "week", "graph", "trends", "forecast", "resilience", "diversification", "energy", "roadmap", "compare", "findings", "learnings"]);

		// A new learning changes the learnings (and the graph, which draws learned edges), not the streams' hours.
		await edit(app, "Streams/Stream 03.md", streamNote("role: seed", "hours-per-week: 3", "learnings: ['2026-06-01 [[Stream 04]]: teaching', '2026-07-01 [[Stream 05]]: writing']"));
		const after = sectionHeads(view);
		expect(after.get("learnings")).not.toBe(before.get("learnings"));
		expect(after.get("graph")).not.toBe(before.get("graph"));
		// Trends read only the reviews (and the streams, for names): with no review changed they stay as drawn.
		expect(after.get("trends")).toBe(before.get("trends"));
		expect(after.get("allocation")).toBe(before.get("allocation"));
		expect(view.contentEl.textContent).toContain("writing");
	});

	it("leaves the trends and the forecast as drawn when hours change", async () => {
		// Eight reviews and two scenarios: every section has something to draw.
		const vault = readSeedVault("freelance-researcher");
		const path = "Streams/Retainer consulting.md";
		const { app, view } = await openDashboard(vault);
		const before = sectionHeads(view);
		// New hours change the stream's hourly rate in the measures, not its forecast (drawn from the
		// reviews' income) nor anything trends show: only what shows hours or rates redraws.
		await edit(app, path, vault[path]!.replace(/^hours-per-week: .*$/m, "hours-per-week: 9"));
		const after = sectionHeads(view);
		expect(after.get("allocation")).not.toBe(before.get("allocation"));
		expect(after.get("trends")).toBe(before.get("trends"));
		expect(after.get("forecast")).toBe(before.get("forecast"));
	});

	it("leaves compare as drawn when hours change and no scenario exists", async () => {
		const { app, view } = await openDashboard();
		const before = sectionHeads(view);
		await edit(app, "Streams/Stream 02.md", streamNote("role: seed", "hours-per-week: 41"));
		const after = sectionHeads(view);
		expect(after.get("allocation")).not.toBe(before.get("allocation"));
		// It says only that there is no scenario yet: nothing about hours.
		expect(after.get("compare")).toBe(before.get("compare"));
		expect(view.contentEl.querySelector(".pj-section-compare .pj-empty")?.textContent).toContain("No scenario yet");
	});

	it("redraws nothing for an edit outside the portfolio", async () => {
		const { app, view } = await openDashboard();
		const drawn = view.sectionRedraws;
		await edit(app, "Notes/Shopping.md", "Milk, bread and eggs.");
		expect(view.sectionRedraws).toBe(drawn);
	});

	it("keeps an expanded table expanded, and the learnings filter, across an update", async () => {
		const { app, view } = await openDashboard();
		const timeTable = () => view.contentEl.querySelector(".pj-allocation-time table")!;
		expect(timeTable().querySelectorAll("tbody tr")).toHaveLength(21);
		timeTable().querySelector<HTMLButtonElement>(".pj-show-all")!.click();
		expect(timeTable().querySelectorAll("tbody tr")).toHaveLength(23);
		const filter = view.contentEl.querySelector<HTMLSelectElement>(".pj-section-learnings select")!;
		filter.value = "Streams/Stream 03.md";
		filter.dispatchEvent(new Event("change"));
		expect(view.contentEl.querySelectorAll(".pj-learning")).toHaveLength(1);

		// New hours and a new learning in one edit: allocation and learnings both redraw.
		const learningsHead = view.contentEl.querySelector(".pj-section-learnings")!.firstElementChild;
		await edit(app, "Streams/Stream 02.md", streamNote("role: seed", "hours-per-week: 40", "learnings: ['2026-07-03 [[Stream 05]]: contracts']"));
		expect(view.contentEl.querySelector(".pj-section-learnings")!.firstElementChild).not.toBe(learningsHead);
		expect(timeTable().querySelectorAll("tbody tr")).toHaveLength(23);
		expect(timeTable().querySelector(".pj-show-all")).toBeNull();
		expect(view.contentEl.querySelector<HTMLSelectElement>(".pj-section-learnings select")!.value).toBe("Streams/Stream 03.md");
		expect(view.contentEl.querySelectorAll(".pj-learning")).toHaveLength(1);
	});

	it("redraws a section that shows stream names when a name changes, not when hours do", async () => {
		const { app, view } = await openDashboard();
		const head = () => view.contentEl.querySelector(".pj-section-learnings")!.firstElementChild;
		const before = head();
		await edit(app, "Streams/Stream 02.md", streamNote("role: seed", "hours-per-week: 41"));
		expect(head()).toBe(before);
		await app.vault.rename(app.vault.getFileByPath("Streams/Stream 01.md")!, "Streams/Pricing lab.md");
		// The debounced rebuild, then the update drawn a section at a time.
		await vi.advanceTimersByTimeAsync(1000);
		expect(head()).not.toBe(before);
		expect(view.contentEl.querySelector(".pj-section-learnings")!.textContent).toContain("Pricing lab");
	});

	it("keeps focus on the same stream's link when an edit re-sorts its table", async () => {
		// Hours 10, 8, 6, 4: the time-share table lists Alpha, Bravo, Charlie, Delta. Delta at 30 h goes
		// first, so Charlie's link moves from the third row to the fourth and Bravo's takes the third.
		const four = {
			"Streams/Alpha.md": streamNote("role: anchor", "hours-per-week: 10"),
			"Streams/Bravo.md": streamNote("role: client", "hours-per-week: 8"),
			"Streams/Charlie.md": streamNote("role: client", "hours-per-week: 6"),
			"Streams/Delta.md": streamNote("role: client", "hours-per-week: 4"),
		};
		const { app, view } = await openDashboard(four);
		const links = () => [...view.contentEl.querySelectorAll<HTMLElement>(".pj-section-allocation a.pj-link")];
		links().find((a) => a.dataset.path === "Streams/Charlie.md")!.focus();
		const rowsBefore = links().map((a) => a.dataset.path);
		await edit(app, "Streams/Delta.md", streamNote("role: client", "hours-per-week: 30"));
		expect(links().map((a) => a.dataset.path)).not.toEqual(rowsBefore);
		expect((document.activeElement as HTMLElement).dataset.path).toBe("Streams/Charlie.md");
	});

	it("keeps focus on the control the reader was on when its section redraws", async () => {
		const { app, view } = await openDashboard();
		view.contentEl.querySelector<HTMLSelectElement>(".pj-section-learnings select")!.focus();
		await edit(app, "Streams/Stream 02.md", streamNote("role: seed", "hours-per-week: 41", "learnings: ['2026-07-03 [[Stream 05]]: contracts']"));
		const select = view.contentEl.querySelector(".pj-section-learnings select");
		expect(document.activeElement).toBe(select);
	});
});
