// The dashboard pane: draws the whole portfolio, and redraws only when it is visible and the model
// changed since it last drew (the index's revision), so typing in a note costs a hidden pane nothing.
import { ItemView, type WorkspaceLeaf } from "obsidian";
import { ChartRegistry } from "./dashboard/chart-registry";
import { renderDashboard } from "./dashboard/render-dashboard";
import { dashboardContext, type DashboardSource } from "./dashboard-source";

/** The view type, saved in the workspace layout: never rename it, or restored panes break. */
export const DASHBOARD_VIEW_TYPE = "portfolio-journal-dashboard";

/** The portfolio dashboard pane. */
export class DashboardView extends ItemView {
	/** The charts this pane drew; destroyed before each redraw and when the pane closes. */
	readonly charts = new ChartRegistry();
	private drawnRevision = -1;
	private draws = 0;

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

	override async onOpen(): Promise<void> {
		this.contentEl.addClass("pj-view");
		this.register(this.source.index.onUpdate(() => this.refresh()));
		// A pane in a background tab skips updates; it catches up when the layout shows it again.
		this.registerEvent(this.app.workspace.on("layout-change", () => this.refresh()));
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.refresh()));
		// Chart colours come from the theme's CSS variables: a theme switch needs a fresh draw.
		this.registerEvent(
			this.app.workspace.on("css-change", () => {
				this.drawnRevision = -1;
				this.refresh();
			}),
		);
		this.refresh();
	}

	override onResize(): void {
		this.refresh();
	}

	/** Draws if the pane is visible and the model changed since the last draw. */
	refresh(): void {
		const { index } = this.source;
		if (!index.ready) {
			if (this.contentEl.childElementCount === 0) this.contentEl.createEl("p", { text: "Reading your notes…", cls: "pj-loading" });
			return;
		}
		if (!this.contentEl.isShown() || index.revision === this.drawnRevision) return;
		this.drawnRevision = index.revision;
		this.draws++;
		// renderDashboard destroys this registry's charts before drawing new ones.
		renderDashboard(this.contentEl, index.portfolio, dashboardContext(this.app, this.source, this.charts));
	}

	override async onClose(): Promise<void> {
		this.charts.destroyAll();
		this.contentEl.empty();
	}
}
