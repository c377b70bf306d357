// Under the share trends: each stream's hours a week and income per quarter in absolute terms, one
// small chart per stream (bars in the stream's colour, its target as a dashed line), so a stream
// that grew while its share fell shows as growth. Drawn as SVG shapes with the words in HTML, so the
// text reads at any width and no chart library is needed.
import { formatAmount, formatHours } from "../../core/format";
import type { Portfolio } from "../../core/types";
import { absoluteTrend, type AbsoluteRow, type AbsoluteTrend } from "./absolute-trend-data";
import { renderSwatch } from "./chart-legend";
import { renderDisclosure, renderTable } from "./data-table";
import { renderNoteLink } from "./note-link";
import type { SectionContext } from "./section-context";
import { streamColor } from "./theme-colors";

const TITLES = { time: "Hours a week", income: "Income per quarter" } as const;
const [W, H] = [120, 40];

/** Renders both grids of small charts with a table of their figures each. */
export function renderAbsoluteTrends(el: HTMLElement, portfolio: Portfolio, ctx: SectionContext): void {
	for (const metric of ["time", "income"] as const) {
		const data = absoluteTrend(portfolio, metric);
		if (data.rows.length === 0) continue;
		const box = el.createDiv({ cls: ["pj-absolute", `pj-absolute-${metric}`] });
		box.createEl("h4", { text: `${TITLES[metric]}, with each stream's target`, cls: "pj-subtitle" });
		const format = (n: number | null): string => (metric === "time" ? formatHours(n) : formatAmount(n, ctx.settings.currency));
		const grid = box.createEl("ul", { cls: "pj-multiples" });
		for (const row of data.rows) renderMultiple(grid.createEl("li", { cls: "pj-multiple" }), row, data, format, portfolio, ctx);
		renderDisclosure(box, "Show values", (body) => {
			renderTable(body, {
				caption: `${TITLES[metric]} per reviewed quarter, and the target`,
				headers: ["Stream", ...data.quarters, "Target (latest)"],
				rows: data.rows,
				cells: (row) => [row.name, ...row.values.map(format), format(row.targets.at(-1) ?? null)],
			});
		});
	}
}

function renderMultiple(li: HTMLElement, row: AbsoluteRow, data: AbsoluteTrend, format: (n: number | null) => string, portfolio: Portfolio, ctx: SectionContext): void {
	const color = streamColor(ctx.colors, portfolio.streams, row.path);
	const head = li.createDiv({ cls: ["pj-multiple-name", "pj-stream-cell"] });
	head.setAttr("data-path", row.path);
	renderSwatch(head, color);
	renderNoteLink(head, row.name, row.path, ctx);
	const last = row.values.at(-1) ?? null;
	const target = row.targets.at(-1) ?? null;
	const quarter = data.quarters.at(-1) ?? "";
	const summary = `${format(last)} in ${quarter}${target === null ? "" : `, target ${format(target)}`}`;
	const max = Math.max(1, ...row.values.map((v) => v ?? 0), ...row.targets.map((t) => t ?? 0));
	const svg = li.createSvg("svg", { cls: "pj-multiple-chart", attr: { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "none", role: "img", "aria-label": `${row.name}: ${summary}` } });
	const step = W / Math.max(1, data.quarters.length);
	row.values.forEach((value, i) => {
		if (value === null || value <= 0) return;
		const h = (value / max) * (H - 2);
		svg.createSvg("rect", { cls: "pj-multiple-bar", attr: { x: i * step + step * 0.15, y: H - h, width: step * 0.7, height: h, fill: color } });
	});
	const points = row.targets.flatMap((t, i) => (t === null ? [] : [`${i * step},${H - (t / max) * (H - 2)}`, `${(i + 1) * step},${H - (t / max) * (H - 2)}`]));
	if (points.length > 0) svg.createSvg("polyline", { cls: "pj-multiple-target", attr: { points: points.join(" ") } });
	li.createDiv({ text: summary, cls: "pj-multiple-caption" });
}
