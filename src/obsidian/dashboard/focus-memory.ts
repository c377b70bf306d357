// Keeps the keyboard focus on the same control across a redraw of its section. A control is found
// again by what it is, not where it was: a note link by the note it opens (an edit may re-sort a
// table, and the link at the old place then opens another stream), anything else by its kind and
// label, and by its place only when nothing with that label is left (a summary whose count changed).

/** What identifies a focusable element after its section was rebuilt. */
interface FocusKey {
	tag: string;
	/** The note a link opens (`data-path`), if it is a note link. */
	path: string | null;
	label: string;
	/** Child positions from the section's element. */
	place: number[];
}

function labelOf(el: Element): string {
	return el.getAttribute("aria-label") ?? el.getAttribute("name") ?? (el.textContent ?? "").trim();
}

function keyOf(el: Element, host: HTMLElement): FocusKey {
	const place: number[] = [];
	for (let node: Element = el; node !== host && node.parentElement; node = node.parentElement) {
		place.unshift(Array.from(node.parentElement.children).indexOf(node));
	}
	return { tag: el.tagName, path: el.getAttribute("data-path"), label: labelOf(el), place };
}

function find(host: HTMLElement, key: FocusKey): Element | null {
	const same = Array.from(host.getElementsByTagName(key.tag)).filter((el) => el.getAttribute("data-path") === key.path);
	const labelled = same.find((el) => labelOf(el) === key.label);
	if (labelled) return labelled;
	// A note link whose note is gone from the section takes the focus nowhere rather than to another note.
	if (key.path !== null) return null;
	let node: Element | undefined = host;
	for (const index of key.place) node = node?.children[index];
	return node && node.tagName === key.tag && node.getAttribute("data-path") === null ? node : null;
}

/**
 * Notes which element inside `hosts` (the sections about to be redrawn) has focus, and returns how to
 * focus the same control once they are redrawn (nothing when it is gone).
 */
export function rememberFocus(hosts: readonly HTMLElement[]): () => void {
	const focused = hosts.length > 0 ? activeDocument.activeElement : null;
	const host = focused ? hosts.find((el) => el !== focused && el.contains(focused)) : undefined;
	if (!focused || !host) return () => undefined;
	const key = keyOf(focused, host);
	return () => {
		const again = find(host, key);
		if (again?.instanceOf(HTMLElement)) again.focus({ preventScroll: true });
	};
}
