// The dashboard's entry points: the whole pane, or one section (for the `portfolio` code block).
import type { Portfolio, PortfolioSettings } from "../../core/types";
import { renderAllocation } from "./allocation-section";
import { renderCompare } from "./compare-section";
import type { ChartRegistry } from "./chart-registry";
import { renderDiversification } from "./diversification-section";
import { renderEnergy } from "./energy-section";
import { renderForecast } from "./forecast-section";
import type { LinkTarget } from "./note-link";
import { renderFindings } from "./findings-section";
import { renderFriendlyStart } from "./friendly-start";
import { renderGraph } from "./graph-section";
import { renderLearnings } from "./learnings-section";
import { renderResilience } from "./resilience-section";
import { renderRoadmap } from "./roadmap-section";
import { DashboardRenderer, type SectionRenderer, type SectionSpec } from "./dashboard-renderer";
import { renderTotals } from "./totals-section";
import { renderTrends } from "./trends-section";
import { renderWeek } from "./week-section";

/**
 * The dashboard's sections, in order. Adding a section is one line here: its name (which is also
 * the `portfolio` code block's `section:` value) and its renderer. What it reads of the model is
 * tracked while it draws, so it redraws when, and only when, that changed (dashboard-renderer.ts).
 */
export const SECTIONS = [
	{ name: "totals", render: renderTotals },
	{ name: "allocation", render: renderAllocation },
	{ name: "week", render: renderWeek },
	{ name: "graph", render: renderGraph },
	{ name: "trends", render: renderTrends },
	{ name: "forecast", render: renderForecast },
	{ name: "resilience", render: renderResilience },
	{ name: "diversification", render: renderDiversification },
	{ name: "energy", render: renderEnergy },
	{ name: "roadmap", render: renderRoadmap },
	{ name: "compare", render: renderCompare },
	{ name: "findings", render: renderFindings },
	{ name: "learnings", render: renderLearnings },
] as const satisfies readonly SectionSpec[];

/** One dashboard section's name. */
export type SectionName = (typeof SECTIONS)[number]["name"];

/** The names a `portfolio` code block accepts, in dashboard order. */
export const SECTION_NAMES: readonly SectionName[] = SECTIONS.map((spec) => spec.name);

/** True when `s` names a section (code block input is free text). */
export function isSectionName(s: string): s is SectionName {
	return (SECTION_NAMES as readonly string[]).includes(s);
}

/** What sections need from their host: settings, a way to open notes, and where to track charts. */
export interface DashboardContext extends LinkTarget {
	settings: PortfolioSettings;
	charts: ChartRegistry;
	/** Where a note once at `path` is now (it follows renames); absent: notes are not followed. */
	currentPath?(path: string): string;
}

/** A renderer for every section in order, with the friendly start in their place while no stream exists. */
export function dashboardRenderer(el: HTMLElement): DashboardRenderer {
	return new DashboardRenderer(el, SECTIONS, true);
}

/**
 * A renderer for one section (a code block). With no stream yet, a section other than findings
 * shows the friendly start instead: it has nothing to draw.
 */
export function sectionRenderer(el: HTMLElement, name: SectionName): DashboardRenderer {
	const spec = SECTIONS.find((s) => s.name === name);
	if (!spec) throw new Error(`Unknown section ${name}`);
	const render: SectionRenderer = (target, portfolio, ctx) => {
		if (portfolio.streams.length === 0 && name !== "findings") renderFriendlyStart(target, ctx.settings);
		else spec.render(target, portfolio, ctx);
	};
	return new DashboardRenderer(el, [{ name, render }], false);
}

/**
 * Replaces `el`'s content with every section in order, or the friendly start when no stream note
 * exists; resolves once every section and chart is drawn (the first sections are drawn at once).
 */
export function renderDashboard(el: HTMLElement, portfolio: Portfolio, ctx: DashboardContext): Promise<void> {
	const renderer = dashboardRenderer(el);
	renderer.draw({ portfolio, revision: 0, changes: null }, ctx);
	return renderer.settled();
}

/** Replaces `el`'s content with one section and draws its charts. */
export function renderSection(el: HTMLElement, name: SectionName, portfolio: Portfolio, ctx: DashboardContext): void {
	sectionRenderer(el, name).draw({ portfolio, revision: 0, changes: null }, ctx);
}
