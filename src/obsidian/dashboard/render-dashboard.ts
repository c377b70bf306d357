// The dashboard's entry points: the whole pane, or one section (for the `portfolio` code block).
import type { Portfolio, PortfolioSettings } from "../../core/types";
import { renderAllocation } from "./allocation-section";
import { renderCompare } from "./compare-section";
import type { ChartRegistry } from "./chart-registry";
import type { LinkTarget } from "./note-link";
import { renderFindings } from "./findings-section";
import { renderFriendlyStart } from "./friendly-start";
import { renderGraph } from "./graph-section";
import { renderLearnings } from "./learnings-section";
import { renderResilience } from "./resilience-section";
import { renderRoadmap } from "./roadmap-section";
import { beginRender, type SectionContext } from "./section-context";
import { renderTotals } from "./totals-section";
import { renderTrends } from "./trends-section";
import { renderWeek } from "./week-section";

/** The names a `portfolio` code block accepts, in dashboard order. */
export const SECTION_NAMES = ["totals", "allocation", "week", "graph", "trends", "resilience", "roadmap", "compare", "findings", "learnings"] as const;

/** One dashboard section. */
export type SectionName = (typeof SECTION_NAMES)[number];

/** True when `s` names a section (code block input is free text). */
export function isSectionName(s: string): s is SectionName {
	return (SECTION_NAMES as readonly string[]).includes(s);
}

/** What sections need from their host: settings, a way to open notes, and where to track charts. */
export interface DashboardContext extends LinkTarget {
	settings: PortfolioSettings;
	charts: ChartRegistry;
}

type Renderer = (el: HTMLElement, portfolio: Portfolio, ctx: SectionContext) => void;

const RENDERERS: Record<SectionName, Renderer> = {
	totals: renderTotals,
	allocation: renderAllocation,
	week: renderWeek,
	graph: renderGraph,
	trends: renderTrends,
	resilience: renderResilience,
	roadmap: renderRoadmap,
	compare: renderCompare,
	learnings: renderLearnings,
	findings: renderFindings,
};

/**
 * Replaces `el`'s content with every section in order, or the friendly start when no stream
 * note exists. Charts from an earlier render in `ctx.charts` are destroyed first; the new ones
 * are drawn together once every section's DOM exists.
 */
export function renderDashboard(el: HTMLElement, portfolio: Portfolio, ctx: DashboardContext): void {
	ctx.charts.destroyAll();
	el.empty();
	el.addClass("pj-dashboard");
	const render = beginRender(el, ctx);
	if (portfolio.streams.length === 0) {
		renderFriendlyStart(el, ctx.settings);
		// Problems in the notes (a review without streams, a broken tag) still deserve a place.
		if (portfolio.diagnostics.length > 0) fillSection(el.createDiv(), "findings", portfolio, render.section);
	} else {
		for (const name of SECTION_NAMES) fillSection(el.createDiv(), name, portfolio, render.section);
	}
	render.flush();
}

/**
 * Replaces `el`'s content with one section and draws its charts. It does not destroy charts: a
 * caller redrawing a single section destroys its own registry's charts first.
 */
export function renderSection(el: HTMLElement, name: SectionName, portfolio: Portfolio, ctx: DashboardContext): void {
	const render = beginRender(el, ctx);
	fillSection(el, name, portfolio, render.section);
	render.flush();
}

function fillSection(el: HTMLElement, name: SectionName, portfolio: Portfolio, ctx: SectionContext): void {
	el.empty();
	if (portfolio.streams.length === 0 && name !== "findings") {
		renderFriendlyStart(el, ctx.settings);
		return;
	}
	RENDERERS[name](el, portfolio, ctx);
}
