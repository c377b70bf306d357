// Tables: the visible ones (resilience, drift) and the visually hidden text alternatives of charts.

/** A cell: plain text, or a function that fills the cell (for links). */
export type Cell = string | ((cell: HTMLTableCellElement) => void);

/** What a table shows. */
export interface TableSpec {
	caption: string;
	headers: readonly string[];
	rows: readonly (readonly Cell[])[];
	/** Extra class on each row, by row index (for highlighting). */
	rowClass?: (index: number) => string | null;
	/** Visually hidden, still read by screen readers: the text alternative of a chart. */
	hidden?: boolean;
}

/** Renders a table inside its own horizontally scrolling box and returns the table. */
export function renderTable(parent: HTMLElement, spec: TableSpec): HTMLTableElement {
	const box = parent.createDiv({ cls: spec.hidden ? "pj-visually-hidden" : "pj-table-wrap" });
	const table = box.createEl("table", { cls: "pj-table" });
	table.createEl("caption", { text: spec.caption, cls: spec.hidden ? undefined : "pj-table-caption" });
	const headRow = table.createEl("thead").createEl("tr");
	for (const header of spec.headers) headRow.createEl("th", { text: header, attr: { scope: "col" } });
	const body = table.createEl("tbody");
	spec.rows.forEach((row, index) => {
		const tr = body.createEl("tr");
		const extra = spec.rowClass?.(index);
		if (extra) tr.addClass(extra);
		for (const cell of row) {
			const td = tr.createEl("td");
			if (typeof cell === "string") td.setText(cell);
			else cell(td);
		}
	});
	return table;
}
