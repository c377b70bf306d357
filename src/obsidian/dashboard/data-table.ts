// Tables: the visible ones (resilience, drift), capped when long, and the disclosures that hold the
// values behind a chart.
import { recall, remember } from "./reader-memory";
import { showAllButton } from "./show-more";

/** A cell: plain text, or a function that fills the cell (for links). */
export type Cell = string | ((cell: HTMLTableCellElement) => void);

/** What a table shows: one row per item of `rows`, its cells built only when the row is shown. */
export interface TableSpec<T> {
	/**
	 * Names the table within its section, for the section's memory of an opened "Show all". Never
	 * drawn from text that changes with the data (a count, a suffix), or an edit would forget it.
	 */
	id: string;
	caption: string;
	headers: readonly string[];
	rows: readonly T[];
	cells: (row: T) => readonly Cell[];
	/** Extra class on a row (for highlighting). */
	rowClass?: (row: T) => string | null;
	/** Past this many rows, one closing row stands for the rest, with a button that shows them. */
	limit?: number;
	/** The closing row: its first cell's text, and its other cells (totals of the rows left out). */
	rest?: {
		label: (hidden: readonly T[]) => string;
		cells?: (hidden: readonly T[]) => readonly Cell[];
	};
}

/** Renders a table inside its own horizontally scrolling box and returns the table. */
export function renderTable<T>(parent: HTMLElement, spec: TableSpec<T>): HTMLTableElement {
	const box = parent.createDiv({ cls: "pj-table-wrap" });
	const table = box.createEl("table", { cls: "pj-table" });
	table.createEl("caption", { text: spec.caption, cls: "pj-table-caption" });
	const headRow = table.createEl("thead").createEl("tr");
	for (const header of spec.headers) headRow.createEl("th", { text: header, attr: { scope: "col" } });
	const body = table.createEl("tbody");
	const limit = spec.limit ?? Infinity;
	if (spec.rows.length <= limit + 1) {
		// Hiding a single row behind a button would save nothing.
		for (const row of spec.rows) renderRow(body, row, spec);
		return table;
	}
	for (const row of spec.rows.slice(0, limit)) renderRow(body, row, spec);
	const hidden = spec.rows.slice(limit);
	const closing = body.createEl("tr", { cls: "pj-rest-row" });
	const first = closing.createEl("td");
	first.createSpan({ text: spec.rest?.label(hidden) ?? `${hidden.length} more`, cls: "pj-rest-label" });
	showAllButton(first, closing, spec.rows.length, () => {
		const shown = hidden.map((row) => renderRow(body, row, spec));
		const cell = shown[0]?.cells[0];
		if (!cell) return null;
		const link = cell.querySelector<HTMLElement>("a, button");
		if (link) return link;
		cell.tabIndex = -1;
		return cell;
	}, spec.id);
	(spec.rest?.cells?.(hidden) ?? []).forEach((cell, i) => fillCell(labelledCell(closing, spec.headers[i + 1]), cell));
	return table;
}

function renderRow<T>(body: HTMLElement, row: T, spec: TableSpec<T>): HTMLTableRowElement {
	const tr = body.createEl("tr");
	const extra = spec.rowClass?.(row);
	if (extra) tr.addClass(extra);
	spec.cells(row).forEach((cell, i) => fillCell(labelledCell(tr, spec.headers[i]), cell));
	return tr;
}

/** A cell that carries its column's name, which a narrow pane shows beside the value (styles.css). */
function labelledCell(tr: HTMLTableRowElement, header: string | undefined): HTMLTableCellElement {
	return tr.createEl("td", { attr: header ? { "data-label": header } : {} });
}

function fillCell(td: HTMLTableCellElement, cell: Cell): void {
	if (typeof cell === "string") {
		td.setText(cell);
		return;
	}
	cell(td);
	// On a narrow pane a cell is a flex row (its label, then its value): a swatch, links and the
	// commas between them must be one value, or the flex gap pulls them apart.
	if (td.childNodes.length < 2) return;
	const parts = Array.from(td.childNodes);
	td.createSpan({ cls: "pj-cell-value" }).append(...parts);
}

/**
 * A closed disclosure ("Show values") holding what `fill` builds. A lazy one builds its content
 * the first time it opens, so a table nobody opens costs nothing; an eager one is built at once,
 * and the browser's find-in-page can still reach its text while it is closed. `id` names it within
 * its section: the section remembers it open under that name, so the summary may change (a count)
 * and the same summary ("Show values") may appear twice.
 */
export function renderDisclosure(parent: HTMLElement, id: string, summary: string, fill: (body: HTMLElement) => void, lazy = false): HTMLDetailsElement {
	const key = `details:${id}`;
	const details = parent.createEl("details", { cls: "pj-values" });
	details.createEl("summary", { text: summary });
	// Opened before a redraw: open again, so the reader keeps what they were reading.
	details.open = recall(details, key) === "open";
	let filled = false;
	const fillOnce = (): void => {
		if (filled) return;
		filled = true;
		fill(details);
	};
	if (!lazy || details.open) fillOnce();
	details.addEventListener("toggle", () => {
		remember(details, key, details.open ? "open" : "closed");
		if (details.open) fillOnce();
	});
	return details;
}
