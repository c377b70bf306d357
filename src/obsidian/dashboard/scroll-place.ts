// Keeps what the reader looks at in place while sections above it are redrawn. The browser's own
// scroll anchoring cannot: it anchors to the deepest element in view, which is often inside the very
// section being emptied and refilled, and a removed anchor is not compensated (the view jumped by the
// height of a new finding). Here the anchor is the first section that starts in view, an element a
// redraw keeps; its place is read once before the update writes anything (the layout is still
// clean, so the read costs nothing), and put back in an animation frame, before the frame is painted
// (the layout read there is the one the frame needs anyway).

/** The element that scrolls `el`: itself (Obsidian's `.view-content`) or its nearest ancestor with a scrolling overflow, else the page. */
function scrollerOf(el: HTMLElement): HTMLElement {
	for (let node: HTMLElement | null = el; node; node = node.parentElement) {
		const { overflowY } = getComputedStyle(node);
		if (overflowY === "auto" || overflowY === "scroll") return node;
	}
	return (el.doc.scrollingElement as HTMLElement | null) ?? el.doc.documentElement;
}

/** The top of the scroller's visible area, in viewport pixels. */
function viewTop(scroller: HTMLElement): number {
	return scroller === scroller.doc.scrollingElement ? 0 : scroller.getBoundingClientRect().top;
}

/**
 * Notes where the first of `sections` that starts in view sits (or the one the view's top is in),
 * and returns a function to call after each change to the page: it puts that section back in place in
 * the next animation frame. Returns a function that does nothing when no section is in view.
 */
export function holdScrollPlace(root: HTMLElement, sections: readonly HTMLElement[]): () => void {
	if (sections.length === 0 || !root.isConnected) return () => undefined;
	const scroller = scrollerOf(root);
	const top = viewTop(scroller);
	let anchor: HTMLElement | undefined;
	let offset = 0;
	for (const section of sections) {
		const rect = section.getBoundingClientRect();
		if (rect.bottom <= top) continue;
		anchor = section;
		offset = rect.top - top;
		if (rect.top >= top) break;
		// The view's top falls inside this section: prefer the next one if it starts in view.
		const next = sections[sections.indexOf(section) + 1];
		if (next) {
			const nextRect = next.getBoundingClientRect();
			if (nextRect.top - top < scroller.clientHeight) [anchor, offset] = [next, nextRect.top - top];
		}
		break;
	}
	if (!anchor) return () => undefined;
	const held = anchor;
	let frame: number | null = null;
	return () => {
		if (frame !== null) return;
		frame = root.win.requestAnimationFrame(() => {
			frame = null;
			if (!held.isConnected) return;
			const drift = held.getBoundingClientRect().top - viewTop(scroller) - offset;
			if (Math.abs(drift) >= 1) scroller.scrollTop += drift;
		});
	};
}
