// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { Edge, Stream } from "../../../src/core/types";
import { boxesOverlap } from "../../../src/obsidian/dashboard/graph-geometry";
import { edgeState, layoutGraph } from "../../../src/obsidian/dashboard/graph-layout";
import { wrapName } from "../../../src/obsidian/dashboard/wrap-name";
import { streamColor } from "../../../src/obsidian/dashboard/theme-colors";
import { renderGraph } from "../../../src/obsidian/dashboard/graph-section";
import { container, context, p, researcher, stream, texts } from "./fixtures";

function ring(n: number): { streams: Stream[]; edges: Edge[] } {
	const roles = ["anchor", "client", "leverage", "seed"] as const;
	const streams = Array.from({ length: n }, (_, i) => stream(`S${String(i).padStart(3, "0")}`, { role: roles[i % 4] }));
	const edges: Edge[] = streams.map((s, i) => ({ from: s.path, to: (streams[(i + 1) % n] as Stream).path, type: "funds" }));
	return { streams, edges };
}

describe("graph layout", () => {
	it("is the same for the same notes in any order", () => {
		const { streams, edges } = researcher();
		expect(layoutGraph([...streams].reverse(), [...edges].reverse()).nodes).toEqual(layoutGraph(streams, edges).nodes);
	});

	it("groups streams by role around the circle: anchors first, then clients, leverage, seeds", () => {
		const { streams, edges } = researcher();
		expect(layoutGraph(streams, edges).nodes.map((n) => n.name)).toEqual(["Consulting", "Old job", "Research", "Course", "Open science"]);
	});

	it("keeps every node and label inside the picture and clear of each other, for 1, 3 and 12 streams with long names", () => {
		for (const n of [1, 3, 12]) {
			const names = Array.from({ length: n }, (_, i) => `Stream number ${i} with a long and realistic name`);
			const streams = names.map((name) => stream(name));
			const layout = layoutGraph(streams, []);
			expect(layout.drawn).toBe(true);
			expect(layout.nodes).toHaveLength(n);
			const boxes = layout.nodes.flatMap((node) => [node.label, { left: node.x - node.r, right: node.x + node.r, top: node.y - node.r, bottom: node.y + node.r }]);
			for (const box of boxes) {
				expect(box.left).toBeGreaterThanOrEqual(0);
				expect(box.right).toBeLessThanOrEqual(layout.width);
				expect(box.top).toBeGreaterThanOrEqual(0);
				expect(box.bottom).toBeLessThanOrEqual(layout.height);
			}
			for (const [i, a] of layout.nodes.entries()) {
				for (const b of layout.nodes.slice(i + 1)) expect(boxesOverlap(a.label, b.label)).toBe(false);
			}
		}
	});

	it("wraps full names at spaces into lines of at most 16 characters, never cutting a word", () => {
		expect(wrapName("Board advisory role at a regional food cooperative", 16)).toEqual(["Board advisory", "role at a", "regional food", "cooperative"]);
		expect(wrapName("Supercalifragilisticexpialidocious work", 16)).toEqual(["Supercalifragilisticexpialidocious", "work"]);
		const layout = layoutGraph([stream("A very long stream name that goes on"), stream("B"), stream("C")], []);
		expect(layout.nodes.find((n) => n.name.startsWith("A very"))?.lines.join(" ")).toBe("A very long stream name that goes on");
	});

	it("draws no picture past 12 streams: the lists carry the graph then", () => {
		expect(layoutGraph(ring(12).streams, ring(12).edges).drawn).toBe(true);
		const layout = layoutGraph(ring(13).streams, ring(13).edges);
		expect(layout.drawn).toBe(false);
		expect(layout.edges).toHaveLength(13);
	});

	it("joins every link between two streams into one band, with the learnings of both ways counted on it", () => {
		const { streams, edges } = researcher();
		const layout = layoutGraph(streams, [...edges, { from: p("Consulting"), to: p("Course"), type: "learned", count: 3, byQuarter: {} }]);
		// Pairs: Consulting-Course (funds, teaches, 2 + 3 learnings), Consulting-Open science, Old job-Course,
		// Research-Open science (funds, 1 learning), Research-Course (teaches), Research-Consulting (protects): 6.
		expect(layout.bands).toHaveLength(6);
		const pair = layout.bands.find((band) => [band.a, band.b].sort().join() === [p("Consulting"), p("Course")].sort().join());
		expect(pair?.learnings).toBe(2 + 3);
		expect(pair?.designed.sort()).toEqual(["funds", "teaches"]);
		expect(pair?.towardsA && pair.towardsB).toBe(true);
	});

	it("puts no count on a label, a node or another count", () => {
		const names = Array.from({ length: 12 }, (_, i) => `Stream ${i} of a busy portfolio`);
		const streams = names.map((name) => stream(name));
		// Every pair of opposite streams (diameters all meet in the middle) with learnings.
		const edges: Edge[] = streams.slice(0, 6).map((s, i) => ({ from: s.path, to: (streams[i + 6] as Stream).path, type: "learned", count: i + 1, byQuarter: {} }));
		const layout = layoutGraph(streams, edges);
		const counts = layout.bands.flatMap((band) => (band.count ? [{ left: band.count.x - 10, right: band.count.x + 10, top: band.count.y - 7, bottom: band.count.y + 7 }] : []));
		expect(counts.length).toBeGreaterThanOrEqual(5);
		for (const [i, a] of counts.entries()) {
			for (const b of counts.slice(i + 1)) expect(boxesOverlap(a, b)).toBe(false);
			for (const node of layout.nodes) expect(boxesOverlap(a, node.label)).toBe(false);
		}
	});
});

describe("graph section", () => {
	it("draws one focusable node per stream, shaped and classed by role", () => {
		const el = container();
		renderGraph(el, researcher(), context());
		const nodes = Array.from(el.querySelectorAll<SVGGElement>(".pj-graph .pj-node"));
		expect(nodes).toHaveLength(5);
		expect(nodes.every((n) => n.getAttribute("tabindex") === "0" && n.getAttribute("role") === "link")).toBe(true);
		expect(el.querySelector(".pj-graph .pj-role-client rect")).not.toBeNull();
		expect(el.querySelector(".pj-graph .pj-role-anchor circle")).not.toBeNull();
		expect(el.querySelectorAll(".pj-graph .pj-node-inactive")).toHaveLength(1);
		expect(texts(el, ".pj-graph .pj-node-label")).toEqual(["Consulting", "Old job", "Research", "Course", "Open science"]);
		// Each node in its stream's own colour.
		const colors = context().colors;
		for (const node of nodes) expect(node.querySelector(".pj-node-shape")?.getAttribute("fill")).toBe(streamColor(colors, researcher().streams, node.getAttribute("data-path") ?? ""));
	});

	it("draws one band per connected pair: designed links as lines, learnings as a band with its count", () => {
		const el = container();
		renderGraph(el, researcher(), context());
		const svg = el.querySelector(".pj-graph") as SVGSVGElement;
		// 6 pairs (see the layout test); learnings on 2 of them; all 6 have a designed link.
		expect(svg.querySelectorAll(".pj-band")).toHaveLength(6);
		expect(svg.querySelectorAll("path.pj-edge-learned")).toHaveLength(2);
		expect(svg.querySelectorAll("path.pj-edge-designed")).toHaveLength(6);
		expect(svg.querySelectorAll("path.pj-edge-designed.pj-edge-unobserved")).toHaveLength(1);
		expect(texts(el, ".pj-edge-count").sort()).toEqual(["×1", "×2"]);
		const marker = svg.querySelector("path.pj-edge-designed")?.getAttribute("marker-end") ?? svg.querySelector("path.pj-edge-designed")?.getAttribute("marker-start") ?? "";
		const id = /^url\(#(.+)\)$/.exec(marker)?.[1] ?? "";
		expect(svg.querySelector(`marker[id="${id}"]`)).not.toBeNull();
		// The band's tooltip says each link of the pair.
		const pair = Array.from(svg.querySelectorAll(".pj-band")).find((g) => g.querySelector("title")?.textContent?.includes("Course teaches Consulting"));
		expect(pair?.querySelector("title")?.textContent?.split("\n").sort()).toEqual([
			"Consulting funds Course: designed",
			"Course taught Consulting (2 learnings): designed and observed",
			"Course teaches Consulting: designed and observed",
		]);
	});

	it("lists where design and observation agree and where they part", () => {
		const el = container();
		renderGraph(el, researcher(), context());
		expect(texts(el, ".pj-list-confirmed li")).toEqual(["Course → Consulting ×2"]);
		expect(texts(el, ".pj-list-unobserved li")).toEqual(["Research → Course"]);
		expect(texts(el, ".pj-list-undesigned li")).toEqual(["Open science → Research ×1"]);
		expect(texts(el, ".pj-list-support li")).toContain("Research protects Consulting");
		// The table of every connection is built when its disclosure first opens.
		const details = el.querySelector(".pj-section-graph details.pj-values") as HTMLDetailsElement;
		expect(details.querySelector("summary")?.textContent).toBe("Show all 9 connections as a table");
		expect(details.querySelector("table")).toBeNull();
		details.open = true;
		details.dispatchEvent(new Event("toggle"));
		details.dispatchEvent(new Event("toggle"));
		expect(details.querySelectorAll("tbody tr")).toHaveLength(9);
	});

	it("names an observed connection by who taught whom in the table, as the graph's tooltips do", () => {
		const el = container();
		renderGraph(el, researcher(), context());
		const details = el.querySelector(".pj-section-graph details.pj-values") as HTMLDetailsElement;
		details.open = true;
		details.dispatchEvent(new Event("toggle"));
		const rows = Array.from(details.querySelectorAll<HTMLTableRowElement>("tbody tr")).map((tr) => Array.from(tr.cells).map((td) => td.textContent));
		// A learned edge runs from the stream that taught to the one that learned: "Course learned Consulting" reads backwards.
		expect(rows).toContainEqual(["Course", "taught", "Consulting", "2"]);
		expect(rows.some((row) => row[1] === "learned")).toBe(false);
	});

	it("opens a stream's note on click and on Enter", () => {
		const el = container();
		const ctx = context();
		renderGraph(el, researcher(), ctx);
		const node = (name: string): Element => el.querySelector(`.pj-node[data-path="${p(name)}"]`) as Element;
		node("Course").dispatchEvent(new MouseEvent("click", { bubbles: true }));
		node("Research").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		node("Research").dispatchEvent(new KeyboardEvent("keydown", { key: "a", bubbles: true }));
		expect(ctx.opened).toEqual([p("Course"), p("Research")]);
	});

	it("uses distinct marker ids when two graphs share a page", () => {
		const el = container();
		renderGraph(el.createDiv(), researcher(), context());
		renderGraph(el.createDiv(), researcher(), context());
		const ids = Array.from(el.querySelectorAll("marker")).map((m) => m.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it("says the picture is left out with 500 streams, and keeps the lists", () => {
		const el = container();
		const portfolio = researcher();
		const { streams, edges } = ring(500);
		portfolio.streams = streams;
		portfolio.edges = edges;
		renderGraph(el, portfolio, context());
		expect(el.querySelector(".pj-graph")).toBeNull();
		expect(texts(el, ".pj-hint").some((t) => t.includes("drawn for up to 12 streams"))).toBe(true);
		expect(el.querySelectorAll(".pj-list-support li").length).toBeGreaterThan(10);
	});
});
