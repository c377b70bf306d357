// Under the share trends: each stream's hours a week and income per quarter in absolute terms, one
// small chart per stream (bars in the stream's colour, its target as a dashed line), so a stream
// that grew while its share fell shows as growth. Income continues with the stream's forecast of
// the next 4 quarters as dashed-outline bars. Drawn as SVG shapes with the words in HTML, so the
// text reads at any width and no chart library is needed.
import { formatAmount, formatHours } from "../../core/format";
import { quarterLabel } from "../../core/quarter-label";
import type { Portfolio } from "../../core/types";
import { absoluteTrend, type AbsoluteRow } from "./absolute-trend-data";
import { renderSwatch } from "./chart-legend";
import { renderDisclosure, renderTable } from "./data-table";
import { incomeForecasts, type RowForecast } from "./income-forecast-data";
import { renderForecastKey, renderMultipleChart, renderScaleKey } from "./multiple-chart";
import { scaleTop } from "./multiple-svg";
import { renderNoteLink } from "./note-link";
import type { SectionContext } from "./section-context";
import { showAllButton, TABLE_LIMIT } from "./show-more";
import { streamColor } from "./theme-colors";

const TITLES = { time: "Hours a week", income: "Income per quarter" } as const;
// The table's caption names the figure once: "Income per quarter per reviewed quarter" said it twice.
const CAPTIONS = { time: "Hours a week of each stream in each reviewed quarter", income: "Income of each stream in each reviewed quarter" } as const;
const NO_FORECAST: RowForecast = { values: [], reason: null };
/** How many streams' small charts each grid draws before its "Show all" button (the allocation charts' 12 bars). */
const MULTIPLES_LIMIT = 12;

/** Renders both grids of small charts with a table of their figures each. */
export function renderAbsoluteTrends(el: HTMLElement, portfolio: Portfolio, ctx: SectionContext): void {
	for (const metric of ["time", "income"] as const) {
		const data = absoluteTrend(portfolio, metric);
		if (data.rows.length === 0) continue;
		const box = el.createDiv({ cls: ["pj-absolute", `pj-absolute-${metric}`] });
		box.createEl("h4", { text: `${TITLES[metric]}, with each stream's target`, cls: "pj-subtitle" });
		const format = (n: number | null): string => (metric === "time" ? formatHours(n) : formatAmount(n, ctx.settings.currency));
		// Quarters as everywhere else on the dashboard: "FY2026-Q2 (Jul-Sep)" under a fiscal year.
		const label = (quarter: string): string => quarterLabel(quarter, ctx.settings.fiscalYearStartMonth);
		const forecasts = metric === "income" ? incomeForecasts(portfolio, data.quarters.at(-1) ?? null) : null;
		const ahead = forecasts?.quarters ?? [];
		if (ahead.length > 0) renderForecastKey(box);
		const forecastOf = (path: string): RowForecast => forecasts?.streams.get(path) ?? NO_FORECAST;
		// One scale for the grid: a stream's bars are compared with the others', not stretched to fill its box.
		const scaleMax = scaleTop(data.rows.map((row) => ({ ...row, forecast: forecastOf(row.path).values })));
		renderScaleKey(box, format(scaleMax), true);
		const grid = box.createEl("ul", { cls: "pj-multiples" });
		const drawRow = (row: AbsoluteRow): HTMLElement => {
			const li = grid.createEl("li", { cls: "pj-multiple" });
			const color = streamColor(ctx.colors, portfolio.streams, row.path);
			const head = li.createDiv({ cls: ["pj-multiple-name", "pj-stream-cell"] });
			head.setAttr("data-path", row.path);
			renderSwatch(head, color);
			renderNoteLink(head, row.name, row.path, ctx);
			renderMultipleChart(li, { ...row, color, forecast: forecastOf(row.path) }, { quarters: data.quarters, ahead, format, label, scaleMax });
			return li;
		};
		// The largest streams at a glance, the rest on request: 500 small charts would take a second to draw.
		data.rows.slice(0, MULTIPLES_LIMIT).forEach(drawRow);
		const rest = data.rows.slice(MULTIPLES_LIMIT);
		if (rest.length > 0) {
			const holder = grid.createEl("li", { cls: "pj-multiples-more" });
			showAllButton(holder, holder, data.rows.length, () => rest.map(drawRow)[0]?.querySelector<HTMLElement>("a, [tabindex]") ?? null, `multiples:${metric}`);
		}
		// Built when first opened: with every stream and quarter, the table can hold thousands of cells.
		renderDisclosure(box, `absolute-values:${metric}`, "Show values", (body) => {
			renderTable(body, {
				id: `absolute-values:${metric}`,
				caption: `${CAPTIONS[metric]}, and the target${ahead.length > 0 ? "; the last columns are a forecast" : ""}`,
				headers: ["Stream", ...data.quarters.map(label), "Target (latest)", ...ahead.map((q) => `${label(q)} (forecast)`)],
				rows: data.rows,
				cells: (row) => {
					const forecast = forecastOf(row.path);
					return [row.name, ...row.values.map(format), format(row.targets.at(-1) ?? null), ...ahead.map((_, i) => (forecast.reason ?? format(forecast.values[i] ?? null)))];
				},
				limit: TABLE_LIMIT,
			});
		}, data.rows.length > TABLE_LIMIT);
	}
}
