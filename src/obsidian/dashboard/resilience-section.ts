// Resilience: a table of what each active stream's loss would cost.
import { formatAmount, formatPercent } from "../../core/format";
import type { Portfolio } from "../../core/types";
import { sumKnown } from "./allocation-data";
import { renderTable, type Cell } from "./data-table";
import { renderNoteLink } from "./note-link";
import { resilience, type StreamLoss } from "./resilience";
import { renderRunway } from "./runway-table";
import type { SectionContext } from "./section-context";
import { plural, renderEmpty, sectionFrame } from "./section-frame";
import { TABLE_LIMIT } from "./show-more";

/** Renders, per active stream, the income lost and the streams left unfunded if it stopped. */
export function renderResilience(el: HTMLElement, portfolio: Portfolio, ctx: SectionContext): void {
	sectionFrame(el, "resilience", "If a stream stopped", "The income each active stream carries, and the streams that only it funds.");
	const losses = resilience(portfolio);
	if (losses.length === 0) {
		renderEmpty(el, "No active streams to weigh.");
		return;
	}
	const limit = ctx.settings.thresholds.incomeConcentration;
	const risky = (loss: StreamLoss): boolean => (loss.incomeShareLost ?? 0) > limit || loss.unfunded.length > 0;
	renderTable(el, {
		id: "loss",
		caption: "Loss if each active stream stopped",
		headers: ["Stream", "Income share lost", "Annual income lost", "Left without a funder"],
		rows: losses,
		cells: (loss): Cell[] => [
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
		],
		rowClass: (loss) => (risky(loss) ? "pj-row-alert" : null),
		limit: TABLE_LIMIT,
		rest: {
			label: (hidden) => {
				const flagged = hidden.filter(risky).length;
				return `${hidden.length} more streams${flagged > 0 ? `, ${flagged} of them flagged` : ""}`;
			},
			cells: (hidden) => {
				const unfunded = new Set(hidden.flatMap((loss) => loss.unfunded.map((s) => s.path))).size;
				return [
					formatPercent(sumKnown(hidden.map((l) => l.incomeShareLost))),
					formatAmount(sumKnown(hidden.map((l) => l.annualIncomeLost)), ctx.settings.currency),
					unfunded === 0 ? "None" : plural(unfunded, "stream"),
				];
			},
		},
	});
	renderRunway(el, portfolio, ctx);
}
