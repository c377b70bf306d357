// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { renderFindings } from "../../../src/obsidian/dashboard/findings-section";
import { filterLearnings, renderLearnings } from "../../../src/obsidian/dashboard/learnings-section";
import { container, context, emptyPortfolio, p, researcher, stream, texts } from "./fixtures";

function choose(select: HTMLSelectElement, value: string): void {
	select.value = value;
	select.dispatchEvent(new Event("change"));
}

describe("learnings ledger", () => {
	it("lists every learning newest first with when, route, text and source", () => {
		const el = container();
		renderLearnings(el, researcher(), context());
		expect(texts(el, ".pj-learning-when")).toEqual(["2026-Q2 · 2026-05-10", "2026-Q1", "2026-Q1"]);
		expect(texts(el, ".pj-learning-route")).toEqual(["Course → Consulting", "Course → Consulting", "Open science → Research"]);
		expect(texts(el, ".pj-learning-source")).toEqual(["Noted in 2026-Q2 review", "Noted in Course", "Noted in 2026-Q1 review"]);
		expect(el.querySelector(".pj-count")?.textContent).toBe("3 learnings");
	});

	it("filters by a stream, as teacher or learner, and back to all", () => {
		const el = container();
		renderLearnings(el, researcher(), context());
		const select = el.querySelector("select") as HTMLSelectElement;
		expect(texts(select, "option")).toEqual(["All streams", "Consulting", "Course", "Open science", "Research"]);
		choose(select, p("Research"));
		expect(texts(el, ".pj-learning-text")).toEqual(["Preprint feedback sharpened the method"]);
		expect(el.querySelector(".pj-count")?.textContent).toBe("1 learning");
		choose(select, p("Consulting"));
		expect(el.querySelectorAll(".pj-learning")).toHaveLength(2);
		choose(select, "");
		expect(el.querySelectorAll(".pj-learning")).toHaveLength(3);
	});

	it("keeps the model's order when filtering", () => {
		const { learnings } = researcher();
		expect(filterLearnings(learnings, p("Course")).map((l) => l.quarter)).toEqual(["2026-Q2", "2026-Q1"]);
	});

	it("opens the source note from its link", () => {
		const el = container();
		const ctx = context();
		renderLearnings(el, researcher(), ctx);
		el.querySelector<HTMLAnchorElement>(".pj-learning-source a")?.click();
		expect(ctx.opened).toEqual(["Reviews/2026-Q2 review.md"]);
	});

	it("caps a long ledger and says so", () => {
		const portfolio = researcher();
		portfolio.streams.push(stream("Busy"));
		portfolio.learnings = Array.from({ length: 250 }, (_, i) => ({ from: p("Busy"), to: p("Course"), quarter: null, date: null, text: `L${i}`, source: p("Busy") }));
		const el = container();
		renderLearnings(el, portfolio, context());
		expect(el.querySelectorAll(".pj-learning")).toHaveLength(200);
		expect(el.querySelector(".pj-count")?.textContent).toBe("Newest 200 of 250");
	});

	it("says how to start when there is none", () => {
		const el = container();
		renderLearnings(el, { ...researcher(), learnings: [] }, context());
		expect(el.querySelector("select")).toBeNull();
		expect(el.querySelector(".pj-empty")).not.toBeNull();
	});
});

describe("findings and diagnostics", () => {
	it("groups each list by severity, worst first, with a link to the note", () => {
		const el = container();
		const ctx = context();
		const portfolio = researcher();
		portfolio.findings.push({ code: "no-seed", severity: "error", path: null, message: "No seed stream." });
		renderFindings(el, portfolio, ctx);
		expect(texts(el, ".pj-findings .pj-severity-title")).toEqual(["Errors (1)", "Warnings (1)", "Notes (1)"]);
		expect(texts(el, ".pj-diagnostics .pj-severity-title")).toEqual(["Errors (1)"]);
		const item = el.querySelector(".pj-diagnostics .pj-issue") as HTMLElement;
		expect(item.dataset.code).toBe("invalid-number");
		expect(item.textContent).toBe('Research: Research.md: hours-per-week "lots" is not a number.');
		item.querySelector("a")?.click();
		expect(ctx.opened).toEqual([p("Research")]);
	});

	it("says when there is nothing to report", () => {
		const el = container();
		renderFindings(el, emptyPortfolio(), context());
		expect(texts(el, ".pj-subtitle")).toEqual(["Findings (0)", "Diagnostics (0)"]);
		expect(el.querySelectorAll(".pj-empty")).toHaveLength(2);
	});
});
