// The "Portfolio" view of a Base: the notes the Base selects are the input, the core builds their
// portfolio from the metadata cache (never from Bases values, which are display values), and the
// view draws the dashboard section chosen in its options.
// Real API: obsidian.d.ts 1.13.1, BasesView (1.10.0: onDataUpdated, data.data, config.get;
// createFileForView since 1.10.2) and Plugin.registerBasesView (returns false when Bases is off);
// the official obsidianmd/obsidian-maps plugin's MapView is built the same way.
import { BasesView, requireApiVersion, type BasesQueryResult, type Plugin, type QueryController } from "obsidian";
import { normalizeTag } from "../../core";
import { ChartRegistry } from "../dashboard/chart-registry";
import { isSectionName, SECTION_NAMES, type SectionName } from "../dashboard/render-dashboard";
import { dashboardContext, type DashboardSource } from "../dashboard-source";
import { followTheme } from "../follow-theme";
import { localDate } from "../local-date";
import { portfolioOfNotes } from "../notes-portfolio";
import { BasesSection } from "./bases-section";

/** The view type written in `.base` files (`type: portfolio-journal`). Never rename it. */
export const PORTFOLIO_BASES_VIEW = "portfolio-journal";

/** The option key for the section, saved in the view's entry of the `.base` file. */
export const SECTION_OPTION = "section";

const DEFAULT_SECTION: SectionName = "allocation";

/**
 * Registers the view on Obsidian 1.10+ when the Bases core plugin is on; false otherwise. The class
 * is defined only then: before 1.10 `BasesView` is undefined and `extends` it would stop the plugin
 * loading. (The guards enclose the code that needs them, as eslint-plugin-obsidianmd's
 * no-unsupported-api rule checks: an early return would not count for it.)
 */
export function registerPortfolioBasesView(plugin: Plugin, source: DashboardSource): boolean {
	const View = definePortfolioBasesView(source);
	if (requireApiVersion("1.10.0") && View !== null) {
		return plugin.registerBasesView(PORTFOLIO_BASES_VIEW, {
			name: "Portfolio",
			icon: "layout-dashboard",
			factory: (controller, containerEl) => new View(controller, containerEl),
			options: () => [
				{
					type: "dropdown",
					key: SECTION_OPTION,
					displayName: "Section",
					default: DEFAULT_SECTION,
					options: Object.fromEntries(SECTION_NAMES.map((name) => [name, sectionLabel(name)])),
				},
			],
		});
	}
	return false;
}

/** "allocation" -> "Allocation": the option list speaks sentence case. */
function sectionLabel(name: string): string {
	return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The view class on Obsidian 1.10+ (it extends BasesView); null before. */
function definePortfolioBasesView(source: DashboardSource) {
	if (requireApiVersion("1.10.0")) {
		return class PortfolioBasesView extends BasesView {
			readonly type = PORTFOLIO_BASES_VIEW;
			private readonly charts = new ChartRegistry();
			private readonly bodyEl: HTMLElement;
			/** The section drawn so far, redrawn in place while the choice stays the same. */
			private drawn: BasesSection | null = null;

			constructor(controller: QueryController, containerEl: HTMLElement) {
				super(controller);
				const rootEl = containerEl.createDiv({ cls: "pj-bases-view" });
				// "New stream" needs createFileForView (1.10.2): Obsidian asks for the name, then opens the note.
				if (requireApiVersion("1.10.2")) {
					const button = rootEl.createDiv({ cls: "pj-bases-toolbar" }).createEl("button", { text: "New stream", cls: "pj-bases-new-stream" });
					const tag = (): string => normalizeTag(source.settings().streamTag);
					button.addEventListener("click", () => {
						void this.createFileForView("New stream", (frontmatter: Record<string, unknown>) => {
							frontmatter.tags = [tag()];
							frontmatter.status = "active";
						});
					});
				}
				this.bodyEl = rootEl.createDiv({ cls: "pj-dashboard pj-bases-section" });
			}

			override onload(): void {
				followTheme(this, this.app, () => {
					this.drawn?.invalidate();
					this.redraw();
				});
				// Bases re-runs the query when notes change, not when the plugin's settings (tags, currency) do.
				this.register(source.index.onUpdate(() => this.redraw()));
			}

			override onunload(): void {
				this.charts.destroyAll();
				this.drawn = null;
			}

			/** The section chosen in the view's options (an unknown word falls back to allocation). */
			get section(): SectionName {
				const chosen = this.config.get(SECTION_OPTION);
				return typeof chosen === "string" && isSectionName(chosen) ? chosen : DEFAULT_SECTION;
			}

			// Bases calls this with a fresh result after each change of the notes or the Base.
			onDataUpdated(): void {
				this.redraw();
			}

			private redraw(): void {
				// Before the first query result there is nothing to draw.
				if ((this.data as BasesQueryResult | undefined) === undefined) return;
				const files = this.data.data.map((entry) => entry.file);
				const portfolio = portfolioOfNotes(this.app, files, source.settings(), localDate());
				if (this.drawn?.name !== this.section) {
					// A fresh element when the chosen section changes: a section marks its element with its name.
					this.charts.destroyAll();
					this.bodyEl.empty();
					this.drawn = new BasesSection(this.bodyEl.createDiv(), this.section);
				}
				this.drawn.draw(portfolio, dashboardContext(this.app, source, this.charts));
			}
		};
	}
	return null;
}
