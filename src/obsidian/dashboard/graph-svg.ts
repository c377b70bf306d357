// Draws a laid-out stream graph as SVG. Colours, dashes and stroke widths come from styles.css
// (classes per role, type and state); only geometry is set here.
import type { EdgeType } from "../../core/types";
import type { GraphEdge, GraphLayout, GraphNode } from "./graph-layout";
import { plural } from "./section-frame";

/** The verb that reads an edge from its `from` stream to its `to` stream: a learned edge runs from teacher to learner. */
export const EDGE_WORDS: Record<EdgeType, string> = { funds: "funds", teaches: "teaches", protects: "protects", learned: "taught" };
const STATE_WORDS = {
	confirmed: "designed and observed",
	unobserved: "designed, never observed",
	undesigned: "observed, not designed",
	plain: "designed",
} as const;

// Marker ids must be unique in the document: several dashboards and code blocks can be open.
let nextId = 0;

/**
 * Appends the graph's SVG to `parent`; `open` is called with a stream's path on click or Enter, and
 * `colorOf` gives each stream the colour it has in every chart (the shape says its role).
 */
export function drawGraphSvg(parent: HTMLElement, layout: GraphLayout, open: (path: string) => void, colorOf: (path: string) => string): SVGSVGElement {
	const prefix = `pj-graph-${++nextId}`;
	const svg = parent.createSvg("svg", {
		cls: "pj-graph",
		attr: {
			viewBox: `0 0 ${layout.width} ${layout.height}`,
			role: "group",
			"aria-label": `Stream graph: ${layout.nodes.length} streams and ${layout.edges.length} connections. The lists below describe it.`,
			preserveAspectRatio: "xMidYMid meet",
		},
	});
	const defs = svg.createSvg("defs");
	for (const type of ["funds", "teaches", "protects", "learned"] as const) arrowMarker(defs, `${prefix}-${type}`, type, layout.unit);
	const edges = svg.createSvg("g", { cls: "pj-edges" });
	// Learned bands first so designed lines stay visible on top of them.
	const ordered = [...layout.edges].sort((a, b) => Number(b.type === "learned") - Number(a.type === "learned"));
	const names = new Map(layout.nodes.map((node) => [node.path, node.name]));
	for (const edge of ordered) drawEdge(edges, edge, prefix, layout, names);
	const nodes = svg.createSvg("g", { cls: "pj-nodes" });
	for (const node of layout.nodes) drawNode(nodes, node, layout, open, colorOf(node.path));
	return svg;
}

function arrowMarker(defs: SVGElement, id: string, type: EdgeType, unit: number): void {
	const size = (type === "learned" ? 10 : 8) * unit;
	const marker = defs.createSvg("marker", {
		attr: { id, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: size, markerHeight: size, markerUnits: "userSpaceOnUse", orient: "auto" },
	});
	marker.createSvg("path", { cls: ["pj-arrow", `pj-arrow-${type}`], attr: { d: "M 0 0 L 10 5 L 0 10 z" } });
}

function drawEdge(group: SVGElement, edge: GraphEdge, prefix: string, layout: GraphLayout, names: Map<string, string>): void {
	const from = names.get(edge.from) ?? edge.from;
	const to = names.get(edge.to) ?? edge.to;
	const path = group.createSvg("path", {
		cls: ["pj-edge", `pj-edge-${edge.type}`, `pj-edge-${edge.state}`],
		attr: { d: edge.d, "marker-end": `url(#${prefix}-${edge.type})`, "data-from": edge.from, "data-to": edge.to },
	});
	const times = edge.count === null ? "" : ` (${plural(edge.count, "learning")})`;
	path.createSvg("title").textContent = `${from} ${EDGE_WORDS[edge.type]} ${to}${times}: ${STATE_WORDS[edge.state]}`;
	if (edge.count !== null) {
		const label = group.createSvg("text", {
			cls: "pj-edge-count",
			attr: { x: edge.midX, y: edge.midY, "text-anchor": "middle", "dominant-baseline": "middle", "font-size": layout.fontSize * 0.9 },
		});
		label.textContent = `×${edge.count}`;
	}
}

function drawNode(group: SVGElement, node: GraphNode, layout: GraphLayout, open: (path: string) => void, fill: string): void {
	const role = node.role ?? "none";
	const g = group.createSvg("g", {
		cls: ["pj-node", `pj-role-${role}`, node.active ? "pj-node-active" : "pj-node-inactive"],
		attr: { tabindex: 0, role: "link", "aria-label": `Open ${node.name} (${node.role ?? "no role"})`, "data-path": node.path },
	});
	g.createSvg("title").textContent = node.name;
	drawShape(g, node, fill);
	if (node.label !== null) {
		const text = g.createSvg("text", {
			cls: "pj-node-label",
			attr: { x: node.labelX, y: node.labelY, "text-anchor": node.anchor, "font-size": layout.fontSize },
		});
		text.textContent = node.label;
	}
	g.addEventListener("click", () => open(node.path));
	g.addEventListener("keydown", (event) => {
		if (event.key !== "Enter" && event.key !== " ") return;
		event.preventDefault();
		open(node.path);
	});
}

/**
 * Shape says the role even without colour: anchor big circle, client square, leverage diamond, seed
 * triangle. The graph's legend draws its samples with it too, so the two always agree.
 */
export function drawShape(g: SVGElement, node: Pick<GraphNode, "role" | "x" | "y" | "r">, fill?: string): void {
	const { x, y, r } = node;
	// A presentation attribute, so the legend's samples (no fill) take their grey from styles.css.
	const shape: { cls: string; attr: Record<string, string> } = { cls: "pj-node-shape", attr: fill ? { fill } : {} };
	switch (node.role) {
		case "anchor":
			g.createSvg("circle", { ...shape, attr: { ...shape.attr, cx: x, cy: y, r: r * 1.15 } });
			break;
		case "client":
			g.createSvg("rect", { ...shape, attr: { ...shape.attr, x: x - r * 0.9, y: y - r * 0.9, width: r * 1.8, height: r * 1.8, rx: r * 0.15 } });
			break;
		case "leverage":
			g.createSvg("polygon", { ...shape, attr: { ...shape.attr, points: points([[x, y - r * 1.2], [x + r * 1.2, y], [x, y + r * 1.2], [x - r * 1.2, y]]) } });
			break;
		case "seed":
			g.createSvg("polygon", { ...shape, attr: { ...shape.attr, points: points([[x, y - r * 1.1], [x + r, y + r * 0.8], [x - r, y + r * 0.8]]) } });
			break;
		default:
			g.createSvg("circle", { ...shape, attr: { ...shape.attr, cx: x, cy: y, r: r * 0.85 } });
	}
}

function points(list: ReadonlyArray<readonly [number, number]>): string {
	return list.map(([px, py]) => `${Math.round(px * 10) / 10},${Math.round(py * 10) / 10}`).join(" ");
}
