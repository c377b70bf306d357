// @vitest-environment happy-dom
// The summary at the top: the state, the findings that matter most (grouped, linked, said once), and
// tiles whose counts agree with the health line and that jump to their section.
import { describe, expect, it } from "vitest";
import type { Issue } from "../../../src/core/types";
import { groupIssues, splitSubject, topIssues } from "../../../src/obsidian/dashboard/issue-groups";
import { renderFindings } from "../../../src/obsidian/dashboard/findings-section";
import { renderDashboard } from "../../../src/obsidian/dashboard/render-dashboard";
import { renderTotals } from "../../../src/obsidian/dashboard/totals-section";
import { container, context, p, researcher, stream, texts } from "./fixtures";

const silent = (name: string): Issue => ({ code: "silent-stream", severity: "info", path: p(name), message: `${name} taught no other stream in 2026-Q3: note what it gave the others, or ask why it gave nothing.` });

describe("grouped findings", () => {
	it("says nine silent streams in one line naming each of them, where the first one stood", () => {
		const names = ["A", "B", "C", "D", "E", "F", "G", "H", "I"];
		const over: Issue = { code: "over-target", severity: "warning", path: p("A"), message: "A takes 50% of your time against a 30% target (+20 points)." };
		const items = groupIssues([over, ...names.map(silent)]);
		expect(items).toHaveLength(2);
		expect(items[1]).toMatchObject({ kind: "group", title: "9 streams taught no other stream in 2026-Q3", paths: names.map(p) });
	});

	it("keeps a fiscal quarter's label in a group's title", () => {
		const fiscal = (name: string): Issue => ({ ...silent(name), message: `${name} taught no other stream in FY2026-Q2 (Jul-Sep): note what it gave the others.` });
		const [group] = groupIssues(["A", "B", "C"].map(fiscal));
		expect(group).toMatchObject({ kind: "group", title: "3 streams taught no other stream in FY2026-Q2 (Jul-Sep)" });
	});

	it("keeps two of a kind as two lines: a group saves nothing there", () => {
		expect(groupIssues([silent("A"), silent("B")]).map((i) => i.kind)).toEqual(["single", "single"]);
	});

	it("ranks errors first, then what puts income at risk, then the order given", () => {
		const issues: Issue[] = [
			{ code: "no-seed", severity: "info", path: null, message: "No seed." },
			{ code: "targets-sum", severity: "warning", path: null, message: "Targets." },
			{ code: "income-concentration", severity: "warning", path: p("A"), message: "A brings 80%." },
			{ code: "invalid-number", severity: "error", path: p("B"), message: "B: bad." },
		];
		expect(topIssues(groupIssues(issues), 3).map((i) => (i.kind === "single" ? i.issue.code : i.code))).toEqual(["invalid-number", "income-concentration", "targets-sum"]);
	});

	it("shows a data problem as the note's name, linked, and the message without its path or brackets", () => {
		const portfolio = researcher();
		const path = p("Consulting");
		const message = `${path}, teaches: [[Housing organizing]] does not match any note; did you mean [[Housing organising]]? Otherwise fix the name or create the note.`;
		portfolio.diagnostics = [{ code: "unresolved-link", severity: "error", path, property: "teaches", message }];
		const el = container();
		renderTotals(el, portfolio, context());
		const line = el.querySelector(".pj-top-findings li");
		expect(line?.querySelector("a.pj-link")?.textContent).toBe("Consulting");
		expect(line?.textContent).toBe("Consulting, teaches: “Housing organizing” does not match any note; did you mean “Housing organising”? Otherwise fix the name or create the note.");
	});

	it("takes the subject off the front of a message only as a whole word", () => {
		expect(splitSubject("Research projects takes 42%", ["Streams/Research projects.md", "Research projects"])).toEqual({ subject: "Research projects", rest: " takes 42%" });
		expect(splitSubject("Q.md: no readable quarter.", ["Q"])).toBeNull();
	});
});

describe("summary", () => {
	it("names the findings that matter most with a link to their note, and never says the stream twice", () => {
		const el = container();
		const ctx = context();
		renderTotals(el, researcher(), ctx);
		const top = el.querySelectorAll<HTMLElement>(".pj-top-findings li");
		// researcher(): one error diagnostic and one warning finding; the info finding is left to the findings section.
		expect(top).toHaveLength(2);
		expect(top[1]?.textContent).toBe("Consulting brings 60% of income against a target of 45%.");
		top[1]?.querySelector("a")?.click();
		expect(ctx.opened).toEqual([p("Consulting")]);
	});

	it("counts as the health line counts: the tiles' errors and warnings add up to the sentence's", () => {
		const portfolio = researcher();
		portfolio.findings.push(
			{ code: "overload", severity: "warning", path: null, message: "Too many hours." },
			...["A", "B", "C"].map(silent),
		);
		const el = container();
		renderTotals(el, portfolio, context());
		// Diagnostics: 1 error. Findings: over-target and overload (2 warnings) + 1 + 3 silent (4 notes).
		expect(el.querySelector(".pj-health")?.textContent).toBe("1 error in the notes and 2 warnings: fix the errors first, the figures may be incomplete.");
		const details = texts(el, ".pj-stat-detail");
		expect(details).toContain("2 warnings, 4 notes");
		expect(details).toContain("1 error");
		const findings = Array.from(el.querySelectorAll(".pj-stat")).find((s) => s.querySelector(".pj-stat-label")?.textContent === "Findings");
		expect(findings?.querySelector(".pj-stat-value")?.textContent).toBe(String(2 + 4));
	});

	it("comes first and jumps from a tile to its section, before the ledger", async () => {
		const el = container();
		await renderDashboard(el, researcher(), context());
		const titles = texts(el, ".pj-section-title");
		expect(titles[0]).toBe("Summary");
		expect(titles.indexOf("Findings and diagnostics")).toBeLessThan(titles.indexOf("Learnings"));
		const jump = el.querySelector<HTMLAnchorElement>('.pj-stat-jump[data-section="findings"]');
		jump?.click();
		expect(document.activeElement?.textContent).toBe("Findings and diagnostics");
	});
});

describe("findings section", () => {
	it("groups many silent streams into one line and links each of them", () => {
		const portfolio = researcher();
		for (const name of ["A", "B", "C", "D"]) portfolio.streams.push(stream(name));
		portfolio.findings = ["A", "B", "C", "D"].map(silent);
		const el = container();
		renderFindings(el, portfolio, context());
		const lines = el.querySelectorAll(".pj-findings .pj-issue");
		expect(lines).toHaveLength(1);
		expect(lines[0]?.textContent).toBe("4 streams taught no other stream in 2026-Q3: A, B, C, D.");
		expect(Array.from(lines[0]?.querySelectorAll("a") ?? []).map((a) => a.getAttribute("data-path"))).toEqual(["A", "B", "C", "D"].map(p));
	});
});
