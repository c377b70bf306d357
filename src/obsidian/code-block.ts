// The `portfolio` code block: one dashboard section (or all of them) inside any note, e.g.
//     ```portfolio
//     section: allocation
//     ```
import { MarkdownRenderChild, type App, type Plugin } from "obsidian";
import { ChartRegistry } from "./dashboard/chart-registry";
import type { DashboardRenderer } from "./dashboard/dashboard-renderer";
import { dashboardRenderer, isSectionName, SECTION_NAMES, sectionRenderer, type SectionName } from "./dashboard/render-dashboard";
import { dashboardContext, type DashboardSource } from "./dashboard-source";
import { followTheme } from "./follow-theme";

// The code block language: the word after the opening fence.
const CODE_BLOCK_LANGUAGE = "portfolio";

/** What a block asks for: a section, the whole dashboard (no section line), or a mistake to show. */
export type BlockRequest = { section: SectionName | null } | { error: string };

/** Reads the block's `key: value` lines; only `section` is known. */
export function parseBlock(source: string): BlockRequest {
	let section: SectionName | null = null;
	for (const raw of source.split(/\r?\n/)) {
		const line = raw.trim();
		if (line === "" || line.startsWith("#")) continue;
		const match = /^([\w-]+)\s*:\s*(.*)$/.exec(line);
		if (!match || match[1]?.toLowerCase() !== "section") {
			return { error: `This portfolio block has a line it does not understand: "${line}". Write "section: allocation", for example.` };
		}
		const name = (match[2] ?? "").trim().replace(/^["']|["']$/g, "").toLowerCase();
		if (!isSectionName(name)) {
			return { error: `Unknown section "${match[2] ?? ""}". Use one of: ${SECTION_NAMES.join(", ")}.` };
		}
		section = name;
	}
	return { section };
}

/** Registers the code block processor; each block is a child of the note that shows it. */
export function registerPortfolioBlock(plugin: Plugin, source: DashboardSource): void {
	plugin.registerMarkdownCodeBlockProcessor(CODE_BLOCK_LANGUAGE, (text, el, ctx) => {
		ctx.addChild(new PortfolioBlock(el, plugin.app, parseBlock(text), source));
	});
}

/** One rendered block: owns its charts and redraws what changed when the model changes. */
class PortfolioBlock extends MarkdownRenderChild {
	private readonly charts = new ChartRegistry();
	private renderer: DashboardRenderer | null = null;
	private drawnRevision = -1;

	constructor(
		containerEl: HTMLElement,
		private readonly app: App,
		private readonly request: BlockRequest,
		private readonly source: DashboardSource,
	) {
		super(containerEl);
	}

	override onload(): void {
		this.containerEl.addClass("pj-block");
		if ("error" in this.request) {
			this.containerEl.createEl("p", { text: this.request.error, cls: "pj-block-error" });
			return;
		}
		this.register(this.source.index.onUpdate(() => this.draw()));
		followTheme(this, this.app, () => {
			this.drawnRevision = -1;
			this.renderer?.invalidate();
			this.draw();
		});
		this.draw();
	}

	override onunload(): void {
		this.charts.destroyAll();
	}

	private draw(): void {
		const { index } = this.source;
		if ("error" in this.request) return;
		if (!index.ready) {
			this.containerEl.setText("Indexing your notes…");
			return;
		}
		if (index.revision === this.drawnRevision) return;
		this.drawnRevision = index.revision;
		const { section } = this.request;
		this.renderer ??= section === null ? dashboardRenderer(this.containerEl) : sectionRenderer(this.containerEl, section);
		this.renderer.draw({ portfolio: index.portfolio, revision: index.revision, changes: index.changes }, dashboardContext(this.app, this.source, this.charts));
	}
}
