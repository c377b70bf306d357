// @vitest-environment happy-dom
// The settings tab: what a person types is validated, saved to data.json and re-indexes the notes.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { App, PluginSettingTab } from "../fakes/obsidian";
import { loadPlugin, streamNote } from "./plugin-fixture";

const files = {
	"Streams/Anchor job.md": streamNote("hours-per-week: 30"),
	"Streams/Career.md": "---\ntags: career/stream\nhours-per-week: 5\n---\n",
};

async function openTab(): Promise<{ app: App; tab: PluginSettingTab; index: { portfolio: { streams: { name: string }[] } } }> {
	const { app, plugin } = await loadPlugin(files, { currency: "EUR" });
	app.workspace.triggerLayoutReady();
	const tab = app.settingTabs[0]!;
	tab.display();
	return { app, tab, index: plugin.index };
}

function row(tab: PluginSettingTab, name: string): HTMLElement {
	const found = [...tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")].find((el) => el.querySelector(".setting-item-name")?.textContent === name);
	if (!found) throw new Error(`No setting named ${name}`);
	return found;
}

function type(el: HTMLElement, text: string): void {
	const input = el.querySelector("input")!;
	input.value = text;
	input.dispatchEvent(new Event("input"));
}

const saved = (app: App): Record<string, unknown> => JSON.parse(app.pluginData.get("portfolio-journal") ?? "{}") as Record<string, unknown>;

describe("settings tab", () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it("shows the saved values under sentence-case headings", async () => {
		const { tab } = await openTab();
		const headings = [...tab.containerEl.querySelectorAll(".setting-item-heading .setting-item-name")].map((el) => el.textContent);
		expect(headings).toEqual(["Notes", "Quarterly reviews", "Display", "Planning", "Money and time", "Findings"]);
		expect(row(tab, "Currency").querySelector("input")!.value).toBe("EUR");
		expect(row(tab, "Stream tag").querySelector("input")!.value).toBe("portfolio/stream");
	});

	it("saves the planning settings, refusing an income that is not an amount", async () => {
		const { app, tab } = await openTab();
		const income = row(tab, "Least income when exploring");
		type(income, "-5");
		expect(income.textContent).toContain("Not saved");
		type(income, "80000");
		await vi.waitFor(() => expect(saved(app).exploreMinIncome).toBe(80000));
		const anchor = row(tab, "Anchor when exploring").querySelector("select")!;
		anchor.value = "false";
		anchor.dispatchEvent(new Event("change"));
		await vi.waitFor(() => expect(saved(app).exploreRequireAnchor).toBe(false));
	});

	it("saves a new stream tag and re-indexes the notes with it", async () => {
		const { app, tab, index } = await openTab();
		expect(index.portfolio.streams.map((s) => s.name)).toEqual(["Anchor job"]);
		type(row(tab, "Stream tag"), "#career/stream");
		await vi.waitFor(() => expect(saved(app).streamTag).toBe("career/stream"));
		vi.advanceTimersByTime(1000);
		expect(index.portfolio.streams.map((s) => s.name)).toEqual(["Career"]);
	});

	it("refuses a threshold that is not a number and says so in place", async () => {
		const { app, tab } = await openTab();
		const overload = row(tab, "Overload hours");
		type(overload, "lots");
		expect(overload.querySelector("input")!.getAttribute("aria-invalid")).toBe("true");
		expect(overload.textContent).toContain("Not saved");
		// The row is marked, so styles.css can show the reason in the error colour.
		expect(overload.classList.contains("pj-setting-invalid")).toBe(true);
		expect(app.pluginData.get("portfolio-journal")).toBe(JSON.stringify({ currency: "EUR" }));
		type(overload, "50");
		await vi.waitFor(() => expect((saved(app).thresholds as Record<string, number>).overloadHours).toBe(50));
		expect(overload.querySelector("input")!.hasAttribute("aria-invalid")).toBe(false);
		expect(overload.classList.contains("pj-setting-invalid")).toBe(false);
	});

	it("says what is wrong with the value in the words of that row", async () => {
		const { tab } = await openTab();
		type(row(tab, "Drift from target"), "150");
		expect(row(tab, "Drift from target").textContent).toContain("from 0 to 100");
		expect(row(tab, "Drift from target").textContent).not.toContain("stream counts");
		type(row(tab, "Stream tag"), "my streams");
		expect(row(tab, "Stream tag").textContent).toContain("Not saved");
		expect(row(tab, "Stream tag").textContent).toContain("space");
	});

	it("keeps the fewest streams at or under the most", async () => {
		const { app, tab } = await openTab();
		type(row(tab, "Fewest active streams"), "9");
		expect(row(tab, "Fewest active streams").textContent).toContain("Not saved");
		expect(app.pluginData.get("portfolio-journal")).toBe(JSON.stringify({ currency: "EUR" }));
	});

	it("offers the twelve months for the fiscal year start and saves the choice", async () => {
		const { app, tab } = await openTab();
		const select = row(tab, "Fiscal year start").querySelector("select")!;
		expect(select.options).toHaveLength(12);
		select.value = "4";
		select.dispatchEvent(new Event("change"));
		await vi.waitFor(() => expect(saved(app).fiscalYearStartMonth).toBe(4));
	});

	it("needs a quarter placeholder in the review file name", async () => {
		const { app, tab } = await openTab();
		type(row(tab, "File name format"), "review");
		expect(row(tab, "File name format").textContent).toContain("{quarter}");
		type(row(tab, "File name format"), "Review {year}-{q}");
		await vi.waitFor(() => expect(saved(app).reviewFileFormat).toBe("Review {year}-{q}"));
	});

	it("takes only a calendar file ending in .ics, so the export never points at a note", async () => {
		const { app, tab } = await openTab();
		expect(row(tab, "Calendar file").querySelector("input")!.value).toBe("Portfolio week.ics");
		type(row(tab, "Calendar file"), "Week.md");
		expect(row(tab, "Calendar file").textContent).toContain("Not saved: enter a file path ending in .ics.");
		expect(saved(app).icsPath).toBeUndefined();
		type(row(tab, "Calendar file"), " Calendars//Week.ics ");
		await vi.waitFor(() => expect(saved(app).icsPath).toBe("Calendars/Week.ics"));
	});

	it("saves the week's thresholds, a whole number of minutes for deep work", async () => {
		const { app, tab } = await openTab();
		type(row(tab, "Deep work minutes"), "60.5");
		expect(row(tab, "Deep work minutes").textContent).toContain("whole number from 0 to 1440");
		type(row(tab, "Deep work minutes"), "60");
		await vi.waitFor(() => expect((saved(app).thresholds as Record<string, number>).deepWorkMinutes).toBe(60));
	});
});

describe("settings tab: money and time", () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it("saves exchange rates typed as code=rate, and refuses a rate it cannot read", async () => {
		const { app, tab } = await openTab();
		const rates = row(tab, "Exchange rates");
		type(rates, "EUR=1.1, gbp 1.27");
		await vi.waitFor(() => expect(saved(app).exchangeRates).toEqual({ EUR: 1.1, GBP: 1.27 }));
		type(rates, "EUR=1.1, GBP=lots");
		expect(rates.textContent).toContain("Not saved");
		expect(saved(app).exchangeRates).toEqual({ EUR: 1.1, GBP: 1.27 });
	});

	it("saves the cash buffer and monthly costs, and an empty box turns the runway off again", async () => {
		const { app, tab } = await openTab();
		type(row(tab, "Cash buffer"), "24,000");
		await vi.waitFor(() => expect(saved(app).cashBuffer).toBe(24000));
		type(row(tab, "Cash buffer"), "");
		await vi.waitFor(() => expect(saved(app).cashBuffer).toBeNull());
	});

	it("keeps weeks worked a year between 1 and 53", async () => {
		const { app, tab } = await openTab();
		type(row(tab, "Working weeks a year"), "60");
		expect(row(tab, "Working weeks a year").textContent).toContain("from 1 to 53");
		type(row(tab, "Working weeks a year"), "46");
		await vi.waitFor(() => expect(saved(app).weeksPerYear).toBe(46));
	});

	it("saves the new thresholds like the others", async () => {
		const { app, tab } = await openTab();
		type(row(tab, "Correlated above"), "1.5");
		expect(row(tab, "Correlated above").textContent).toContain("from 0 to 1");
		type(row(tab, "Correlated above"), "0.8");
		await vi.waitFor(() => expect((saved(app).thresholds as Record<string, number>).correlatedAbove).toBe(0.8));
	});
});
