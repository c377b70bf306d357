// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { Edge, Stream } from "../../../src/core/types";
import { edgeState, layoutGraph } from "../../../src/obsidian/dashboard/graph-layout";
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

	it("keeps every node and label inside the picture, for 3, 12 and 500 streams", () => {
		for (const n of [3, 12, 500]) {
			const { streams, edges } = ring(n);
			const layout = layoutGraph(streams, edges);
			expect(layout.nodes).toHaveLength(n);
			expect(layout.edges).toHaveLength(n);
			for (const node of layout.nodes) {
				expect(node.x - node.r).toBeGreaterThanOrEqual(0);
				expect(node.x + node.r).toBeLessThanOrEqual(layout.width);
				expect(node.labelY).toBeGreaterThan(0);
				expect(node.labelY).toBeLessThan(layout.height);
			}
		}
	});

	it("keeps nodes apart when there are many", () => {
		const layout = layoutGraph(ring(500).streams, []);
		const [a, b] = layout.nodes;
		expect(Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0))).toBeGreaterThan(2 * (a?.r ?? 0));
	});

	it("labels every stream of a small graph and only the most connected of a large one", () => {
		expect(layoutGraph(ring(12).streams, ring(12).edges).hiddenLabels).toBe(0);
		const { streams, edges } = ring(500);
		const hub = streams[250] as Stream;
		const spokes: Edge[] = streams.slice(0, 30).map((s) => ({ from: hub.path, to: s.path, type: "teaches" }));
		const layout = layoutGraph(streams, [...edges, ...spokes], 24);
		expect(layout.nodes.filter((n) => n.label !== null)).toHaveLength(24);
		expect(layout.hiddenLabels).toBe(476);
		expect(layout.nodes.find((n) => n.path === hub.path)?.label).toBe(hub.name);
	});

	it("shortens long names in labels", () => {
		const layout = layoutGraph([stream("A very long stream name that goes on"), stream("B"), stream("C")], []);
		expect(layout.nodes[0]?.label).toBe("A very long stream …");
	});

	it("drops edges to unknown streams and self-loops", () => {
		const layout = layoutGraph([stream("A"), stream("B")], [
			{ from: p("A"), to: p("B"), type: "funds" },
			{ from: p("A"), to: p("A"), type: "funds" },
			{ from: p("A"), to: p("Gone"), type: "funds" },
		]);
		expect(layout.edges.map((e) => [e.from, e.to])).toEqual([[p("A"), p("B")]]);
	});

	it("tells designed teaching that was observed from teaching only designed or only observed", () => {
		const has = (type: string, from: string, to: string): boolean => type === "learned" && from === "a" && to === "b";
		expect(edgeState({ from: "a", to: "b", type: "teaches" }, has)).toBe("confirmed");
		expect(edgeState({ from: "b", to: "a", type: "teaches" }, has)).toBe("unobserved");
		expect(edgeState({ from: "a", to: "b", type: "learned" }, () => false)).toBe("undesigned");
		expect(edgeState({ from: "a", to: "b", type: "funds" }, has)).toBe("plain");
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
	});

	it("draws each edge with its type and whether learnings confirm it", () => {
		const el = container();
		renderGraph(el, researcher(), context());
		const svg = el.querySelector(".pj-graph") as SVGSVGElement;
		expect(svg.querySelectorAll("path.pj-edge")).toHaveLength(9);
		expect(svg.querySelectorAll("path.pj-edge-funds")).toHaveLength(4);
		expect(svg.querySelectorAll("path.pj-edge-teaches.pj-edge-confirmed")).toHaveLength(1);
		expect(svg.querySelectorAll("path.pj-edge-teaches.pj-edge-unobserved")).toHaveLength(1);
		expect(svg.querySelectorAll("path.pj-edge-learned.pj-edge-undesigned")).toHaveLength(1);
		expect(texts(el, ".pj-edge-count").sort()).toEqual(["×1", "×2"]);
		const marker = svg.querySelector("path.pj-edge-funds")?.getAttribute("marker-end") ?? "";
		const id = /^url\(#(.+)\)$/.exec(marker)?.[1] ?? "";
		expect(svg.querySelector(`marker[id="${id}"]`)).not.toBeNull();
	});

	it("lists where design and observation agree and where they part", () => {
		const el = container();
		renderGraph(el, researcher(), context());
		expect(texts(el, ".pj-list-confirmed li")).toEqual(["Course → Consulting ×2"]);
		expect(texts(el, ".pj-list-unobserved li")).toEqual(["Research → Course"]);
		expect(texts(el, ".pj-list-undesigned li")).toEqual(["Open science → Research ×1"]);
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

	it("degrades to capped labels and a hint with 500 streams", () => {
		const el = container();
		const portfolio = researcher();
		const { streams, edges } = ring(500);
		portfolio.streams = streams;
		portfolio.edges = edges;
		renderGraph(el, portfolio, context());
		expect(el.querySelectorAll(".pj-graph .pj-node")).toHaveLength(500);
		expect(el.querySelectorAll(".pj-graph .pj-node-label")).toHaveLength(24);
		expect(texts(el, ".pj-hint").some((t) => t.includes("476 more are named on hover and focus"))).toBe(true);
	});
});
