// The section a Base draws, kept between updates. A Base builds its own portfolio from the notes it
// selects, so there is no index revision to follow: the parts that changed are found by comparing
// each new model with the last (model-changes.ts), and only a section reading them redraws, in
// place (its charts updated, the tables the reader opened left open).
import type { Portfolio } from "../../core";
import type { DashboardRenderer } from "../dashboard/dashboard-renderer";
import { sectionRenderer, type SectionName } from "../dashboard/render-dashboard";
import type { DashboardContext } from "../dashboard/render-dashboard";
import { changedKeys, PartRevisions } from "../model-changes";

/** One section drawn into an element, redrawn only when the part of the model it shows changed. */
export class BasesSection {
	private readonly renderer: DashboardRenderer;
	private readonly parts = new PartRevisions();
	private revision = 0;
	private last: Portfolio | null = null;
	private settingsJson = "";

	constructor(
		el: HTMLElement,
		readonly name: SectionName,
	) {
		this.renderer = sectionRenderer(el, name);
	}

	/** Draws `portfolio` where it differs from the last one drawn (or the settings do); returns whether it drew. */
	draw(portfolio: Portfolio, ctx: DashboardContext): boolean {
		const settingsJson = JSON.stringify(ctx.settings);
		const settingsChanged = settingsJson !== this.settingsJson;
		const keys = changedKeys(this.last, portfolio);
		if (this.last !== null && keys.length === 0 && !settingsChanged) return false;
		this.revision++;
		this.parts.record(this.revision, keys, settingsChanged);
		this.last = portfolio;
		this.settingsJson = settingsJson;
		return this.renderer.draw({ portfolio, revision: this.revision, changes: this.parts }, ctx).length > 0;
	}

	/** Forgets what was drawn (a theme change): the next draw redraws the section. */
	invalidate(): void {
		this.renderer.invalidate();
		this.last = null;
	}
}
