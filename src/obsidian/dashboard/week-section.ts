// Week: each active stream's time blocks on seven day columns, in the stream's colour, with the
// overlaps marked and each stream's hours from its blocks against hours-per-week. Below a narrow
// width (a phone, a sidebar) the columns give way to a day-by-day list (CSS container query).
import { formatHours } from "../../core/format";
import { clockText, WEEKDAYS } from "../../core/time-blocks";
import type { Portfolio } from "../../core/types";
import { buildWeek, type Overlap, type Week, type WeekSlot } from "../../core/week";
import { DAY_NAMES, isMismatch, whenText } from "../../core/week-findings";
import { renderSwatch } from "./chart-legend";
import { renderNoteLink } from "./note-link";
import type { SectionContext } from "./section-context";
import { renderEmpty, sectionFrame } from "./section-frame";
import { streamColor, withAlpha } from "./theme-colors";

/** Renders the Week section of the dashboard (also the `week` code-block section). */
export function renderWeek(el: HTMLElement, portfolio: Portfolio, ctx: SectionContext): void {
	sectionFrame(el, "week", "Week", "Each stream's time blocks, Monday first, and the hours they give against hours per week.");
	const week = buildWeek(portfolio.streams);
	if (!week.days.some((slots) => slots.length > 0)) {
		renderEmpty(el, 'No time blocks yet. Give a stream the hours it owns with a time-blocks property, such as "Mon-Thu 09:00-17:00".');
		return;
	}
	const colorOf = (path: string): string => streamColor(ctx.colors, portfolio.streams, path);
	const overlapping = overlapsBySlot(week.overlaps);
	renderHours(el, week, colorOf, ctx);
	renderGrid(el.createDiv({ cls: "pj-week-grid" }), week, colorOf, overlapping);
	renderDayList(el.createDiv({ cls: "pj-week-list" }), week, colorOf, overlapping, ctx);
}

// Which other streams each slot shares time with, for the marks on the grid and in the list.
function overlapsBySlot(overlaps: readonly Overlap[]): Map<WeekSlot, string[]> {
	const map = new Map<WeekSlot, string[]>();
	const add = (slot: WeekSlot, other: WeekSlot): void => {
		const list = map.get(slot) ?? [];
		if (!list.includes(other.name)) list.push(other.name);
		map.set(slot, list);
	};
	for (const o of overlaps) {
		add(o.a, o.b);
		add(o.b, o.a);
	}
	return map;
}

function renderHours(el: HTMLElement, week: Week, colorOf: (path: string) => string, ctx: SectionContext): void {
	const list = el.createEl("ul", { cls: "pj-week-hours", attr: { "aria-label": "Hours a week from the time blocks, against hours per week" } });
	for (const stream of week.streams) {
		const item = list.createEl("li", { cls: "pj-week-hours-item" });
		renderSwatch(item, colorOf(stream.path));
		renderNoteLink(item, stream.name, stream.path, ctx);
		const stated = stream.hoursPerWeek;
		const text = stated === null ? `${formatHours(stream.blockHours)} a week in blocks` : `${formatHours(stream.blockHours)} in blocks of ${formatHours(stated)} a week`;
		const figure = item.createSpan({ text, cls: "pj-week-hours-figure" });
		if (stream.blocks.length > 0 && stated !== null && isMismatch(stream.blockHours, stated, ctx.settings.thresholds)) figure.addClass("pj-week-mismatch");
		if (stream.blocks.length === 0) figure.setText(stated === null ? "no time blocks" : `no time blocks for ${formatHours(stated)} a week`);
	}
}

// The columns span the hours the blocks use (whole hours), not the whole day, so a block stays legible.
function renderGrid(el: HTMLElement, week: Week, colorOf: (path: string) => string, overlapping: Map<WeekSlot, string[]>): void {
	const slots = week.days.flat();
	const from = Math.floor(Math.min(...slots.map((s) => s.start)) / 60) * 60;
	const to = Math.ceil(Math.max(...slots.map((s) => s.end)) / 60) * 60;
	const span = Math.max(60, to - from);
	el.style.setProperty("--pj-week-hours", String(span / 60));
	for (const [day, daySlots] of week.days.entries()) {
		const column = el.createDiv({ cls: "pj-week-day", attr: { role: "group", "aria-label": DAY_NAMES[day] ?? "" } });
		column.createDiv({ text: WEEKDAYS[day] ?? "", cls: "pj-week-day-name" });
		const track = column.createDiv({ cls: "pj-week-track" });
		const lanes = lanesOf(daySlots);
		for (const slot of daySlots) {
			const block = track.createDiv({ cls: slot.block.ordinal === null ? "pj-week-block" : ["pj-week-block", "pj-week-monthly"] });
			const { lane, lanes: laneCount } = lanes.get(slot) ?? { lane: 0, lanes: 1 };
			block.style.setProperty("--pj-top", `${((slot.start - from) / span) * 100}%`);
			block.style.setProperty("--pj-height", `${((slot.end - slot.start) / span) * 100}%`);
			block.style.setProperty("--pj-left", `${(lane / laneCount) * 100}%`);
			block.style.setProperty("--pj-width", `${100 / laneCount}%`);
			block.style.setProperty("--pj-color", colorOf(slot.path));
			block.style.setProperty("--pj-fill", withAlpha(colorOf(slot.path), 0.25));
			block.createDiv({ text: slot.name, cls: "pj-week-block-name" });
			block.createDiv({ text: `${clockText(slot.start)}-${clockText(slot.end)}${slot.block.ordinal === null ? "" : " monthly"}`, cls: "pj-week-block-time" });
			block.setAttr("title", `${slot.name}: ${whenText(day, slot.block)} ${clockText(slot.start)}-${clockText(slot.end)}`);
			const others = overlapping.get(slot);
			if (others) {
				block.addClass("pj-week-overlap");
				block.createDiv({ text: `Overlaps ${others.join(", ")}`, cls: "pj-week-overlap-mark" });
			}
		}
	}
}

// Side by side when blocks share time: each slot takes the first lane free at its start, and the
// slots of one run of overlapping blocks share its width; a block that meets no other keeps it all.
function lanesOf(slots: readonly WeekSlot[]): Map<WeekSlot, { lane: number; lanes: number }> {
	const placed = new Map<WeekSlot, { lane: number; lanes: number }>();
	let group: WeekSlot[] = [];
	let ends: number[] = [];
	let groupEnd = -1;
	const close = (): void => {
		for (const slot of group) {
			const spot = placed.get(slot);
			if (spot) spot.lanes = ends.length;
		}
		group = [];
		ends = [];
	};
	for (const slot of slots) {
		if (slot.start >= groupEnd) close();
		let lane = ends.findIndex((end) => end <= slot.start);
		if (lane < 0) lane = ends.length;
		ends[lane] = slot.end;
		groupEnd = Math.max(groupEnd, slot.end);
		group.push(slot);
		placed.set(slot, { lane, lanes: 1 });
	}
	close();
	return placed;
}

// The same week as a list: what a screen reader reads, and what a phone shows.
function renderDayList(el: HTMLElement, week: Week, colorOf: (path: string) => string, overlapping: Map<WeekSlot, string[]>, ctx: SectionContext): void {
	for (const [day, slots] of week.days.entries()) {
		const box = el.createDiv({ cls: "pj-week-list-day" });
		box.createEl("h4", { text: DAY_NAMES[day] ?? "", cls: "pj-week-list-name" });
		if (slots.length === 0) {
			box.createEl("p", { text: "No blocks", cls: "pj-empty" });
			continue;
		}
		const list = box.createEl("ul");
		for (const slot of slots) {
			const item = list.createEl("li", { cls: "pj-week-list-item" });
			renderSwatch(item, colorOf(slot.path));
			item.createSpan({ text: `${clockText(slot.start)}-${clockText(slot.end)} `, cls: "pj-week-list-time" });
			renderNoteLink(item, slot.name, slot.path, ctx);
			if (slot.block.ordinal !== null) item.createSpan({ text: `Monthly: ${whenText(day, slot.block)}`, cls: "pj-week-list-when" });
			const others = overlapping.get(slot);
			if (others) {
				item.addClass("pj-week-overlap");
				item.createSpan({ text: `Overlaps ${others.join(", ")}`, cls: "pj-week-overlap-mark" });
			}
		}
	}
}
