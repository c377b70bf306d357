// The summary at the top: the state in one sentence, the findings that matter most with links to
// their notes, and tiles with the totals that jump to the section behind each figure.
import { formatAmount, formatHours, formatPercent } from "../../core/format";
import type { Issue, Portfolio, Severity, Stream } from "../../core/types";
import { groupIssues, topIssues } from "./issue-groups";
import { renderIssueLine } from "./issue-line";
import { nameLookup, renderNoteLink } from "./note-link";
import type { DashboardContext } from "./render-dashboard";
import { plural, sectionFrame } from "./section-frame";
import { revenueCoverage, revenueCoverageNote } from "../../core/revenue-coverage";

/** How many findings the summary names. */
const TOP_FINDINGS = 3;

/** The active stream that brings the largest share of income, if any brings some. */
export function largestIncomeStream(portfolio: Portfolio): Stream | null {
	let best: Stream | null = null;
	for (const stream of portfolio.streams) {
		if (stream.status !== "active" || stream.incomeShare === null) continue;
		if (!best || (best.incomeShare ?? 0) < stream.incomeShare) best = stream;
	}
	return best;
}

/** Issues by severity: the one count the health line and the tiles both show. */
export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
	const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
	for (const issue of issues) counts[issue.severity]++;
	return counts;
}

/** Renders the summary: health, top findings, then tiles for streams, hours, income, concentration and issues. */
export function renderTotals(el: HTMLElement, portfolio: Portfolio, ctx: DashboardContext): void {
	sectionFrame(el, "totals", "Summary");
	renderHealth(el, portfolio);
	renderTopFindings(el, portfolio, ctx);
	const grid = el.createDiv({ cls: "pj-stats" });
	stat(grid, "Active streams", String(portfolio.totals.activeStreams), "allocation");
	stat(grid, "Hours per week", formatHours(portfolio.totals.hoursPerWeek), "allocation");
	const income = stat(grid, "Annual income", formatAmount(portfolio.totals.annualRevenue, ctx.settings.currency), "allocation");
	// A total over some streams only says so: "from 1 of 8 streams; 7 have no revenue set".
	const coverage = revenueCoverageNote(revenueCoverage(portfolio.streams, ctx.settings));
	if (coverage !== "") income.createDiv({ text: coverage, cls: "pj-stat-detail" });
	const largest = largestIncomeStream(portfolio);
	const concentration = stat(grid, "Income concentration", largest ? formatPercent(largest.incomeShare) : "None", "resilience");
	if (largest) {
		const from = concentration.createDiv({ cls: "pj-stat-detail" });
		from.append("from ");
		renderNoteLink(from, largest.name, largest.path, ctx);
		if ((largest.incomeShare ?? 0) > ctx.settings.thresholds.incomeConcentration) concentration.addClass("pj-stat-alert");
	}
	issueStat(grid, "Findings", portfolio.findings);
	issueStat(grid, "Data problems", portfolio.diagnostics);
}

/** One sentence and a coloured mark: healthy, worth a look, or broken data; counts as the tiles count. */
function renderHealth(el: HTMLElement, portfolio: Portfolio): void {
	const counts = countBySeverity([...portfolio.diagnostics, ...portfolio.findings]);
	let level: "ok" | "warn" | "error" = "ok";
	let text = "Healthy: the portfolio matches its design and the notes read cleanly.";
	if (counts.error > 0) {
		level = "error";
		const also = counts.warning > 0 ? ` and ${plural(counts.warning, "warning")}` : "";
		text = `${plural(counts.error, "error")} in the notes${also}: fix the errors first, the figures may be incomplete.`;
	} else if (counts.warning > 0) {
		level = "warn";
		text = `${plural(counts.warning, "warning")} worth a look.`;
	} else if (counts.info > 0) {
		text = `Healthy, with ${plural(counts.info, "note")} to read.`;
	}
	el.createEl("p", { text, cls: ["pj-health", `pj-health-${level}`], attr: { role: "status" } });
}

/** The findings and errors that matter most, as the findings section words them. */
function renderTopFindings(el: HTMLElement, portfolio: Portfolio, ctx: DashboardContext): void {
	const errors = portfolio.diagnostics.filter((d) => d.severity === "error");
	const top = topIssues(groupIssues([...errors, ...portfolio.findings.filter((f) => f.severity !== "info")]), TOP_FINDINGS);
	if (top.length === 0) return;
	const name = nameLookup(portfolio);
	const list = el.createEl("ul", { cls: "pj-top-findings", attr: { "aria-label": "Findings that matter most" } });
	for (const item of top) {
		const severity = item.kind === "single" ? item.issue.severity : item.severity;
		renderIssueLine(list.createEl("li", { cls: ["pj-issue", `pj-issue-${severity}`] }), item, name, ctx);
	}
}

/** A tile counting issues, with its count per severity (the words the health line uses). */
function issueStat(grid: HTMLElement, label: string, issues: readonly Issue[]): void {
	const box = stat(grid, label, String(issues.length), "findings");
	const counts = countBySeverity(issues);
	const parts = [
		counts.error > 0 ? plural(counts.error, "error") : "",
		counts.warning > 0 ? plural(counts.warning, "warning") : "",
		counts.info > 0 ? plural(counts.info, "note") : "",
	].filter((part) => part !== "");
	if (parts.length > 0) box.createDiv({ text: parts.join(", "), cls: "pj-stat-detail" });
	if (counts.error > 0) box.addClass("pj-stat-alert");
}

/**
 * A tile whose label and figure jump to `section` when that section is on the page (the dashboard),
 * and stay plain text where it is not (a code block showing the totals alone).
 */
function stat(grid: HTMLElement, label: string, value: string, section: string): HTMLElement {
	const box = grid.createDiv({ cls: "pj-stat" });
	const jump = box.createEl("a", { cls: "pj-stat-jump", href: `#pj-section-${section}`, attr: { "data-section": section } });
	jump.createDiv({ text: label, cls: "pj-stat-label" });
	jump.createDiv({ text: value, cls: "pj-stat-value" });
	jump.addEventListener("click", (event) => {
		event.preventDefault();
		const target = grid.closest(".pj-dashboard")?.querySelector<HTMLElement>(`.pj-section-${section}`);
		if (!target) return;
		target.scrollIntoView({ block: "start" });
		const heading = target.querySelector<HTMLElement>(".pj-section-title");
		if (heading) {
			heading.tabIndex = -1;
			heading.focus({ preventScroll: true });
		}
	});
	return box;
}
