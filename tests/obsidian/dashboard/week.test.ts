// @vitest-environment happy-dom
// The Week section: what a person sees of the time blocks, from notes read by the real core.
import { describe, expect, it } from "vitest";
import { renderSection } from "../../../src/obsidian/dashboard/render-dashboard";
import { streamColor } from "../../../src/obsidian/dashboard/theme-colors";
import { build, streamNote } from "../../core/helpers";
import { container, context } from "./fixtures";

const portfolio = build([
	// 4 x 8 h = 32 h, as stated
	streamNote("Job", { "hours-per-week": 32, "time-blocks": ["Mon-Thu 09:00-17:00"] }),
	// Thu 16:00-21:00 = 5 h against 10 h stated: a 5-hour gap, over 2 h and over 10% of 10 h
	streamNote("Clients", { "hours-per-week": 10, "time-blocks": ["Thu 16:00-21:00"] }),
	streamNote("Community", { "hours-per-week": 1, "time-blocks": ["first Fri 16:00-17:00"] }),
	streamNote("Writing", { "hours-per-week": 3 }),
]);

function render() {
	const el = container();
	const ctx = context();
	renderSection(el, "week", portfolio, ctx);
	return { el, ctx };
}

const texts = (el: ParentNode, selector: string): string[] => [...el.querySelectorAll(selector)].map((n) => n.textContent ?? "");

describe("Week section", () => {
	it("shows seven day columns with each stream's blocks on its days", () => {
		const { el } = render();
		const days = [...el.querySelectorAll(".pj-week-day")];
		expect(days.map((d) => d.querySelector(".pj-week-day-name")?.textContent)).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
		expect(days.map((d) => texts(d, ".pj-week-block-name"))).toEqual([["Job"], ["Job"], ["Job"], ["Job", "Clients"], ["Community"], [], []]);
		expect(texts(days[4] ?? el, ".pj-week-block-time")).toEqual(["16:00-17:00 monthly"]);
	});

	it("marks both blocks of an overlap, in the grid and in the day list", () => {
		const { el } = render();
		const thursday = el.querySelectorAll(".pj-week-day")[3];
		expect([...(thursday?.querySelectorAll(".pj-week-block") ?? [])].map((b) => b.classList.contains("pj-week-overlap"))).toEqual([true, true]);
		expect(texts(thursday ?? el, ".pj-week-overlap-mark")).toEqual(["Overlaps Clients", "Overlaps Job"]);
		expect(texts(el, ".pj-week-list-day")[3]).toContain("16:00-21:00 ClientsOverlaps Job");
		// Blocks that share time sit side by side: two lanes of 50%.
		const widths = [...(thursday?.querySelectorAll<HTMLElement>(".pj-week-block") ?? [])].map((b) => [b.style.getPropertyValue("--pj-left"), b.style.getPropertyValue("--pj-width")]);
		expect(widths).toEqual([["0%", "50%"], ["50%", "50%"]]);
		// A block that meets no other keeps the whole column.
		const monday = el.querySelector<HTMLElement>(".pj-week-day .pj-week-block");
		expect([monday?.style.getPropertyValue("--pj-left"), monday?.style.getPropertyValue("--pj-width")]).toEqual(["0%", "100%"]);
	});

	it("gives each stream the colour it has everywhere else", () => {
		const { el, ctx } = render();
		const block = el.querySelector<HTMLElement>(".pj-week-block");
		expect(block?.style.getPropertyValue("--pj-color")).toBe(streamColor(ctx.colors, portfolio.streams, "Streams/Job.md"));
	});

	it("sets each stream's hours from its blocks against hours per week, the gaps marked", () => {
		const { el } = render();
		expect(texts(el, ".pj-week-hours-item")).toEqual([
			"Clients5 h in blocks of 10 h a week",
			// 1 h x 12/52 = 0.23 h, shown to one decimal
			"Community0.2 h in blocks of 1 h a week",
			"Job32 h in blocks of 32 h a week",
			"Writingno time blocks for 3 h a week",
		]);
		expect(texts(el, ".pj-week-mismatch")).toEqual(["5 h in blocks of 10 h a week"]);
	});

	it("lists the week day by day, with monthly blocks named as such, and links that open the stream", () => {
		const { el, ctx } = render();
		const friday = el.querySelectorAll(".pj-week-list-day")[4];
		expect(friday?.textContent).toBe("Friday16:00-17:00 CommunityMonthly: the first Friday of the month");
		expect(texts(el, ".pj-week-list-day")[6]).toBe("SundayNo blocks");
		friday?.querySelector<HTMLElement>(".pj-link")?.click();
		expect(ctx.opened).toEqual(["Streams/Community.md"]);
	});

	it("invites a vault without blocks to add them", () => {
		const el = container();
		renderSection(el, "week", build([streamNote("Job", { "hours-per-week": 32 })]), context());
		expect(el.querySelector(".pj-week-grid")).toBeNull();
		expect(el.textContent).toContain('No time blocks yet. Give a stream the hours it owns with a time-blocks property, such as "Mon-Thu 09:00-17:00".');
	});
});
