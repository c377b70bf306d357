// The learnings ledger: what each stream taught another, newest first, filterable by stream.
import { quarterLabel } from "../../core/quarter-label";
import type { Learning, Portfolio } from "../../core/types";
import { COMMAND_NAMES } from "../command-names";
import { basename } from "../../core/read-stream";
import { nameLookup, renderNoteLink } from "./note-link";
import type { DashboardContext } from "./render-dashboard";
import { recall, remember } from "./reader-memory";
import { plural, renderEmpty, sectionFrame } from "./section-frame";

const ROW_CAP = 200;
const ALL = "";
const FILTER_KEY = "learnings-filter";

/** The learnings that involve `path` (as teacher or learner), in ledger order; all when path is "". */
export function filterLearnings(learnings: readonly Learning[], path: string): Learning[] {
	return path === ALL ? [...learnings] : learnings.filter((l) => l.from === path || l.to === path);
}

/** Renders the ledger with a stream filter; the model already orders it newest first. */
export function renderLearnings(el: HTMLElement, portfolio: Portfolio, ctx: DashboardContext): void {
	sectionFrame(el, "learnings", "Learnings", "What each stream taught another, newest first.");
	if (portfolio.learnings.length === 0) {
		renderEmpty(el, `No learnings recorded yet. Answer the teaching questions in a quarterly review, or use the "${COMMAND_NAMES["link-learning"]}" command to note what one stream taught another.`);
		return;
	}
	const name = nameLookup(portfolio);
	const involved = new Set<string>();
	for (const l of portfolio.learnings) involved.add(l.from).add(l.to);
	const choices = [...involved].sort((a, b) => name(a).localeCompare(name(b)) || a.localeCompare(b));

	const bar = el.createDiv({ cls: "pj-filter" });
	const select = bar.createEl("select", { cls: "dropdown", attr: { "aria-label": "Show learnings of" } });
	select.createEl("option", { text: "All streams", value: ALL });
	for (const path of choices) select.createEl("option", { text: name(path), value: path });
	const count = bar.createSpan({ cls: "pj-count", attr: { "aria-live": "polite" } });
	const list = el.createEl("ol", { cls: "pj-ledger" });

	const show = (): void => {
		const rows = filterLearnings(portfolio.learnings, select.value);
		list.empty();
		for (const learning of rows.slice(0, ROW_CAP)) renderRow(list, learning, name, ctx);
		count.setText(rows.length > ROW_CAP ? `Newest ${ROW_CAP} of ${rows.length}` : plural(rows.length, "learning"));
	};
	// The reader's filter survives a redraw, and a rename of the stream's note, as long as the stream
	// still has learnings to show.
	const recalled = recall(el, FILTER_KEY);
	const kept = recalled === undefined ? undefined : (ctx.currentPath?.(recalled) ?? recalled);
	if (kept !== undefined && (kept === ALL || involved.has(kept))) {
		select.value = kept;
		remember(el, FILTER_KEY, kept);
	}
	select.addEventListener("change", () => {
		remember(el, FILTER_KEY, select.value);
		show();
	});
	show();
}

function renderRow(list: HTMLElement, learning: Learning, name: (path: string) => string, ctx: DashboardContext): void {
	const item = list.createEl("li", { cls: "pj-learning" });
	const meta = item.createDiv({ cls: "pj-learning-meta" });
	meta.createSpan({ text: when(learning, ctx.settings.fiscalYearStartMonth), cls: "pj-learning-when" });
	const route = meta.createSpan({ cls: "pj-learning-route" });
	renderNoteLink(route, name(learning.from), learning.from, ctx);
	route.append(" → ");
	renderNoteLink(route, name(learning.to), learning.to, ctx);
	item.createDiv({ text: learning.text, cls: "pj-learning-text" });
	const source = item.createDiv({ cls: "pj-learning-source" });
	source.append("Noted in ");
	renderNoteLink(source, basename(learning.source), learning.source, ctx);
}

/** The quarter (labelled as fiscal when it is one) and the date when there is one. */
function when(learning: Learning, fiscalYearStartMonth: number): string {
	const quarter = learning.quarter === null ? null : quarterLabel(learning.quarter, fiscalYearStartMonth);
	if (learning.date && quarter) return `${quarter} · ${learning.date}`;
	return learning.date ?? quarter ?? "Undated";
}
