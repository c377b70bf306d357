// @vitest-environment happy-dom
// The "Portfolio" Bases view: the notes a Base selects are the portfolio, figured from the metadata
// cache exactly as the dashboard pane figures a vault that holds only those notes.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SECTION_NAMES } from "../../../src/obsidian/dashboard/render-dashboard";
import { DASHBOARD_VIEW_TYPE, type DashboardView } from "../../../src/obsidian/dashboard-view";
import { PORTFOLIO_BASES_VIEW } from "../../../src/obsidian/bases/portfolio-bases-view";
import { App, BasesHost, LATEST_API_VERSION, setApiVersion, type TFile } from "../../fakes/obsidian";
import { loadPlugin, streamNote } from "../plugin-fixture";

const selected = {
	"Streams/Anchor.md": streamNote("status: active", "hours-per-week: 30", "annual-revenue: 60000", "target-time: 60", "target-income: 50"),
	"Streams/Course.md": streamNote("status: active", "hours-per-week: 10", "annual-revenue: 20000", "target-time: 40", "target-income: 50"),
	"Reviews/2026-Q3 review.md": [
		"---",
		"tags: [portfolio/review]",
		"actuals:",
		'  - stream: "[[Anchor]]"',
		"    hours-per-week: 20",
		"    income: 10000",
		'  - stream: "[[Course]]"',
		"    hours-per-week: 20",
		"    income: 10000",
		"---",
		"",
	].join("\n"),
};
const outside = {
	"Streams/Other job.md": streamNote("status: active", "hours-per-week: 40", "annual-revenue: 100000"),
	"Notes/Shopping.md": "Milk and bread.",
};

async function openBase(files: Record<string, string>, paths: string[], entry: Record<string, unknown> = {}): Promise<{ app: App; host: BasesHost }> {
	const { app } = await loadPlugin(files);
	app.workspace.triggerLayoutReady();
	const registration = app.basesViews.get(PORTFOLIO_BASES_VIEW);
	if (!registration) throw new Error("the Portfolio view is not registered");
	const notes = paths.map((path) => app.vault.getFileByPath(path)).filter((file): file is TFile => file !== null);
	return { app, host: new BasesHost(app, registration, notes, { type: PORTFOLIO_BASES_VIEW, name: "Portfolio", ...entry }) };
}

// The pane of a vault that holds only the selected notes: what the Base view must agree with.
async function paneOf(files: Record<string, string>): Promise<HTMLElement> {
	const { app, plugin } = await loadPlugin(files);
	app.workspace.triggerLayoutReady();
	await plugin.openDashboard();
	// The pane draws its first sections at once and each of the others from a task of its own.
	await vi.advanceTimersByTimeAsync(100);
	return (app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]!.view as unknown as DashboardView).contentEl;
}

const loaded = (plugin: object): boolean => (plugin as { isLoaded?: boolean }).isLoaded === true;

const rows = (el: ParentNode, selector: string): string[][] => [...el.querySelectorAll(`${selector} tbody tr`)].map((tr) => [...tr.querySelectorAll("td, th")].map((c) => c.textContent ?? ""));

describe("the Portfolio Bases view", () => {
	beforeEach(() => {
		document.body.replaceChildren();
		vi.useFakeTimers();
		vi.setSystemTime(new Date(2026, 10, 20, 12));
	});
	afterEach(() => {
		vi.useRealTimers();
		setApiVersion(LATEST_API_VERSION);
	});

	it("shows the allocation of the selected notes only, worked out from their properties", async () => {
		const { host } = await openBase({ ...selected, ...outside }, Object.keys(selected));
		// Time: 30 + 10 = 40 h; Anchor 30/40 = 75% against 60% (+15 pts), Course 10/40 = 25% against 40% (-15 pts).
		// The 2026-Q3 review gave each 20 of 40 h: 50%. Other job (40 h) is outside the Base and counts nowhere.
		expect(rows(host.containerEl, ".pj-allocation-time table")).toEqual([
			["Anchor", "75%", "60%", "+15 pts", "50%"],
			["Course", "25%", "40%", "-15 pts", "50%"],
		]);
		// Income: 60,000 + 20,000 = 80,000; Anchor 75% against 50% (+25 pts), Course 25% (-25 pts).
		expect(rows(host.containerEl, ".pj-allocation-income table").map((r) => r.slice(0, 4))).toEqual([
			["Anchor", "75%", "50%", "+25 pts"],
			["Course", "25%", "50%", "-25 pts"],
		]);
	});

	it.each(["totals", "allocation", "trends", "learnings"])("shows the same %s as the pane of a vault holding only those notes", async (section) => {
		const { host } = await openBase({ ...selected, ...outside }, Object.keys(selected), { section });
		const pane = await paneOf({ ...selected, "Notes/Shopping.md": outside["Notes/Shopping.md"] });
		const inBase = host.containerEl.querySelector(`.pj-section-${section}`);
		expect(inBase).not.toBeNull();
		expect(inBase?.textContent).toBe(pane.querySelector(`.pj-section-${section}`)?.textContent);
	});

	it("leaves out, without a complaint, links to streams the Base does not select; a broken link is still reported", async () => {
		const files = {
			...outside,
			"Streams/Anchor.md": streamNote("status: active", "hours-per-week: 30", 'funds: ["[[Other job]]", "[[Course]]", "[[Nowhere]]"]'),
			"Streams/Course.md": streamNote("status: active", "hours-per-week: 10"),
		};
		const { host } = await openBase(files, ["Streams/Anchor.md", "Streams/Course.md"], { section: "findings" });
		const text = host.containerEl.textContent ?? "";
		expect(text).toContain("“Nowhere” does not match any note");
		expect(text).not.toContain("Other job");
		host.setOption("section", "graph");
		// Anchor funds Course: the one edge between the selected streams.
		expect(host.containerEl.querySelectorAll(".pj-graph .pj-edge")).toHaveLength(1);
	});

	it("offers every dashboard section in its options and draws the one chosen", async () => {
		const { host } = await openBase({ ...selected, ...outside }, Object.keys(selected));
		const [option] = host.options;
		expect(option).toMatchObject({ key: "section", type: "dropdown", default: "allocation" });
		expect(Object.keys(option?.options ?? {})).toEqual([...SECTION_NAMES]);
		host.setOption("section", "graph");
		expect(host.containerEl.querySelector(".pj-section-allocation")).toBeNull();
		// Two selected streams, two nodes: Other job is not in this Base.
		expect(host.containerEl.querySelectorAll(".pj-graph .pj-node")).toHaveLength(2);
		host.setOption("section", "no such section");
		expect(host.containerEl.querySelector(".pj-section-allocation")).not.toBeNull();
	});

	it("follows an edit of a selected note", async () => {
		const { app, host } = await openBase({ ...selected, ...outside }, Object.keys(selected));
		const course = app.vault.getFileByPath("Streams/Course.md")!;
		await app.vault.modify(course, streamNote("status: active", "hours-per-week: 30", "target-time: 40"));
		// The cache indexes the write a moment later (fake timers here), then the view follows its `changed` event.
		vi.advanceTimersByTime(0);
		// 30 + 30 = 60 h: each stream has half the time now.
		expect(rows(host.containerEl, ".pj-allocation-time table").map((r) => r.slice(0, 2))).toEqual([
			["Anchor", "50%"],
			["Course", "50%"],
		]);
	});

	it("redraws its section in place, and only when what it shows changed", async () => {
		const { app, host } = await openBase({ ...selected, ...outside }, Object.keys(selected));
		const section = (): Element => host.containerEl.querySelector(".pj-section-allocation")!;
		const element = section();
		const first = element.firstElementChild;
		// A body edit of a selected note changes nothing the section shows: nothing is redrawn.
		const course = app.vault.getFileByPath("Streams/Course.md")!;
		await app.vault.modify(course, `${app.vault.textAt("Streams/Course.md")}\nA new paragraph.\n`);
		vi.advanceTimersByTime(0);
		expect(section().firstElementChild).toBe(first);
		// 30 + 30 = 60 h: each stream has half the time now.
		await app.vault.modify(course, streamNote("status: active", "hours-per-week: 30", "target-time: 40"));
		vi.advanceTimersByTime(0);
		// New hours redraw the section's content in the same element, where the reader's state is kept.
		expect(section()).toBe(element);
		expect(section().firstElementChild).not.toBe(first);
		expect(rows(host.containerEl, ".pj-allocation-time table").map((r) => r.slice(0, 2))).toEqual([
			["Anchor", "50%"],
			["Course", "50%"],
		]);
	});

	it("redraws when the plugin's settings change, which Bases does not re-query for", async () => {
		const { plugin } = await loadPlugin({ ...selected, ...outside });
		const app = plugin.app as unknown as App;
		app.workspace.triggerLayoutReady();
		const notes = Object.keys(selected).map((path) => app.vault.getFileByPath(path)).filter((file): file is TFile => file !== null);
		const host = new BasesHost(app, app.basesViews.get(PORTFOLIO_BASES_VIEW)!, notes, { section: "totals" });
		expect(host.containerEl.textContent).toContain("$80,000");
		await plugin.saveSettings({ ...plugin.settings, currency: "EUR" });
		vi.advanceTimersByTime(1000);
		// 60,000 + 20,000 of the two selected streams, now in euros.
		expect(host.containerEl.textContent).toContain("€80,000");
	});

	it("creates a new stream note from its button, tagged and active", async () => {
		const { app, host } = await openBase(selected, Object.keys(selected));
		host.containerEl.querySelector<HTMLButtonElement>("button.pj-bases-new-stream")!.click();
		await vi.waitFor(() => expect(app.vault.getFileByPath("New stream.md")).not.toBeNull());
		const cache = app.metadataCache.getFileCache(app.vault.getFileByPath("New stream.md")!);
		expect(cache?.frontmatter).toEqual({ tags: ["portfolio/stream"], status: "active" });
	});

	it("has no New stream button before Obsidian 1.10.2, which lacks createFileForView", async () => {
		setApiVersion("1.10.1");
		const { host } = await openBase(selected, Object.keys(selected));
		expect(host.containerEl.querySelector("button")).toBeNull();
		expect(host.containerEl.querySelector(".pj-section-allocation")).not.toBeNull();
	});

	it("releases its charts and listeners when the Base closes", async () => {
		const { app, host } = await openBase(selected, Object.keys(selected));
		host.close();
		expect(host.view.isLoaded).toBe(false);
		expect(() => app.workspace.trigger("css-change")).not.toThrow();
	});
});

describe("on an Obsidian without Bases views", () => {
	afterEach(() => setApiVersion(LATEST_API_VERSION));

	it("loads without the view before 1.10, where BasesView does not exist", async () => {
		setApiVersion("1.9.14");
		const { app, plugin } = await loadPlugin(selected);
		expect(loaded(plugin)).toBe(true);
		expect(app.basesViews.size).toBe(0);
		expect(Object.keys(app.commands.commands)).toContain("portfolio-journal:open-dashboard");
		app.workspace.triggerLayoutReady();
		expect(plugin.index.portfolio.streams.map((s) => s.name)).toEqual(["Anchor", "Course"]);
	});

	it("loads without the view when the Bases core plugin is off", async () => {
		const app = new App(selected);
		app.basesEnabled = false;
		const { plugin } = await loadPlugin(selected, undefined, app);
		expect(loaded(plugin)).toBe(true);
		expect(app.basesViews.size).toBe(0);
	});
});
