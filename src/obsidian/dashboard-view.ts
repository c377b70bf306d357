// The dashboard pane: draws the whole portfolio, and redraws only when it is visible and the model
// changed since it last drew (the index's revision), so typing in a note costs a hidden pane nothing;
// then only the sections whose inputs changed redraw (dashboard-renderer.ts).
import { ItemView, type WorkspaceLeaf } from "obsidian";
import { ChartRegistry } from "./dashboard/chart-registry";
import type { DashboardRenderer } from "./dashboard/dashboard-renderer";
import { dashboardRenderer } from "./dashboard/render-dashboard";
import { dashboardContext, type DashboardSource } from "./dashboard-source";
import { followTheme } from "./follow-theme";

/** The view type, saved in the workspace layout: never rename it, or restored panes break. */
export const DASHBOARD_VIEW_TYPE = "portfolio-journal-dashboard";

/** The portfolio dashboard pane. */
export class DashboardView extends ItemView {
	/** The charts this pane drew; updated in place by redraws, destroyed when the pane closes. */
	readonly charts = new ChartRegistry();
	private renderer: DashboardRenderer | null = null;
	private drawnRevision = -1;
	private draws = 0;
	private sectionDraws = 0;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly source: DashboardSource,
	) {
		super(leaf);
	}

	getViewType(): string {
		return DASHBOARD_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Portfolio dashboard";
	}

	override getIcon(): string {
		return "layout-dashboard";
	}

	/** How many times the pane drew the portfolio (tests and the benchmark). */
	get redraws(): number {
		return this.draws;
	}

	/** Resolves once the pane's last draw is done, its charts included (tests and the benchmark). */
	settled(): Promise<void> {
		return this.renderer?.settled() ?? Promise.resolve();
	}

	/** How many sections the pane drew in all (tests: an edit redraws only what it touched). */
	get sectionRedraws(): number {
		return this.sectionDraws;
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass("pj-view");
		this.register(this.source.index.onUpdate(() => this.refresh()));
		// A pane in a background tab skips updates; it catches up when the layout shows it again.
		this.registerEvent(this.app.workspace.on("layout-change", () => this.refresh()));
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.refresh()));
		followTheme(this, this.app, () => {
			this.drawnRevision = -1;
			this.renderer?.invalidate();
			this.refresh();
		});
		this.refresh();
	}

	override onResize(): void {
		this.refresh();
	}

	/** Draws if the pane is visible and the model changed since the last draw. */
	refresh(): void {
		const { index } = this.source;
		if (!index.ready) {
			// Before the first model (or while Obsidian's cache is still filling), no findings: they would be wrong.
			if (this.contentEl.childElementCount === 0) this.contentEl.createEl("p", { text: "Indexing your notes…", cls: "pj-loading" });
			return;
		}
		if (!this.contentEl.isShown() || index.revision === this.drawnRevision) return;
		this.drawnRevision = index.revision;
		this.draws++;
		this.renderer ??= dashboardRenderer(this.contentEl);
		const drawn = this.renderer.draw(
			{ portfolio: index.portfolio, revision: index.revision, changes: index.changes },
			dashboardContext(this.app, this.source, this.charts),
		);
		this.sectionDraws += drawn.length;
	}

	override async onClose(): Promise<void> {
		this.charts.destroyAll();
		this.renderer = null;
		this.contentEl.empty();
	}
}
