// @vitest-environment happy-dom
// Each example vault ships Streams.base: a table of its streams and Portfolio views. Its filters,
// evaluated here for the one function they use (file.hasTag), select the notes whose portfolio the
// Portfolio view draws, and that portfolio is the vault's own, as the dashboard pane shows it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { readSettings } from "../../../src/cli/read-settings";
import { hasTag } from "../../../src/core";
import { PORTFOLIO_BASES_VIEW } from "../../../src/obsidian/bases/portfolio-bases-view";
import { SECTION_NAMES } from "../../../src/obsidian/dashboard/render-dashboard";
import { DASHBOARD_VIEW_TYPE, type DashboardView } from "../../../src/obsidian/dashboard-view";
import { App, BasesHost, getAllTags, type TFile } from "../../fakes/obsidian";
import { loadPlugin, readSeedVault } from "../plugin-fixture";

type Filter = string | { and?: Filter[]; or?: Filter[]; not?: Filter[] };
interface ViewEntry {
	type: string;
	name: string;
	filters?: Filter;
	order?: string[];
	section?: string;
}

const root = join(__dirname, "../../..");

// Bases' filter tree (https://help.obsidian.md/bases/syntax): and / or / not over expressions. Only
// file.hasTag("...") is evaluated; any other expression fails the test rather than pass unchecked.
function matches(filter: Filter, tags: string[]): boolean {
	if (typeof filter === "string") {
		const tag = /^file\.hasTag\("([^"]+)"\)$/.exec(filter)?.[1];
		if (tag === undefined) throw new Error(`This test evaluates file.hasTag only, not ${filter}`);
		return hasTag(tags, tag);
	}
	if (filter.and) return filter.and.every((f) => matches(f, tags));
	if (filter.or) return filter.or.some((f) => matches(f, tags));
	if (filter.not) return !filter.not.some((f) => matches(f, tags));
	throw new Error(`Unknown filter ${JSON.stringify(filter)}`);
}

describe.each(["freelance-researcher", "union-organiser", "portfolio-executive"])("Streams.base of %s", (name) => {
	beforeEach(() => {
		document.body.replaceChildren();
		vi.useFakeTimers();
		vi.setSystemTime(new Date(2026, 10, 20, 12));
	});
	afterEach(() => vi.useRealTimers());

	const base = parse(readFileSync(join(root, "seeds", name, "Streams.base"), "utf8")) as { filters: Filter; views: ViewEntry[] };

	it("has a table of the streams and Portfolio views of known sections", () => {
		expect(base.views.map((v) => v.type)).toEqual(["table", PORTFOLIO_BASES_VIEW, PORTFOLIO_BASES_VIEW]);
		expect(base.views[0]?.order?.[0]).toBe("file.name");
		for (const view of base.views.slice(1)) expect(SECTION_NAMES).toContain(view.section);
	});

	it("selects the vault's streams and reviews, and its Portfolio view shows the pane's figures", async () => {
		const app = new App(readSeedVault(name));
		const { plugin } = await loadPlugin({}, readSettings(join(root, "seeds", name)).settings, app);
		app.workspace.triggerLayoutReady();
		const selectedBy = (view: ViewEntry): TFile[] =>
			app.vault.getMarkdownFiles().filter((file) => {
				const tags = getAllTags(app.metadataCache.getFileCache(file)!) ?? [];
				return matches(base.filters, tags) && (view.filters === undefined || matches(view.filters, tags));
			});
		const streams = plugin.index.portfolio.streams.map((s) => s.path).sort();
		expect(selectedBy(base.views[0]!).map((f) => f.path).sort()).toEqual(streams);

		const portfolioView = base.views[1]!;
		const selected = selectedBy(portfolioView);
		expect(selected.map((f) => f.path)).toEqual(expect.arrayContaining(plugin.index.portfolio.reviews.map((r) => r.path)));
		const host = new BasesHost(app, app.basesViews.get(PORTFOLIO_BASES_VIEW)!, selected, { ...portfolioView });
		await plugin.openDashboard();
		const pane = (app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]!.view as unknown as DashboardView).contentEl;
		const section = `.pj-section-${portfolioView.section ?? ""}`;
		expect(host.containerEl.querySelector(section)).not.toBeNull();
		expect(host.containerEl.querySelector(section)?.textContent).toBe(pane.querySelector(section)?.textContent);
	});
});
