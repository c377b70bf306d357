// The stream graph: how streams fund, teach and protect each other, and whether the teaching
// the design promises shows up in the learnings people actually wrote down.
import type { Portfolio } from "../../core/types";
import { renderDisclosure, renderTable } from "./data-table";
import { layoutGraph, MAX_DRAWN, type GraphEdge } from "./graph-layout";
import { drawGraphSvg, drawShape, EDGE_WORDS } from "./graph-svg";
import { nameLookup, renderNoteLink } from "./note-link";
import type { DashboardContext } from "./render-dashboard";
import type { SectionContext } from "./section-context";
import { streamColorLookup } from "./stream-colors";
import { renderEmpty, sectionFrame } from "./section-frame";

const LIST_CAP = 12;

/**
 * Renders the graph (in a pane wide enough to read it; styles.css hides it below MIN_SHOWN_WIDTH),
 * its legend, and lists of every connection, which are the graph's narrow form too.
 */
export function renderGraph(el: HTMLElement, portfolio: Portfolio, ctx: SectionContext): void {
	sectionFrame(el, "graph", "Stream graph", "Designed links between streams, and the learnings that show which ones are real.");
	const layout = layoutGraph(portfolio.streams, portfolio.edges);
	if (layout.drawn) {
		const colorOf = streamColorLookup(portfolio.streams, ctx.colors.palette, ctx.colors.other);
		drawGraphSvg(el.createDiv({ cls: "pj-graph-box" }), layout, ctx, colorOf);
		renderLegend(el);
	} else if (portfolio.streams.length > MAX_DRAWN) {
		el.createEl("p", { text: `The picture is drawn for up to ${MAX_DRAWN} streams; the lists below hold every connection.`, cls: "pj-hint" });
	}
	if (layout.edges.length === 0) {
		renderEmpty(el, "No links yet: add funds, teaches or protects to a stream note, or record a learning.");
		return;
	}
	const name = nameLookup(portfolio);
	const lists = el.createDiv({ cls: "pj-graph-lists" });
	const teaching = layout.edges.filter((e) => e.type === "teaches" || e.type === "learned");
	renderEdgeList(lists, "Designed and observed", teaching.filter((e) => e.type === "learned" && e.state === "confirmed"), name, ctx, "pj-list-confirmed");
	renderEdgeList(lists, "Designed, never observed", teaching.filter((e) => e.state === "unobserved"), name, ctx, "pj-list-unobserved");
	renderEdgeList(lists, "Observed, not designed", teaching.filter((e) => e.state === "undesigned"), name, ctx, "pj-list-undesigned");
	renderEdgeList(lists, "Funds and protects", layout.edges.filter((e) => e.type === "funds" || e.type === "protects"), name, ctx, "pj-list-support");
	// Built when opened: a big vault has thousands of connections.
	renderDisclosure(
		el,
		"connections",
		`Show all ${layout.edges.length} connections as a table`,
		(body) => {
			renderTable(body, {
				id: "connections",
				caption: "Every connection in the stream graph",
				headers: ["From", "Connection", "To", "Learnings"],
				rows: layout.edges,
				cells: (e) => [name(e.from), EDGE_WORDS[e.type], name(e.to), e.count === null ? "" : String(e.count)],
			});
		},
		true,
	);
}

function renderEdgeList(
	parent: HTMLElement,
	title: string,
	edges: readonly GraphEdge[],
	name: (path: string) => string,
	ctx: DashboardContext,
	cls: string,
): void {
	const box = parent.createDiv({ cls: ["pj-graph-list", cls] });
	box.createEl("h4", { text: `${title} (${edges.length})`, cls: "pj-subtitle" });
	if (edges.length === 0) {
		box.createEl("p", { text: "None.", cls: "pj-empty" });
		return;
	}
	const list = box.createEl("ul");
	for (const edge of edges.slice(0, LIST_CAP)) {
		const item = list.createEl("li");
		renderNoteLink(item, name(edge.from), edge.from, ctx);
		item.append(edge.type === "funds" || edge.type === "protects" ? ` ${EDGE_WORDS[edge.type]} ` : " → ");
		renderNoteLink(item, name(edge.to), edge.to, ctx);
		if (edge.count !== null) item.createSpan({ text: ` ×${edge.count}`, cls: "pj-count" });
	}
	if (edges.length > LIST_CAP) list.createEl("li", { text: `and ${edges.length - LIST_CAP} more`, cls: "pj-more" });
}

/** Shapes for roles and strokes for connections, drawn with the same classes as the graph. */
function renderLegend(el: HTMLElement): void {
	const legend = el.createDiv({ cls: "pj-legend pj-graph-legend", attr: { "aria-label": "Legend" } });
	for (const [role, label] of [["anchor", "Anchor"], ["client", "Client"], ["leverage", "Leverage"], ["seed", "Seed"], [null, "No role"]] as const) {
		const item = legend.createSpan({ cls: "pj-legend-item" });
		const svg = item.createSvg("svg", { attr: { viewBox: "0 0 16 16", width: 16, height: 16, "aria-hidden": "true" } });
		drawShape(svg.createSvg("g", { cls: ["pj-node", `pj-role-${role ?? "none"}`] }), { role, x: 8, y: 8, r: 6 });
		item.createSpan({ text: label });
	}
	const strokes = [
		[["pj-edge-designed", "pj-edge-funds"], "Funds or protects"],
		[["pj-edge-designed", "pj-edge-teaches"], "Teaches"],
		[["pj-edge-designed", "pj-edge-teaches", "pj-edge-unobserved"], "Teaches, never observed"],
		[["pj-edge-learned"], "Learnings recorded (count on the band)"],
	] as const;
	for (const [classes, label] of strokes) {
		const item = legend.createSpan({ cls: "pj-legend-item" });
		const svg = item.createSvg("svg", { attr: { viewBox: "0 0 28 10", width: 28, height: 10, "aria-hidden": "true" } });
		svg.createSvg("path", { cls: ["pj-edge", ...classes], attr: { d: "M 1 5 L 27 5" } });
		item.createSpan({ text: label });
	}
}
