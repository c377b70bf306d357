// @vitest-environment happy-dom
// The dashboard over the example vaults, built by the real core: what a newcomer sees first.
import { describe, expect, it } from "vitest";
import { readVault } from "../../../src/cli/read-vault";
import { buildPortfolio } from "../../../src/core/build-portfolio";
import { createPathResolver } from "../../../src/core/resolver";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import type { Portfolio } from "../../../src/core/types";
import { renderDashboard } from "../../../src/obsidian/dashboard/render-dashboard";
import { container, context, texts } from "./fixtures";

function seed(name: string): Portfolio {
	const notes = readVault(`seeds/${name}`);
	return buildPortfolio(notes, { settings: DEFAULT_SETTINGS, resolver: createPathResolver(notes.map((n) => n.path)), today: "2026-11-20" });
}

describe.each(["freelance-researcher", "union-organiser", "portfolio-executive"])("the %s vault", (name) => {
	it("fills every section from its notes", async () => {
		const portfolio = seed(name);
		const el = container();
		await renderDashboard(el, portfolio, context());
		expect(el.querySelector(".pj-start")).toBeNull();
		const active = portfolio.streams.filter((s) => s.status === "active");
		// One graph node per stream, one resilience row per active stream, one ledger row per learning.
		expect(el.querySelectorAll(".pj-graph .pj-node")).toHaveLength(portfolio.streams.length);
		expect(el.querySelectorAll(".pj-section-resilience tbody tr")).toHaveLength(active.length);
		expect(el.querySelectorAll(".pj-learning")).toHaveLength(Math.min(200, portfolio.learnings.length));
		expect(portfolio.learnings.length).toBeGreaterThan(0);
		// The example reviews run without a gap; the last finished quarter (2026-Q3 on 2026-11-20)
		// closes the axis, as an empty "no review" bar where it has no review yet.
		const reviewed = portfolio.reviews.map((r) => r.quarter);
		const axis = reviewed.includes("2026-Q3") ? reviewed : [...reviewed, "2026-Q3 (no review)"];
		expect(texts(el, ".pj-trend-time .pj-values th").slice(1)).toEqual(axis.slice(-12));
		// Every finding and diagnostic is said: a line of its kind links to its note, or carries its message.
		const lines = Array.from(el.querySelectorAll<HTMLElement>(".pj-section-findings .pj-issue"));
		for (const issue of [...portfolio.findings, ...portfolio.diagnostics]) {
			const ofKind = lines.filter((li) => li.dataset.code === issue.code);
			const said = issue.path === null ? ofKind.some((li) => li.textContent?.includes(issue.message)) : ofKind.some((li) => li.querySelector(`a[data-path="${CSS.escape(issue.path ?? "")}"]`));
			expect(said, `${issue.code}: ${issue.message}`).toBe(true);
		}
	});
});
