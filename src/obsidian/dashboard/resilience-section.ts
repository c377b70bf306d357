// Resilience: a table of what each active stream's loss would cost.
import { formatAmount, formatPercent } from "../../core/format";
import type { Portfolio } from "../../core/types";
import { renderTable, type Cell } from "./data-table";
import { renderNoteLink } from "./note-link";
import type { DashboardContext } from "./render-dashboard";
import { resilience } from "./resilience";
import { renderEmpty, sectionFrame } from "./section-frame";

/** Renders, per active stream, the income lost and the streams left unfunded if it stopped. */
export function renderResilience(el: HTMLElement, portfolio: Portfolio, ctx: DashboardContext): void {
	sectionFrame(el, "resilience", "If a stream stopped", "The income each active stream carries, and the streams that only it funds.");
	const losses = resilience(portfolio);
	if (losses.length === 0) {
		renderEmpty(el, "No active streams to weigh.");
		return;
	}
	const limit = ctx.settings.thresholds.incomeConcentration;
	renderTable(el, {
		caption: "Loss if each active stream stopped",
		headers: ["Stream", "Income share lost", "Annual income lost", "Left without a funder"],
		rows: losses.map((loss): Cell[] => [
			(td) => {
				renderNoteLink(td, loss.name, loss.path, ctx);
			},
			formatPercent(loss.incomeShareLost),
			formatAmount(loss.annualIncomeLost, ctx.settings.currency),
			(td) => {
				if (loss.unfunded.length === 0) {
					td.setText("None");
					return;
				}
				loss.unfunded.forEach((s, i) => {
					if (i > 0) td.append(", ");
					renderNoteLink(td, s.name, s.path, ctx);
				});
			},
		]),
		rowClass: (i) => {
			const loss = losses[i];
			if (!loss) return null;
			return (loss.incomeShareLost ?? 0) > limit || loss.unfunded.length > 0 ? "pj-row-alert" : null;
		},
	});
}
