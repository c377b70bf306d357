// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { isSectionName, renderDashboard, renderSection, SECTION_NAMES } from "../../../src/obsidian/dashboard/render-dashboard";
import { container, context, emptyPortfolio, p, researcher, stream, texts } from "./fixtures";

describe("renderDashboard", () => {
	it("renders every section in dashboard order", async () => {
		const el = container();
		await renderDashboard(el, researcher(), context());
		const sections = Array.from(el.querySelectorAll(":scope > .pj-section"));
		expect(sections.map((s) => [...s.classList].find((c) => c.startsWith("pj-section-")))).toEqual(SECTION_NAMES.map((n) => `pj-section-${n}`));
		expect(texts(el, ".pj-section-title")).toEqual(["Summary", "Allocation", "Week", "Stream graph", "Trends", "Income and forecast", "If a stream stopped", "Diversification", "Energy", "Roadmap", "Compare", "Findings and diagnostics", "Learnings"]);
	});

	it("shows a friendly start, with the stream tag in an example, when no stream note exists", async () => {
		const el = container();
		const ctx = context();
		ctx.settings = { ...ctx.settings, streamTag: "career/stream" };
		await renderDashboard(el, emptyPortfolio(), ctx);
		expect(el.querySelector(".pj-start")).not.toBeNull();
		expect(el.querySelector(".pj-section")).toBeNull();
		const example = el.querySelector(".pj-example code")?.textContent ?? "";
		expect(example).toContain("  - career/stream");
		expect(example).toContain("hours-per-week: 12");
		expect(el.textContent).toContain("Create quarterly review");
	});

	it("still lists diagnostics under the friendly start", async () => {
		const el = container();
		const portfolio = emptyPortfolio();
		portfolio.diagnostics = [{ code: "no-quarter", severity: "error", path: "Reviews/Q.md", message: "Q.md: no readable quarter." }];
		await renderDashboard(el, portfolio, context());
		expect(el.querySelector(".pj-start")).not.toBeNull();
		expect(texts(el, ".pj-diagnostics .pj-issue-message")).toEqual(["Q.md: no readable quarter."]);
	});

	it("replaces what an earlier render drew", async () => {
		const el = container();
		const ctx = context();
		await renderDashboard(el, researcher(), ctx);
		await renderDashboard(el, researcher(), ctx);
		expect(el.querySelectorAll(".pj-section-totals")).toHaveLength(1);
	});

	it("draws no chart where the canvas has no 2D context, and still gives every canvas a label", async () => {
		const el = container();
		const ctx = context();
		await renderDashboard(el, researcher(), ctx);
		expect(ctx.charts.live).toBe(0);
		const canvases = Array.from(el.querySelectorAll("canvas"));
		expect(canvases).toHaveLength(4);
		for (const canvas of canvases) {
			expect(canvas.getAttribute("role")).toBe("img");
			expect(canvas.getAttribute("aria-label")).toMatch(/share/);
		}
	});

	it("renders note text as text, never as markup", async () => {
		const el = container();
		const portfolio = researcher();
		const evil = '<img src=x onerror="alert(1)">';
		portfolio.streams.push(stream(evil, { role: "seed", timeShare: 0, incomeShare: 0 }));
		portfolio.learnings.unshift({ from: p(evil), to: p("Course"), quarter: null, date: null, text: "<script>alert(2)</script>", source: p(evil) });
		portfolio.findings.push({ code: "isolated-stream", severity: "warning", path: p(evil), message: `${evil} has no edge` });
		await renderDashboard(el, portfolio, context());
		expect(el.querySelector("img")).toBeNull();
		expect(el.querySelector("script")).toBeNull();
		expect(el.querySelector("[onerror]")).toBeNull();
		expect(texts(el, ".pj-learning-text")).toContain("<script>alert(2)</script>");
		expect(el.textContent).toContain(evil);
	});

	it("opens a stream's note when its name is clicked", async () => {
		const el = container();
		const ctx = context();
		await renderDashboard(el, researcher(), ctx);
		const link = Array.from(el.querySelectorAll<HTMLAnchorElement>(".pj-section-resilience a.pj-link")).find((a) => a.textContent === "Research");
		link?.click();
		expect(ctx.opened).toEqual([p("Research")]);
	});

	it("keeps its link clicks to itself inside a rendered note, where Obsidian handles internal links too", () => {
		// In reading view Obsidian listens for clicks on `a.internal-link` from the note's container.
		const note = container();
		let reachedNote = 0;
		note.addEventListener("click", () => reachedNote++);
		const ctx = context();
		renderSection(note.createDiv(), "resilience", researcher(), ctx);
		const link = note.querySelector<HTMLAnchorElement>("a.pj-link");
		link?.click();
		expect(ctx.opened).toHaveLength(1);
		expect(reachedNote).toBe(0);
		expect(note.querySelector("a.internal-link")).toBeNull();
	});
});

describe("renderSection", () => {
	it("renders only the section asked for", () => {
		const el = container();
		renderSection(el, "resilience", researcher(), context());
		expect(texts(el, ".pj-section-title")).toEqual(["If a stream stopped"]);
		expect(el.classList.contains("pj-section-resilience")).toBe(true);
	});

	it("shows the friendly start for a section when no stream exists", () => {
		const el = container();
		renderSection(el, "graph", emptyPortfolio(), context());
		expect(el.querySelector(".pj-start")).not.toBeNull();
		expect(el.querySelector("svg")).toBeNull();
	});
});

describe("isSectionName", () => {
	it("accepts exactly the section names", () => {
		for (const name of SECTION_NAMES) expect(isSectionName(name)).toBe(true);
		for (const other of ["", "Totals", "chart", "findings "]) expect(isSectionName(other)).toBe(false);
	});
});
