// A small hand-made portfolio whose figures are easy to check by hand, and the DOM set-up the
// dashboard tests share.
import { installDomHelpers } from "../../fakes/obsidian";
import { computeMeasures } from "../../../src/core/measures";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import type { Actual, Edge, Learning, Portfolio, Review, Stream } from "../../../src/core/types";
import { ChartRegistry } from "../../../src/obsidian/dashboard/chart-registry";
import type { SectionContext } from "../../../src/obsidian/dashboard/section-context";
import { readThemeColors } from "../../../src/obsidian/dashboard/theme-colors";
import { stream } from "../../support/stream-fixture";

export { stream };

/** Installs Obsidian's DOM helpers on the test window and returns a fresh attached container. */
export function container(): HTMLElement {
	installDomHelpers(window);
	document.body.empty();
	return document.body.createDiv();
}

/** A context whose openNote calls are recorded in `opened`; queued charts draw at once (happy-dom has no canvas, so none does). */
export function context(): SectionContext & { opened: string[] } {
	const opened: string[] = [];
	const colors = readThemeColors(document.body);
	return { settings: DEFAULT_SETTINGS, charts: new ChartRegistry(), openNote: (path) => opened.push(path), opened, colors, drawLater: (draw) => draw() };
}


/** The vault path of a fixture stream. */
export const p = (name: string): string => `Streams/${name}.md`;

/** An empty portfolio (no notes at all). */
export function emptyPortfolio(): Portfolio {
	return {
		streams: [],
		totals: { hoursPerWeek: 0, annualRevenue: 0, activeStreams: 0 },
		edges: [],
		learnings: [],
		reviews: [],
		currentQuarter: "2026-Q3",
		lastFinishedQuarter: "2026-Q2",
		diagnostics: [],
		findings: [],
		measures: computeMeasures({ streams: [], totals: { hoursPerWeek: 0, annualRevenue: 0, activeStreams: 0 }, reviews: [] }, DEFAULT_SETTINGS),
		scenarios: [],
	};
}

function actual(name: string, hoursPerWeek: number, income: number, timeShare: number, incomeShare: number): Actual {
	return { stream: p(name), hoursPerWeek, income, timeShare, incomeShare, energy: null };
}

/**
 * Four active streams (40 h, 100,000 a year) and one retired one.
 * Time shares 40/30/20/10; income shares 60/30/10/0; Consulting's income drift is +15 points.
 */
export function researcher(): Portfolio {
	const streams: Stream[] = [
		stream("Consulting", { role: "anchor", hoursPerWeek: 16, annualRevenue: 60000, targetTime: 40, targetIncome: 45, timeShare: 40, incomeShare: 60, timeDrift: 0, incomeDrift: 15 }),
		stream("Course", { role: "leverage", hoursPerWeek: 8, annualRevenue: 10000, targetTime: 20, targetIncome: 15, timeShare: 20, incomeShare: 10, timeDrift: 0, incomeDrift: -5 }),
		stream("Old job", { role: "anchor", status: "retired", annualRevenue: 90000 }),
		stream("Open science", { role: "seed", hoursPerWeek: 4, annualRevenue: 0, targetTime: 10, targetIncome: 5, timeShare: 10, incomeShare: 0, timeDrift: 0, incomeDrift: -5 }),
		stream("Research", { role: "client", hoursPerWeek: 12, annualRevenue: 30000, targetTime: 30, targetIncome: 35, timeShare: 30, incomeShare: 30, timeDrift: 0, incomeDrift: -5 }),
	];
	const edges: Edge[] = [
		{ from: p("Consulting"), to: p("Course"), type: "funds" },
		{ from: p("Consulting"), to: p("Open science"), type: "funds" },
		{ from: p("Old job"), to: p("Course"), type: "funds" },
		{ from: p("Research"), to: p("Open science"), type: "funds" },
		{ from: p("Course"), to: p("Consulting"), type: "teaches" },
		{ from: p("Research"), to: p("Course"), type: "teaches" },
		{ from: p("Research"), to: p("Consulting"), type: "protects" },
		{ from: p("Course"), to: p("Consulting"), type: "learned", count: 2, byQuarter: { "2026-Q1": 1, "2026-Q2": 1 } },
		{ from: p("Open science"), to: p("Research"), type: "learned", count: 1, byQuarter: { "2026-Q1": 1 } },
	];
	const learnings: Learning[] = [
		{ from: p("Course"), to: p("Consulting"), quarter: "2026-Q2", date: "2026-05-10", text: "Workshop format works for clients", source: "Reviews/2026-Q2 review.md" },
		{ from: p("Course"), to: p("Consulting"), quarter: "2026-Q1", date: null, text: "Slides can be reused", source: p("Course") },
		{ from: p("Open science"), to: p("Research"), quarter: "2026-Q1", date: null, text: "Preprint feedback sharpened the method", source: "Reviews/2026-Q1 review.md" },
	];
	const reviews: Review[] = [
		{
			path: "Reviews/2026-Q1 review.md",
			quarter: "2026-Q1",
			actuals: [actual("Consulting", 20, 15000, 50, 75), actual("Research", 10, 5000, 25, 25), actual("Course", 10, 0, 25, 0)],
			totals: { hoursPerWeek: 40, income: 20000 },
		},
		{
			path: "Reviews/2026-Q2 review.md",
			quarter: "2026-Q2",
			actuals: [actual("Consulting", 18, 14000, 45, 70), actual("Research", 12, 5000, 30, 25), actual("Course", 6, 1000, 15, 5), actual("Open science", 4, 0, 10, 0)],
			totals: { hoursPerWeek: 40, income: 20000 },
		},
	];
	const totals = { hoursPerWeek: 40, annualRevenue: 100000, activeStreams: 4 };
	return {
		streams,
		totals,
		edges,
		learnings,
		reviews,
		currentQuarter: "2026-Q3",
		lastFinishedQuarter: "2026-Q2",
		diagnostics: [{ code: "invalid-number", severity: "error", path: p("Research"), message: 'Research.md: hours-per-week "lots" is not a number.', property: "hours-per-week" }],
		findings: [
			{ code: "over-target", severity: "warning", path: p("Consulting"), message: "Consulting brings 60% of income against a target of 45%." },
			{ code: "silent-stream", severity: "info", path: null, message: "One active stream taught no other stream in 2026-Q2." },
		],
		measures: computeMeasures({ streams, totals, reviews }, DEFAULT_SETTINGS),
		scenarios: [],
	};
}

/** Texts of the elements matching `selector` under `el`. */
export function texts(el: HTMLElement, selector: string): string[] {
	return Array.from(el.querySelectorAll(selector)).map((e) => e.textContent ?? "");
}
