// Draws a list of sections into one element and, on each later draw, redraws only the sections whose
// inputs changed. A section's inputs are found, not declared: it reads the model through proxies that
// note what it touches (model-reads.ts: `streams.name`, `totals.hoursPerWeek`, ...), also from lazily
// filled content such as a "Show values" table opened later. A section redraws when something it read
// changed since it last drew, when the settings changed, or when the theme did. Its element stays, so the reader's
// state kept on it (reader-memory.ts) survives, and its charts are updated in place.
import type { Portfolio } from "../../core/types";
import type { ModelKey, PartRevisions } from "../model-changes";
import { renderFriendlyStart } from "./friendly-start";
import { trackReads } from "./model-reads";
import { MEMORY_HOST_CLASS } from "./reader-memory";
import type { DashboardContext } from "./render-dashboard";
import { drain, type Steps } from "../../core/steps";
import { afterNextFrame, runStepsInSlices } from "../time-slices";
import { rememberFocus } from "./focus-memory";
import { holdScrollPlace } from "./scroll-place";
import { beginRender, type ChartFlush, type SectionContext } from "./section-context";

/** From this many streams a dashboard lets the browser skip the layout of sections out of view. */
export const LARGE_PORTFOLIO = 20;

// A section, and a chart, count this many units of work: the clock is looked at after each one.
const SECTION_UNITS = 32;
const CHART_UNITS = 32;
// An update draws each section, and each chart, in a task of its own (a slice ends after one step),
// the task right after a frame. A step takes up to several milliseconds and the frame after it lays
// out what it rebuilt (as long again): a step started just before a frame would add the two up in
// one stretch without input, while one started just after it leaves the page a frame's time to answer
// before the next frame. chart.js also finds the page laid out then: it sets its canvas's font, for
// which Chrome lays out a page first (the canvas is in a size container).
const UPDATE_SLICE_MS = 0;
// A first draw of the pane fills this many sections at once (the top of the pane: the summary and the
// allocation), then one section a task; its charts wait for chart.js anyway.
const FIRST_DRAW_AT_ONCE = 2;

/** A section's renderer: fills `el` from the model. */
export type SectionRenderer = (el: HTMLElement, portfolio: Portfolio, ctx: SectionContext) => void;

/** One dashboard section: its name (also the code block's `section:` value) and its renderer. */
export interface SectionSpec {
	readonly name: string;
	readonly render: SectionRenderer;
}

/** The model as a view sees it: the model, its revision and what changed at which revision. */
export interface ModelSnapshot {
	portfolio: Portfolio;
	revision: number;
	/** Null: nothing is known about what changed, so every section redraws. */
	changes: PartRevisions | null;
}

interface Slot {
	spec: SectionSpec;
	el: HTMLElement;
	/** The revision the section last drew; -1 before its first draw or after invalidate(). */
	drawnAt: number;
	/** What of the model the section read, during its draw and since (lazy content). */
	reads: Set<ModelKey>;
}

/** The sections of one dashboard (or one code block) in one element, each redrawn on its own. */
export class DashboardRenderer {
	private slots: Slot[] = [];
	private layout = "";
	/** Bumped by each draw, so a draw in slices that was overtaken stops at its next yield. */
	private generation = 0;
	/** Sections the draw in progress filled so far (their charts are queued once it ends). */
	private filling: Slot[] = [];
	/** The charts of the last draw still being drawn, and how to end that draw's redraw. */
	private pendingCharts: { flush: ChartFlush; release(): void } | null = null;
	/** The last draw's completion, and how to declare it over (when it is done or overtaken). */
	private busy: Promise<void> = Promise.resolve();
	private endBusy: () => void = () => undefined;

	constructor(
		private readonly root: HTMLElement,
		private readonly sections: readonly SectionSpec[],
		/** Whether the empty vault shows the friendly start in place of the sections (the full dashboard does). */
		private readonly friendlyWhenEmpty: boolean,
	) {}

	/** Resolves once the last draw is done: its sections filled and its charts drawn (tests, the benchmark). */
	async settled(): Promise<void> {
		for (let seen = this.busy; ; seen = this.busy) {
			await seen;
			if (seen === this.busy) return;
		}
	}

	/** Forgets what was drawn (a theme change): the next draw redraws every section. */
	invalidate(): void {
		for (const slot of this.slots) slot.drawnAt = -1;
	}

	/**
	 * Draws what changed since the last draw and returns the names of the sections it draws. An update
	 * of several sections is drawn a section at a time, each from the task after a frame; a first draw
	 * (or a new layout) and an update of one section are drawn in this task. In an update, a section's
	 * charts are updated after it, each the same way; the first draw's charts wait for
	 * chart.js. A newer draw overtakes one still in progress (its sections left are drawn then).
	 */
	draw(model: ModelSnapshot, ctx: DashboardContext): string[] {
		const { portfolio } = model;
		const generation = ++this.generation;
		// The last draw is over (done, or overtaken by this one); this one is settled once its charts are drawn.
		this.endBusy();
		let endBusy = (): void => undefined;
		this.busy = new Promise<void>((resolve) => (endBusy = resolve));
		this.endBusy = endBusy;
		// The charts of the last draw are drawn now, before their sections may be rebuilt; sections an
		// overtaken draw filled without drawing their charts are drawn again.
		this.finishCharts();
		for (const slot of this.filling.splice(0)) slot.drawnAt = -1;
		const empty = portfolio.streams.length === 0;
		// With no stream yet, the friendly start stands in for the sections, with the findings only when notes have problems.
		const layout = this.friendlyWhenEmpty && empty ? `start:${portfolio.diagnostics.length > 0}` : "sections";
		const laidOut = layout !== this.layout;
		if (laidOut) this.lay(layout, ctx);
		// Sections out of view skip layout in a large portfolio (styles.css); a small one lays out in no time.
		if (this.friendlyWhenEmpty) this.root.toggleClass("pj-large", portfolio.streams.length >= LARGE_PORTFOLIO);
		const due = this.slots.filter((slot) => this.isDue(slot, model));
		if (due.length === 0) {
			endBusy();
			return [];
		}
		// The pane's own update keeps the reader's place (scroll-place.ts); a code block sits in a note,
		// where the browser's anchoring has the note's text around it to hold on to.
		const keepPlace = this.friendlyWhenEmpty && !laidOut ? holdScrollPlace(this.root, this.slots.map((slot) => slot.el)) : () => undefined;
		const render = beginRender(this.root, ctx);
		const restoreFocus = rememberFocus(due.map((slot) => slot.el));
		const fillAll = function* (this: DashboardRenderer): Steps<void> {
			for (const slot of due) {
				this.fill(slot, model, render.section, ctx);
				this.filling.push(slot);
				keepPlace();
				yield SECTION_UNITS;
				// An update then updates the section's charts one at a time, each from a step of its own:
				// chart.js measures every label of a chart, a few milliseconds a chart. Their canvases stayed
				// in the page meanwhile, showing their last drawing (createChartCanvas).
				if (laidOut) continue;
				while (render.drawNext()) {
					keepPlace();
					yield CHART_UNITS;
				}
			}
		}.call(this);
		const finished = (): void => {
			this.filling = [];
			restoreFocus();
			render.drawNow();
			keepPlace();
			this.queueCharts(render.flush(), due, ctx, endBusy);
		};
		// One section alone (a code block) is drawn in this task: it has no smaller step to yield between.
		// A new layout of the pane draws its first sections in this task and each of the others from a task
		// of its own (drawing thirteen sections in one task took 90 to 140 ms).
		if (due.length === 1) {
			drain(fillAll);
			finished();
		} else if (laidOut) {
			const isCurrent = (): boolean => generation === this.generation;
			const filled = runStepsInSlices(fillAll, isCurrent, { sliceMs: 0, firstSteps: FIRST_DRAW_AT_ONCE });
			if (!("then" in filled)) finished();
			else void filled.then((done) => done && finished());
		} else {
			const isCurrent = (): boolean => generation === this.generation;
			const afterFrame = (): Promise<void> => afterNextFrame(this.root.win);
			void afterFrame().then(async () => {
				const filled = isCurrent() ? runStepsInSlices(fillAll, isCurrent, { sliceMs: UPDATE_SLICE_MS, yieldToUi: afterFrame }, Number.POSITIVE_INFINITY) : null;
				if (filled && "then" in filled ? await filled : filled) finished();
			});
		}
		return due.map((slot) => slot.spec.name);
	}

	/** Draws at once the charts still queued by the last draw (or drops them while chart.js loads) and ends its redraw. */
	private finishCharts(): void {
		const pending = this.pendingCharts;
		if (!pending) return;
		this.pendingCharts = null;
		pending.flush.finishNow();
		pending.release();
	}

	/** Queues the charts of the sections just drawn; charts of the last draw that they did not reuse go once they are drawn. */
	private queueCharts(flush: ChartFlush | null, due: readonly Slot[], ctx: DashboardContext, settled: () => void): void {
		const release = (): void => {
			for (const slot of due) ctx.charts.section(slot.spec.name).endRedraw();
			settled();
		};
		if (!flush) return release();
		const pending = { flush, release };
		this.pendingCharts = pending;
		void flush.done.then(() => {
			if (this.pendingCharts !== pending) return;
			this.pendingCharts = null;
			release();
		});
	}

	private lay(layout: string, ctx: DashboardContext): void {
		this.layout = layout;
		this.root.empty();
		// The whole dashboard is one; a single section is drawn into its host's (a code block, a Base).
		if (this.friendlyWhenEmpty) this.root.addClass("pj-dashboard");
		let specs = this.sections;
		if (layout !== "sections") {
			renderFriendlyStart(this.root, ctx.settings);
			specs = layout === "start:true" ? this.sections.filter((spec) => spec.name === "findings") : [];
		}
		// The sections a new layout leaves out lost their canvases with root.empty(): their charts go too.
		for (const spec of this.sections) if (!specs.includes(spec)) ctx.charts.section(spec.name).destroyAll();
		// One section alone (a code block, a Base) draws into the root itself, as the section's element.
		const single = this.sections.length === 1 && !this.friendlyWhenEmpty;
		if (single) this.root.addClass(MEMORY_HOST_CLASS);
		this.slots = specs.map((spec) => ({ spec, el: single ? this.root : this.root.createDiv({ cls: MEMORY_HOST_CLASS }), drawnAt: -1, reads: new Set() }));
	}

	private isDue(slot: Slot, { revision, changes }: ModelSnapshot): boolean {
		if (slot.drawnAt < 0 || changes === null) return true;
		if (revision === slot.drawnAt) return false;
		return changes.settingsChangedSince(slot.drawnAt) || changes.anyChangedSince(slot.drawnAt, slot.reads);
	}

	private fill(slot: Slot, model: ModelSnapshot, shared: SectionContext, ctx: DashboardContext): void {
		const charts = ctx.charts.section(slot.spec.name);
		charts.beginRedraw();
		slot.el.empty();
		slot.reads = new Set();
		slot.drawnAt = model.revision;
		slot.spec.render(slot.el, trackReads(model.portfolio, slot.reads), { ...shared, charts });
	}
}
