// Pure: one band per pair of connected streams, however many links join them, with the count of
// learnings recorded between them on it. Fewer strokes than one per link, so even a busy portfolio's
// graph has few crossings and no count sits on another.
import type { EdgeType } from "../../core/types";
import { boxesOverlap, type Box } from "./graph-geometry";
import type { GraphEdge, GraphNode } from "./graph-layout";

/** The connections between two streams, drawn as one stroke. */
export interface GraphBand {
	/** The pair's paths, in layout order. */
	a: string;
	b: string;
	/** Every connection of the pair, either way. */
	edges: GraphEdge[];
	/** The stroke, rim to rim. */
	d: string;
	/** Learnings recorded either way; 0 draws no band, only the designed line. */
	learnings: number;
	/** Designed link types either way (funds, teaches, protects). */
	designed: EdgeType[];
	/** A designed teaching link along which nobody recorded a learning. */
	unobserved: boolean;
	/** Arrowheads: a designed link runs from a to b, from b to a. */
	towardsB: boolean;
	towardsA: boolean;
	/** Where the count sits, or null when no free place was found (it is then in the tooltip and the lists). */
	count: { x: number; y: number } | null;
}

// Places along the band tried for its count, middle first.
const COUNT_SPOTS = [0.5, 0.4, 0.6, 0.32, 0.68, 0.25, 0.75];

/** The bands of `edges` between `nodes`, counts placed clear of labels, nodes and other counts. */
export function layoutBands(edges: readonly GraphEdge[], nodes: readonly GraphNode[], countFont: number): GraphBand[] {
	const order = new Map(nodes.map((n, i) => [n.path, i]));
	const byPath = new Map(nodes.map((n) => [n.path, n]));
	const groups = new Map<string, GraphEdge[]>();
	for (const edge of edges) {
		const [a, b] = (order.get(edge.from) ?? 0) <= (order.get(edge.to) ?? 0) ? [edge.from, edge.to] : [edge.to, edge.from];
		const key = `${a}\u0000${b}`;
		groups.set(key, [...(groups.get(key) ?? []), edge]);
	}
	const taken: Box[] = nodes.flatMap((n) => [n.label, { left: n.x - n.r, right: n.x + n.r, top: n.y - n.r, bottom: n.y + n.r }]);
	const bands: GraphBand[] = [];
	for (const [key, group] of groups) {
		const [a = "", b = ""] = key.split("\u0000");
		const na = byPath.get(a);
		const nb = byPath.get(b);
		if (!na || !nb) continue;
		const dx = nb.x - na.x;
		const dy = nb.y - na.y;
		const dist = Math.hypot(dx, dy) || 1;
		const [sx, sy] = [na.x + (dx / dist) * (na.r + 3), na.y + (dy / dist) * (na.r + 3)];
		const [ex, ey] = [nb.x - (dx / dist) * (nb.r + 3), nb.y - (dy / dist) * (nb.r + 3)];
		const learnings = group.reduce((sum, e) => sum + (e.count ?? 0), 0);
		const designed = [...new Set(group.filter((e) => e.type !== "learned").map((e) => e.type))];
		let count: GraphBand["count"] = null;
		if (learnings > 0) {
			const w = (String(learnings).length + 1) * countFont * 0.65 + 6;
			const h = countFont * 1.3;
			for (const t of COUNT_SPOTS) {
				const x = sx + (ex - sx) * t;
				const y = sy + (ey - sy) * t;
				const box = { left: x - w / 2, right: x + w / 2, top: y - h / 2, bottom: y + h / 2 };
				if (taken.some((other) => boxesOverlap(box, other, 1))) continue;
				taken.push(box);
				count = { x: round(x), y: round(y) };
				break;
			}
		}
		bands.push({
			a,
			b,
			edges: group,
			d: `M ${round(sx)} ${round(sy)} L ${round(ex)} ${round(ey)}`,
			learnings,
			designed,
			unobserved: group.some((e) => e.state === "unobserved"),
			towardsB: group.some((e) => e.type !== "learned" && e.from === a),
			towardsA: group.some((e) => e.type !== "learned" && e.from === b),
			count,
		});
	}
	return bands;
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
