// Pure: where each stream and edge of the graph goes. Streams sit on a circle ordered by role,
// so roles cluster and the picture is the same every time for the same notes.
import type { Edge, EdgeType, Role, Stream } from "../../core/types";

/** How a designed `teaches` edge and observed `learned` edges agree. */
export type EdgeState = "confirmed" | "unobserved" | "undesigned" | "plain";

/** A stream placed on the canvas. */
export interface GraphNode {
	path: string;
	name: string;
	role: Role | null;
	active: boolean;
	x: number;
	y: number;
	r: number;
	/** The label drawn beside the node, or null when the cap hides it. */
	label: string | null;
	labelX: number;
	labelY: number;
	anchor: "start" | "middle" | "end";
}

/** An edge drawn as a quadratic curve between the two nodes' rims. */
export interface GraphEdge {
	from: string;
	to: string;
	type: EdgeType;
	count: number | null;
	state: EdgeState;
	d: string;
	midX: number;
	midY: number;
}

/** Everything the SVG needs, in viewBox units. */
export interface GraphLayout {
	width: number;
	height: number;
	/** Scale of strokes, arrowheads and text relative to a small graph. */
	unit: number;
	fontSize: number;
	nodes: GraphNode[];
	edges: GraphEdge[];
	/** Nodes whose label the cap hid. */
	hiddenLabels: number;
}

const ROLE_ORDER: ReadonlyArray<Role | null> = ["anchor", "client", "leverage", "seed", null];
// Each edge type bends by its own amount so parallel edges between two streams stay apart.
const BEND: Record<EdgeType, number> = { funds: 0.1, protects: 0.22, teaches: 0.34, learned: 0.34 };
const MAX_LABEL_CHARS = 20;

/** Lays out the streams and the edges between them; `maxLabels` caps labels on large graphs. */
export function layoutGraph(streams: readonly Stream[], edges: readonly Edge[], maxLabels = 24): GraphLayout {
	const ordered = [...streams].sort(
		(a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.name.localeCompare(b.name) || a.path.localeCompare(b.path),
	);
	const n = ordered.length;
	const r = n <= 12 ? 16 : Math.max(3, 16 * Math.sqrt(12 / n));
	const radius = n <= 1 ? 0 : Math.max(110, (n * (2 * r + 14)) / (2 * Math.PI));
	const unit = Math.max(1, radius / 150);
	const fontSize = round(12 * unit);
	// Side labels run sideways, so the picture is wider than tall: room for a full label left and right.
	const marginX = r + 8 * unit + 0.6 * fontSize * MAX_LABEL_CHARS;
	const marginY = r + 8 * unit + 2 * fontSize;
	const centreX = radius + marginX;
	const centreY = radius + marginY;

	const known = new Set(ordered.map((s) => s.path));
	const drawn = edges.filter((e) => e.from !== e.to && known.has(e.from) && known.has(e.to));
	const degree = new Map<string, number>();
	for (const e of drawn) {
		degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
		degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
	}
	const labelled = labelledPaths(ordered, degree, maxLabels);

	const nodes = ordered.map((s, i): GraphNode => {
		const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
		const cos = Math.cos(angle);
		const sin = Math.sin(angle);
		const x = centreX + radius * cos;
		const y = centreY + radius * sin;
		const gap = r + 6 * unit;
		const shift = sin > 0.3 ? fontSize * 0.9 : sin < -0.3 ? -fontSize * 0.2 : fontSize * 0.35;
		return {
			path: s.path,
			name: s.name,
			role: s.role,
			active: s.status === "active",
			x: round(x),
			y: round(y),
			r: round(r),
			label: labelled.has(s.path) ? truncate(s.name) : null,
			labelX: round(n <= 1 ? x : x + gap * cos),
			labelY: round(n <= 1 ? y + r + fontSize * 1.2 : y + gap * sin + shift),
			anchor: n <= 1 || Math.abs(cos) <= 0.3 ? "middle" : cos > 0 ? "start" : "end",
		};
	});
	const byPath = new Map(nodes.map((node) => [node.path, node]));
	const pairs = new Set(drawn.map((e) => `${e.type}\u0000${e.from}\u0000${e.to}`));
	const graphEdges = drawn.map((e) => curve(e, byPath, pairs, unit));
	return { width: round(2 * centreX), height: round(2 * centreY), unit: round(unit), fontSize, nodes, edges: graphEdges, hiddenLabels: n - labelled.size };
}

/** A designed teaches edge is confirmed by learned edges along it; each lacks the other otherwise. */
export function edgeState(edge: Pick<Edge, "from" | "to" | "type">, has: (type: EdgeType, from: string, to: string) => boolean): EdgeState {
	if (edge.type === "teaches") return has("learned", edge.from, edge.to) ? "confirmed" : "unobserved";
	if (edge.type === "learned") return has("teaches", edge.from, edge.to) ? "confirmed" : "undesigned";
	return "plain";
}

function curve(e: Edge, byPath: Map<string, GraphNode>, pairs: Set<string>, unit: number): GraphEdge {
	// Both nodes exist: layoutGraph filtered the edges on known paths.
	const a = byPath.get(e.from) as GraphNode;
	const b = byPath.get(e.to) as GraphNode;
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const dist = Math.hypot(dx, dy) || 1;
	// Bending to the left of the direction keeps A->B and B->A on opposite sides.
	const bend = BEND[e.type] * dist;
	const cx = (a.x + b.x) / 2 + (dy / dist) * bend;
	const cy = (a.y + b.y) / 2 - (dx / dist) * bend;
	const [sx, sy] = towards(a.x, a.y, cx, cy, a.r + 2 * unit);
	const [ex, ey] = towards(b.x, b.y, cx, cy, b.r + 3 * unit);
	const state = edgeState(e, (type, from, to) => pairs.has(`${type}\u0000${from}\u0000${to}`));
	return {
		from: e.from,
		to: e.to,
		type: e.type,
		count: e.type === "learned" ? (e.count ?? 0) : null,
		state,
		d: `M ${round(sx)} ${round(sy)} Q ${round(cx)} ${round(cy)} ${round(ex)} ${round(ey)}`,
		midX: round(0.25 * sx + 0.5 * cx + 0.25 * ex),
		midY: round(0.25 * sy + 0.5 * cy + 0.25 * ey),
	};
}

/** The point `by` units from (x, y) in the direction of (tx, ty). */
function towards(x: number, y: number, tx: number, ty: number, by: number): [number, number] {
	const len = Math.hypot(tx - x, ty - y) || 1;
	return [x + ((tx - x) / len) * by, y + ((ty - y) / len) * by];
}

function labelledPaths(ordered: readonly Stream[], degree: Map<string, number>, maxLabels: number): Set<string> {
	if (ordered.length <= maxLabels) return new Set(ordered.map((s) => s.path));
	const ranked = [...ordered].sort((a, b) => (degree.get(b.path) ?? 0) - (degree.get(a.path) ?? 0) || a.name.localeCompare(b.name));
	return new Set(ranked.slice(0, maxLabels).map((s) => s.path));
}

function truncate(name: string): string {
	return name.length <= MAX_LABEL_CHARS ? name : `${name.slice(0, MAX_LABEL_CHARS - 1)}…`;
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
