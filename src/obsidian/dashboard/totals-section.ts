// Totals: the portfolio's health at a glance, before any chart.
import { formatAmount, formatHours, formatPercent } from "../../core/format";
import type { Issue, Portfolio, Stream } from "../../core/types";
import { renderNoteLink } from "./note-link";
import type { DashboardContext } from "./render-dashboard";
import { plural, sectionFrame } from "./section-frame";

/** The active stream that brings the largest share of income, if any brings some. */
export function largestIncomeStream(portfolio: Portfolio): Stream | null {
	let best: Stream | null = null;
	for (const stream of portfolio.streams) {
		if (stream.status !== "active" || stream.incomeShare === null) continue;
		if (!best || (best.incomeShare ?? 0) < stream.incomeShare) best = stream;
	}
	return best;
}

/** Renders the totals: streams, hours, income, concentration and how many issues need a look. */
export function renderTotals(el: HTMLElement, portfolio: Portfolio, ctx: DashboardContext): void {
	sectionFrame(el, "totals", "Totals");
	renderHealth(el, portfolio);
	const grid = el.createDiv({ cls: "pj-stats" });
	stat(grid, "Active streams", String(portfolio.totals.activeStreams));
	stat(grid, "Hours per week", formatHours(portfolio.totals.hoursPerWeek));
	stat(grid, "Annual income", formatAmount(portfolio.totals.annualRevenue, ctx.settings.currency));
	const largest = largestIncomeStream(portfolio);
	const concentration = stat(grid, "Income concentration", largest ? formatPercent(largest.incomeShare) : "None");
	if (largest) {
		const from = concentration.createDiv({ cls: "pj-stat-detail" });
		from.append("from ");
		renderNoteLink(from, largest.name, largest.path, ctx);
		if ((largest.incomeShare ?? 0) > ctx.settings.thresholds.incomeConcentration) concentration.addClass("pj-stat-alert");
	}
	stat(grid, "Findings", String(portfolio.findings.length));
	const errors = portfolio.diagnostics.filter((d) => d.severity === "error").length;
	const diagnostics = stat(grid, "Data problems", String(portfolio.diagnostics.length));
	if (errors > 0) {
		diagnostics.createDiv({ text: plural(errors, "error"), cls: "pj-stat-detail" });
		diagnostics.addClass("pj-stat-alert");
	}
}

/** One sentence and a coloured mark: healthy, worth a look, or broken data. */
function renderHealth(el: HTMLElement, portfolio: Portfolio): void {
	const issues: Issue[] = [...portfolio.diagnostics, ...portfolio.findings];
	const errors = issues.filter((i) => i.severity === "error").length;
	const warnings = issues.filter((i) => i.severity === "warning").length;
	let level: "ok" | "warn" | "error" = "ok";
	let text = "Healthy: the portfolio matches its design and the notes read cleanly.";
	if (errors > 0) {
		level = "error";
		text = `${plural(errors, "error")} in the notes: fix them first, the figures below may be incomplete.`;
	} else if (warnings > 0) {
		level = "warn";
		text = `${plural(warnings, "warning")} worth a look: see findings below.`;
	} else if (issues.length > 0) {
		text = `Healthy, with ${plural(issues.length, "note")} below.`;
	}
	el.createEl("p", { text, cls: ["pj-health", `pj-health-${level}`], attr: { role: "status" } });
}

function stat(grid: HTMLElement, label: string, value: string): HTMLElement {
	const box = grid.createDiv({ cls: "pj-stat" });
	box.createDiv({ text: label, cls: "pj-stat-label" });
	box.createDiv({ text: value, cls: "pj-stat-value" });
	return box;
}
