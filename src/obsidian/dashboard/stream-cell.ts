// A table cell naming a stream: a swatch of its colour (the one it has in every chart), then a link to its note.
import type { Portfolio } from "../../core/types";
import { renderSwatch } from "./chart-legend";
import type { Cell } from "./data-table";
import { renderNoteLink } from "./note-link";
import type { SectionContext } from "./section-context";
import { streamColor } from "./theme-colors";

/** The cell for the stream at `path`, shown as `name`. */
export function streamCell(name: string, path: string, portfolio: Portfolio, ctx: SectionContext): Cell {
	return (td) => {
		td.addClass("pj-stream-cell");
		renderSwatch(td, streamColor(ctx.colors, portfolio.streams, path));
		renderNoteLink(td, name, path, ctx);
	};
}
