// Pure: the rectangles the graph layout keeps apart.

/** An axis-aligned box in viewBox units. */
export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** True when two boxes, each grown by `pad` on every side, overlap. */
export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
	return a.left - pad < b.right && b.left - pad < a.right && a.top - pad < b.bottom && b.top - pad < a.bottom;
}
