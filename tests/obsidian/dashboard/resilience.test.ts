// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { resilience } from "../../../src/obsidian/dashboard/resilience";
import { renderResilience } from "../../../src/obsidian/dashboard/resilience-section";
import { container, context, p, researcher, texts } from "./fixtures";

describe("resilience", () => {
	it("gives each active stream's income share and the streams only it funds", () => {
		// Consulting alone funds Course (the retired Old job funds nothing now); Open science also has Research.
		const losses = resilience(researcher());
		expect(losses.map((l) => [l.name, l.incomeShareLost, l.annualIncomeLost, l.unfunded.map((u) => u.name)])).toEqual([
			["Consulting", 60, 60000, ["Course"]],
			["Research", 30, 30000, []],
			["Course", 10, 10000, []],
			["Open science", 0, 0, []],
		]);
	});

	it("leaves a stream unfunded when its second funder is not active", () => {
		const portfolio = researcher();
		portfolio.streams = portfolio.streams.map((s) => (s.name === "Research" ? { ...s, status: "paused" } : s));
		const consulting = resilience(portfolio).find((l) => l.name === "Consulting");
		expect(consulting?.unfunded.map((u) => u.path)).toEqual([p("Course"), p("Open science")]);
	});

	it("renders a table with links and highlights the risky rows", () => {
		const el = container();
		const ctx = context();
		ctx.settings = { ...ctx.settings, currency: "USD" };
		renderResilience(el, researcher(), ctx);
		expect(texts(el, "tbody tr:first-child td")).toEqual(["Consulting", "60%", "$60,000", "Course"]);
		expect(texts(el, "tbody tr:nth-child(2) td")).toEqual(["Research", "30%", "$30,000", "None"]);
		expect(el.querySelectorAll("tr.pj-row-alert")).toHaveLength(1);
		el.querySelector<HTMLAnchorElement>("tbody tr:first-child td:last-child a")?.click();
		expect(ctx.opened).toEqual([p("Course")]);
	});
});
