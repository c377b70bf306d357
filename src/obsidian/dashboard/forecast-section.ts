// Forecast: income of all streams per reviewed quarter and its straight-line continuation over the
// next 4 quarters, drawn as the income small multiples are (dashed-outline bars after solid ones),
// and every active stream's forecast in a table. SVG, no chart library.
import { formatAmount } from "../../core/format";
import { formatForecast } from "../../core/measure-format";
import { quarterLabel } from "../../core/quarter-label";
import type { Portfolio } from "../../core/types";
import { renderDisclosure, renderTable } from "./data-table";
import { incomeForecasts } from "./income-forecast-data";
import { renderForecastKey, renderMultipleChart, renderScaleKey } from "./multiple-chart";
import { scaleTop } from "./multiple-svg";
import type { SectionContext } from "./section-context";
import { renderEmpty, sectionFrame } from "./section-frame";

// As many recorded quarters as the absolute trends show.
const RECORDED_QUARTERS = 12;

/** Renders the total's chart with its words, and a table of every forecast. */
export function renderForecast(el: HTMLElement, portfolio: Portfolio, ctx: SectionContext): void {
	sectionFrame(el, "forecast", "Income and forecast", "Income of all streams per reviewed quarter, and where it is heading. Each stream's forecast continues its own chart under Trends.");
	const m = portfolio.measures;
	if (m.total.forecast.reason !== null) {
		renderEmpty(el, `Not enough reviews for a forecast: ${m.total.quarters.length} of 4 quarters reviewed.`);
		return;
	}
	const recorded = m.total.quarters.slice(-RECORDED_QUARTERS);
	const quarters = recorded.map((q) => q.quarter);
	const forecasts = incomeForecasts(portfolio, quarters.at(-1) ?? null);
	const currency = ctx.settings.currency;
	const label = (quarter: string): string => quarterLabel(quarter, ctx.settings.fiscalYearStartMonth);
	renderForecastKey(el);
	const incomes = recorded.map((q) => q.income);
	const scaleMax = scaleTop([{ values: incomes, targets: [], forecast: forecasts.total.values }]);
	renderScaleKey(el, formatAmount(scaleMax, currency), false);
	const box = el.createDiv({ cls: ["pj-multiple", "pj-forecast-total"] });
	box.createDiv({ text: "All streams", cls: "pj-multiple-name" });
	renderMultipleChart(
		box,
		{ name: "Income of all streams", values: incomes, targets: [], color: ctx.colors.text, forecast: forecasts.total },
		{ quarters, ahead: forecasts.quarters, format: (n) => formatAmount(n, currency), label, scaleMax },
		["pj-multiple-chart", "pj-forecast-chart"],
	);
	const active = new Set(portfolio.streams.filter((s) => s.status === "active").map((s) => s.path));
	renderDisclosure(el, "forecast", "Show forecast", (body) => {
		renderTable(body, {
			id: "forecast",
			caption: "Forecast income of the next 4 quarters",
			headers: ["Stream", "Forecast", "Change a quarter"],
			rows: [{ name: "All streams", forecast: m.total.forecast }, ...m.streams.filter((s) => active.has(s.path) && s.forecast.reason === null)],
			cells: (row) => [row.name, formatForecast(row.forecast, currency, label), formatAmount(row.forecast.slopePerQuarter, currency)],
		});
	});
}
