// Pure: where each stream, label and band of the graph goes. Streams sit on an ellipse ordered by
// role, so roles cluster and the picture is the same every time for the same notes. The picture has
// one fixed size in viewBox units and the pane shows it at that size or a little smaller (never below
// MIN_SHOWN_WIDTH, see styles.css), so its text is never under 12 px; a narrower pane gets lists.
import type { Edge, EdgeType, Role, Stream } from "../../core/types";
import { layoutBands, type GraphBand } from "./graph-bands";
import { boxesOverlap, type Box } from "./graph-geometry";
import { wrapAxisLabel } from "./wrap-name";

/** How a designed `teaches` edge and observed `learned` edges agree. */
export type EdgeState = "confirmed" | "unobserved" | "undesigned" | "plain";

/** A stream placed on the canvas, with its full name wrapped into lines beside it. */
export interface GraphNode {
	path: string;
	name: string;
	role: Role | null;
	active: boolean;
	x: number;
	y: number;
	r: number;
	lines: string[];
	/** The label's box: text starts at its left (anchor start), ends at its right (end) or centres on it. */
	label: Box;
	anchor: "start" | "middle" | "end";
}

/** One connection, as the lists and the table name it. */
export interface GraphEdge {
	from: string;
	to: string;
	type: EdgeType;
	count: number | null;
	state: EdgeState;
}

/** Everything the SVG needs, in viewBox units. */
export interface GraphLayout {
	width: number;
	height: number;
	fontSize: number;
	lineHeight: number;
	nodes: GraphNode[];
	edges: GraphEdge[];
	bands: GraphBand[];
	/** False past MAX_DRAWN streams: the picture would not read, the lists say it all. */
	drawn: boolean;
}

/** Width of the picture in viewBox units; the pane draws it at most this wide (1:1). */
export const GRAPH_WIDTH = 600;
/** Font size of labels in viewBox units. Shown at 560 px or more, text stays at 12 px or more. */
export const GRAPH_FONT = 13;
/** The narrowest the picture is shown; styles.css switches to the lists below it. */
export const MIN_SHOWN_WIDTH = 560;
/** More streams than this are not drawn. */
export const MAX_DRAWN = 12;

const ROLE_ORDER: ReadonlyArray<Role | null> = ["anchor", "client", "leverage", "seed", null];
const NODE_R = 13;
const GAP = 6;
const MAX_LINE_CHARS = 16;
// A generous average glyph width for UI sans-serif fonts, so estimated boxes are never too small.
const CHAR_WIDTH = 0.6;

/** Lays out the streams, their labels and one band per connected pair. */
export function layoutGraph(streams: readonly Stream[], edges: readonly Edge[]): GraphLayout {
	const ordered = [...streams].sort(
		(a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.name.localeCompare(b.name) || a.path.localeCompare(b.path),
	);
	const known = new Set(ordered.map((s) => s.path));
	const drawnEdges = edges.filter((e) => e.from !== e.to && known.has(e.from) && known.has(e.to));
	const pairs = new Set(drawnEdges.map((e) => `${e.type}\u0000${e.from}\u0000${e.to}`));
	const graphEdges = drawnEdges.map(
		(e): GraphEdge => ({ from: e.from, to: e.to, type: e.type, count: e.type === "learned" ? (e.count ?? 0) : null, state: edgeState(e, (type, from, to) => pairs.has(`${type}\u0000${from}\u0000${to}`)) }),
	);
	const lineHeight = Math.round(GRAPH_FONT * 1.25);
	const base = { width: GRAPH_WIDTH, fontSize: GRAPH_FONT, lineHeight, edges: graphEdges };
	if (ordered.length > MAX_DRAWN || ordered.length === 0) return { ...base, height: 0, nodes: [], bands: [], drawn: false };

	// A one-word name longer than a line is cut with hyphens: whole, it would run past the drawing's edge.
	const wrapped = ordered.map((s) => wrapAxisLabel(s.name, MAX_LINE_CHARS));
	const widest = Math.max(...wrapped.map((lines) => textWidth(lines)));
	const rx = Math.max(60, GRAPH_WIDTH / 2 - NODE_R - GAP - widest - 4);
	// Stretch the ellipse upwards until no label touches another label or a node.
	let best: GraphNode[] = [];
	for (let ry = rx * 0.75; ry <= rx * 2.5; ry += 10) {
		best = place(ordered, wrapped, rx, ry, lineHeight);
		if (!crowded(best)) break;
	}
	const top = Math.min(...best.map((n) => Math.min(n.y - NODE_R, n.label.top)));
	const bottom = Math.max(...best.map((n) => Math.max(n.y + NODE_R, n.label.bottom)));
	const shift = 8 - top;
	const nodes = best.map((n) => ({ ...n, y: round(n.y + shift), label: { ...n.label, top: round(n.label.top + shift), bottom: round(n.label.bottom + shift) } }));
	const bands = layoutBands(graphEdges, nodes, GRAPH_FONT * 0.95);
	return { ...base, height: round(bottom - top + 16), nodes, bands, drawn: true };
}

/** A designed teaches edge is confirmed by learned edges along it; each lacks the other otherwise. */
export function edgeState(edge: Pick<Edge, "from" | "to" | "type">, has: (type: EdgeType, from: string, to: string) => boolean): EdgeState {
	if (edge.type === "teaches") return has("learned", edge.from, edge.to) ? "confirmed" : "unobserved";
	if (edge.type === "learned") return has("teaches", edge.from, edge.to) ? "confirmed" : "undesigned";
	return "plain";
}

function textWidth(lines: readonly string[]): number {
	return Math.max(...lines.map((l) => l.length)) * CHAR_WIDTH * GRAPH_FONT;
}

function place(ordered: readonly Stream[], wrapped: readonly string[][], rx: number, ry: number, lineHeight: number): GraphNode[] {
	const n = ordered.length;
	const cx = GRAPH_WIDTH / 2;
	return ordered.map((s, i): GraphNode => {
		const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
		const cos = n === 1 ? 0 : Math.cos(angle);
		const sin = n === 1 ? 1 : Math.sin(angle);
		const x = cx + (n === 1 ? 0 : rx * cos);
		const y = n === 1 ? 0 : ry * sin;
		const lines = wrapped[i] ?? [s.name];
		const w = textWidth(lines);
		const h = lines.length * lineHeight;
		const anchor = Math.abs(cos) <= 0.3 ? "middle" : cos > 0 ? "start" : "end";
		const left = anchor === "start" ? x + NODE_R + GAP : anchor === "end" ? x - NODE_R - GAP - w : x - w / 2;
		const labelTop = anchor !== "middle" ? y - h / 2 : sin < 0 ? y - NODE_R - GAP - h : y + NODE_R + GAP;
		return {
			path: s.path,
			name: s.name,
			role: s.role,
			active: s.status === "active",
			x: round(x),
			y,
			r: NODE_R,
			lines,
			label: { left: round(left), right: round(left + w), top: labelTop, bottom: labelTop + h },
			anchor,
		};
	});
}

/** True when a label overlaps another label or another stream's node. */
function crowded(nodes: readonly GraphNode[]): boolean {
	for (const [i, a] of nodes.entries()) {
		for (const [j, b] of nodes.entries()) {
			if (i === j) continue;
			if (j > i && boxesOverlap(a.label, b.label, 4)) return true;
			if (boxesOverlap(a.label, { left: b.x - b.r, right: b.x + b.r, top: b.y - b.r, bottom: b.y + b.r }, 2)) return true;
		}
	}
	return false;
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
