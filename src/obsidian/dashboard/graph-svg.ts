// Draws a laid-out stream graph as SVG. Colours, dashes and stroke widths come from styles.css
// (classes per role, link and state); nodes take their stream's colour; only geometry is set here.
import type { EdgeType } from "../../core/types";
import type { GraphBand } from "./graph-bands";
import type { GraphEdge, GraphLayout, GraphNode } from "./graph-layout";
import { wireNoteLink, type LinkTarget } from "./note-link";
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
 * Appends the graph's SVG to `parent`; a node opens its stream's note as a link does (click, Enter,
 * Mod-click, preview, menu), and `colorOf` gives each stream the colour it has in every chart (the
 * shape says its role).
 */
export function drawGraphSvg(parent: HTMLElement, layout: GraphLayout, links: LinkTarget, colorOf: (path: string) => string): SVGSVGElement {
	const prefix = `pj-graph-${++nextId}`;
	const svg = parent.createSvg("svg", {
		cls: "pj-graph",
		attr: {
			viewBox: `0 0 ${layout.width} ${layout.height}`,
			width: layout.width,
			role: "group",
			"aria-label": `Stream graph: ${layout.nodes.length} streams and ${layout.edges.length} connections. The lists below describe it.`,
			preserveAspectRatio: "xMidYMid meet",
		},
	});
	const marker = svg.createSvg("defs").createSvg("marker", {
		attr: { id: `${prefix}-arrow`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
	});
	marker.createSvg("path", { cls: "pj-arrow", attr: { d: "M 0 0 L 10 5 L 0 10 z" } });
	const names = new Map(layout.nodes.map((node) => [node.path, node.name]));
	const bands = svg.createSvg("g", { cls: "pj-edges" });
	for (const band of layout.bands) drawBand(bands, band, `url(#${prefix}-arrow)`, names);
	const nodes = svg.createSvg("g", { cls: "pj-nodes" });
	for (const node of layout.nodes) drawNode(nodes, node, layout, links, colorOf(node.path));
	const counts = svg.createSvg("g", { cls: "pj-counts" });
	for (const band of layout.bands) {
		if (!band.count) continue;
		const label = counts.createSvg("text", {
			cls: "pj-edge-count",
			attr: { x: band.count.x, y: band.count.y, "text-anchor": "middle", "dominant-baseline": "central", "font-size": layout.fontSize * 0.95 },
		});
		label.textContent = `×${band.learnings}`;
	}
	return svg;
}

/** The sentence a connection reads as, for tooltips and the table. */
export function describeEdge(edge: GraphEdge, name: (path: string) => string): string {
	const times = edge.count === null ? "" : ` (${plural(edge.count, "learning")})`;
	return `${name(edge.from)} ${EDGE_WORDS[edge.type]} ${name(edge.to)}${times}: ${STATE_WORDS[edge.state]}`;
}

function drawBand(group: SVGElement, band: GraphBand, arrow: string, names: Map<string, string>): void {
	const g = group.createSvg("g", { cls: "pj-band", attr: { "data-from": band.a, "data-to": band.b } });
	g.createSvg("title").textContent = band.edges.map((e) => describeEdge(e, (p) => names.get(p) ?? p)).join("\n");
	if (band.learnings > 0) {
		// Wider for more learnings, up to a limit: the count on it gives the figure.
		g.createSvg("path", { cls: ["pj-edge", "pj-edge-learned"], attr: { d: band.d, "stroke-width": 4 + 1.5 * Math.min(band.learnings, 6) } });
	}
	if (band.designed.length > 0) {
		const cls = ["pj-edge", "pj-edge-designed", ...band.designed.map((t) => `pj-edge-${t}`)];
		if (band.unobserved) cls.push("pj-edge-unobserved");
		const attr: Record<string, string> = { d: band.d };
		if (band.towardsB) attr["marker-end"] = arrow;
		if (band.towardsA) attr["marker-start"] = arrow;
		g.createSvg("path", { cls, attr });
	}
}

function drawNode(group: SVGElement, node: GraphNode, layout: GraphLayout, links: LinkTarget, fill: string): void {
	const role = node.role ?? "none";
	const g = group.createSvg("g", {
		cls: ["pj-node", `pj-role-${role}`, node.active ? "pj-node-active" : "pj-node-inactive"],
		attr: { tabindex: 0, role: "link", "aria-label": `Open ${node.name} (${node.role ?? "no role"})`, "data-path": node.path },
	});
	drawShape(g, node, fill);
	const x = node.anchor === "start" ? node.label.left : node.anchor === "end" ? node.label.right : (node.label.left + node.label.right) / 2;
	const text = g.createSvg("text", { cls: "pj-node-label", attr: { "text-anchor": node.anchor, "font-size": layout.fontSize } });
	node.lines.forEach((line, i) => {
		// The first baseline sits one ascent below the box's top; each further line one line lower.
		const span = text.createSvg("tspan", { attr: { x, y: node.label.top + layout.fontSize * 0.95 + i * layout.lineHeight } });
		span.textContent = line;
	});
	wireNoteLink(g, node.path, links);
	g.addEventListener("keydown", (event) => {
		if (event.key !== "Enter" && event.key !== " ") return;
		event.preventDefault();
		links.openNote(node.path, event);
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
