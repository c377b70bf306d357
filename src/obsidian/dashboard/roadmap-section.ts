// Roadmap: the current quarter and the next 7 as a timeline of cards (they wrap into a column on a
// phone), each with the streams running, their projected hours and income, and the quarter's findings.
import { formatAmount, formatHours, formatPercent } from "../../core/format";
import { quarterLabel } from "../../core/quarter-label";
import { buildRoadmap, type RoadmapQuarter } from "../../core/roadmap";
import type { Portfolio } from "../../core/types";
import { renderSwatch } from "./chart-legend";
import { renderNoteLink } from "./note-link";
import type { SectionContext } from "./section-context";
import { renderEmpty, sectionFrame } from "./section-frame";
import { showAllButton } from "./show-more";
import { streamColor } from "./theme-colors";

/** How many streams a quarter's card lists before its "Show all" button. */
const CARD_LIMIT = 8;

/** Renders the roadmap: one card per quarter, the streams in it, totals and findings. */
export function renderRoadmap(el: HTMLElement, portfolio: Portfolio, ctx: SectionContext): void {
	sectionFrame(el, "roadmap", "Roadmap", "The streams running this quarter and in the next 7: hours a week and income a year they are expected to take and bring.");
	const roadmap = buildRoadmap(portfolio, ctx.settings.thresholds);
	if (roadmap.quarters.every((q) => q.streams.length === 0)) {
		renderEmpty(el, "No stream runs in the next two years. Mark streams active, or give planned ones a start (start: 2027-Q1).");
	} else {
		const timeline = el.createEl("ol", { cls: "pj-roadmap", attr: { "aria-label": "Quarters" } });
		for (const quarter of roadmap.quarters) renderQuarter(timeline.createEl("li", { cls: "pj-roadmap-quarter" }), quarter, portfolio, ctx);
	}
	if (roadmap.unscheduled.length > 0) {
		const line = el.createEl("p", { cls: "pj-hint", text: "Planned without a start: " });
		roadmap.unscheduled.forEach((s, i) => {
			if (i > 0) line.append(", ");
			renderNoteLink(line, s.name, s.path, ctx);
		});
		line.append(". Give each a start to place it.");
	}
}

function renderQuarter(card: HTMLElement, quarter: RoadmapQuarter, portfolio: Portfolio, ctx: SectionContext): void {
	if (quarter.findings.length > 0) card.addClass("pj-row-alert");
	// Quarters as everywhere else on the dashboard: "FY2026-Q2 (Jul-Sep)" under a fiscal year.
	card.createEl("h4", { text: quarterLabel(quarter.quarter, ctx.settings.fiscalYearStartMonth), cls: "pj-roadmap-title" });
	const t = quarter.totals;
	card.createEl("p", { cls: "pj-roadmap-totals", text: `${formatHours(t.hoursPerWeek)} a week · ${formatAmount(t.annualRevenue, ctx.settings.currency)} a year` });
	if (quarter.streams.length === 0) {
		renderEmpty(card, "No stream runs.");
		return;
	}
	const list = card.createEl("ul", { cls: "pj-roadmap-streams" });
	const addItem = (s: RoadmapQuarter["streams"][number]): HTMLElement => {
		const item = list.createEl("li");
		renderSwatch(item, streamColor(ctx.colors, portfolio.streams, s.path));
		renderNoteLink(item, s.name, s.path, ctx);
		if (s.starts) item.createSpan({ cls: "pj-badge pj-badge-starts", text: "starts" });
		if (s.ends) item.createSpan({ cls: "pj-badge pj-badge-ends", text: "ends" });
		item.createSpan({ cls: "pj-roadmap-figures", text: `${formatHours(s.hoursPerWeek)}, ${formatPercent(s.incomeShare)} of income` });
		return item;
	};
	// A card shows its first streams at a glance, the rest on request (a portfolio of 50 streams
	// would otherwise draw 400 items on every edit).
	const shown = quarter.streams.slice(0, CARD_LIMIT);
	shown.forEach(addItem);
	const rest = quarter.streams.slice(CARD_LIMIT);
	if (rest.length > 0) {
		const holder = list.createEl("li", { cls: "pj-roadmap-more" });
		showAllButton(holder, holder, quarter.streams.length, () => {
			const items = rest.map(addItem);
			return items[0]?.querySelector<HTMLElement>("a, [tabindex]") ?? null;
		}, `roadmap:${quarter.quarter}`);
	}
	for (const finding of quarter.findings) card.createEl("p", { cls: "pj-roadmap-finding", text: finding.message });
}
