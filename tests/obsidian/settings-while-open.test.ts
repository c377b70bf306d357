// @vitest-environment happy-dom
// Every setting, changed with the dashboard open, leaves it showing what a dashboard opened afresh
// with that setting shows: a setting that changes how a note is read re-reads the notes.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS, DEFAULT_THRESHOLDS } from "../../src/core/settings";
import type { PortfolioSettings } from "../../src/core/types";
import { openDashboardView, readSeedVault, streamNote } from "./plugin-fixture";

// A value other than the default for every setting. Typed as the whole settings, so a new setting
// does not compile until it has one here, and is then checked like the others.
const CHANGED: PortfolioSettings = {
	streamTag: "career/stream",
	reviewTag: "career/review",
	reviewsFolder: "Quarterly",
	reviewFileFormat: "{year} Q{q}",
	fiscalYearStartMonth: 7,
	currency: "EUR",
	reviewTemplatePath: "Templates/Review.md",
	numberFormat: "1.234,5",
	icsPath: "Week.ics",
	thresholds: { ...DEFAULT_THRESHOLDS, overloadHours: 20, driftPoints: 2 },
	weeksPerYear: 40,
	exchangeRates: { GBP: 1.3 },
	cashBuffer: 20000,
	monthlyCosts: 3000,
	scenarioTag: "career/scenario",
	exploreMinIncome: 500,
	exploreRequireAnchor: false,
};

// Reviews, scenarios and a stream whose income is written in dollars ("$180,000"), plus notes that
// only the changed tags and number format read.
const VAULT: Record<string, string> = {
	...readSeedVault("portfolio-executive"),
	"Streams/Other career.md": "---\ntags: career/stream\nrole: client\nhours-per-week: 6\nannual-revenue: 9000\n---\n",
	"Streams/Decimal comma.md": streamNote("role: seed", "hours-per-week: 2", 'annual-revenue: "1.234,5"'),
};

async function openDashboard(saved?: PortfolioSettings) {
	const { plugin, view } = await openDashboardView(VAULT, saved);
	return { plugin, text: () => view.contentEl.textContent ?? "" };
}

describe("settings changed with the dashboard open", () => {
	beforeEach(() => {
		document.body.replaceChildren();
		vi.useFakeTimers();
	});
	afterEach(() => vi.useRealTimers());

	it.each(Object.keys(CHANGED) as (keyof PortfolioSettings)[])("%s: the open dashboard shows what a fresh one shows", async (key) => {
		expect(CHANGED[key]).not.toEqual(DEFAULT_SETTINGS[key]);
		const next = { ...DEFAULT_SETTINGS, [key]: CHANGED[key] };
		const open = await openDashboard();
		await open.plugin.saveSettings(next);
		await vi.advanceTimersByTimeAsync(1000);
		document.body.replaceChildren();
		const fresh = await openDashboard(next);
		expect(open.text()).toBe(fresh.text());
	});

	it("a new currency re-reads amounts written in another one", async () => {
		const open = await openDashboard();
		expect(open.text()).not.toContain("is in $, not in EUR");
		await open.plugin.saveSettings({ ...DEFAULT_SETTINGS, currency: "EUR" });
		await vi.advanceTimersByTimeAsync(1000);
		// "$180,000" cannot be read as euros: the note's income counts as missing, and the dashboard says why.
		expect(open.text()).toContain('annual-revenue: "$180,000" is in $, not in EUR');
	});
});
