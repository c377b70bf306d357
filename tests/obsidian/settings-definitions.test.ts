// @vitest-environment happy-dom
// Obsidian 1.13+ draws the settings from getSettingDefinitions(): the same rows, values and checks
// as the classic tab, so search finds them and nothing invalid is saved.
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../../src/core";
import type { PluginSettingTab } from "../fakes/obsidian";
import { changeSetting, listSettings, shownValue } from "../fakes/setting-definitions";
import { loadPlugin } from "./plugin-fixture";

type Tab = PluginSettingTab & Parameters<typeof listSettings>[0];

async function openTab(): Promise<{ tab: Tab; saved: () => Record<string, unknown> }> {
	const { app } = await loadPlugin({}, { currency: "EUR" });
	const tab = app.settingTabs[0] as Tab;
	return { tab, saved: () => JSON.parse(app.pluginData.get("portfolio-journal") ?? "{}") as Record<string, unknown> };
}

describe("declarative settings", () => {
	it("lists the rows of the classic tab under the same headings", async () => {
		const { tab } = await openTab();
		tab.display();
		const classic = [...tab.containerEl.querySelectorAll(".setting-item:not(.setting-item-heading) .setting-item-name")].map((el) => el.textContent);
		const headings = [...tab.containerEl.querySelectorAll(".setting-item-heading .setting-item-name")].map((el) => el.textContent);
		const listed = listSettings(tab);
		expect(listed.map((s) => s.name)).toEqual(classic);
		expect([...new Set(listed.map((s) => s.heading))]).toEqual(headings);
	});

	it("shows the saved values", async () => {
		const { tab } = await openTab();
		expect(shownValue(tab, "Currency")).toBe("EUR");
		expect(shownValue(tab, "Stream tag")).toBe("portfolio/stream");
		expect(shownValue(tab, "Fiscal year start")).toBe("1");
	});

	it("saves a valid change and refuses an invalid one with the reason under the field", async () => {
		const { tab, saved } = await openTab();
		expect(await changeSetting(tab, "Stream tag", "#career/stream")).toBeNull();
		expect(saved().streamTag).toBe("career/stream");
		expect(await changeSetting(tab, "Overload hours", "lots")).toBe("Not saved: enter a number from 0 to 168.");
		expect(await changeSetting(tab, "Fewest active streams", "9")).toContain("no more than the most active streams");
		expect(saved().thresholds).toEqual(DEFAULT_THRESHOLDS);
		expect(await changeSetting(tab, "Overload hours", "50")).toBeNull();
		expect((saved().thresholds as Record<string, number>).overloadHours).toBe(50);
	});

	it("offers the twelve months as a dropdown and saves the month's number", async () => {
		const { tab, saved } = await openTab();
		const fiscal = listSettings(tab).find((s) => s.name === "Fiscal year start");
		expect(fiscal?.control.type).toBe("dropdown");
		expect(Object.values(fiscal?.control.options ?? {})).toHaveLength(12);
		expect(await changeSetting(tab, "Fiscal year start", "4")).toBeNull();
		expect(saved().fiscalYearStartMonth).toBe(4);
	});
});
