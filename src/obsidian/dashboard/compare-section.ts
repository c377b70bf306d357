// Compare: now and each scenario in columns, one measure per row, the better value of each row
// marked; then what each scenario raises or clears against now.
import { compareDesigns, type DesignMeasures } from "../../core/compare";
import { compareRows, type CompareRow } from "../../core/compare-rows";
import type { Portfolio } from "../../core/types";
import { renderTable, type Cell } from "./data-table";
import { renderNoteLink } from "./note-link";
import type { SectionContext } from "./section-context";
import { renderEmpty, sectionFrame } from "./section-frame";

/** Renders the comparison of now against every scenario note. */
export function renderCompare(el: HTMLElement, portfolio: Portfolio, ctx: SectionContext): void {
	sectionFrame(el, "compare", "Compare", "Now and each scenario on the same measures; ✓ marks the better value of a row.");
	// Without a scenario there is nothing to compare: measuring now alone (every stream's shares and
	// findings) would be thrown away, and the section would redraw with every edit of hours or income.
	const designs = portfolio.scenarios.length === 0 ? [] : compareDesigns(portfolio, ctx.settings);
	if (designs.length < 2) {
		renderEmpty(el, `No scenario yet. Run "New scenario", or tag a note #${ctx.settings.scenarioTag} with the changes and candidates of another design.`);
		return;
	}
	renderTable<CompareRow>(el, {
		id: "compare",
		caption: "Now against each scenario",
		headers: ["Measure", ...designs.map((d) => d.name)],
		rows: compareRows(designs, ctx.settings.currency),
		cells: (row): Cell[] => [row.label, ...row.cells.map((text, i): Cell => (row.better.includes(i) ? (td) => markBetter(td, text) : text))],
	});
	for (const design of designs.slice(1)) renderChanges(el, design, ctx);
}

function markBetter(td: HTMLTableCellElement, text: string): void {
	td.addClass("pj-better");
	td.setText(text);
	td.createSpan({ cls: "pj-better-mark", text: " ✓", attr: { title: "Better value" } });
}

function renderChanges(el: HTMLElement, design: DesignMeasures, ctx: SectionContext): void {
	const box = el.createDiv({ cls: "pj-compare-changes" });
	const heading = box.createEl("p", { cls: "pj-compare-heading" });
	if (design.path !== null) renderNoteLink(heading, design.name, design.path, ctx);
	heading.append(" against now");
	if (design.raised.length === 0 && design.cleared.length === 0) {
		renderEmpty(box, "Raises and clears no finding.");
		return;
	}
	const list = box.createEl("ul");
	for (const f of design.raised) list.createEl("li", { cls: "pj-raised", text: `Raises: ${f.message}` });
	for (const f of design.cleared) list.createEl("li", { cls: "pj-cleared", text: `Clears: ${f.message}` });
}
