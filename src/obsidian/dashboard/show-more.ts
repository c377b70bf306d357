// Long lists and tables show their first rows at once and the rest on request: hundreds of rows
// add nothing at a glance, and building them is most of what a big dashboard costs to open.
import { recall, remember } from "./reader-memory";

/** How many rows a capped table shows before its "show all" row. */
export const TABLE_LIMIT = 20;

/** How many items a capped list shows before its "show all" item. */
export const LIST_LIMIT = 25;

/**
 * Adds a "Show all" button to `parent`; a click removes `holder` (the row or item carrying the
 * button), runs `showRest`, and moves focus to what it returns, so keyboard users stay in place.
 * The section remembers the click under `key`: after a redraw the rest is shown at once, no button.
 */
export function showAllButton(parent: HTMLElement, holder: HTMLElement, total: number, showRest: () => HTMLElement | null, key: string): HTMLButtonElement | null {
	const memoryKey = `show-all:${key}`;
	if (recall(parent, memoryKey) === "open") {
		holder.remove();
		showRest();
		return null;
	}
	const button = parent.createEl("button", { text: `Show all ${total}`, cls: "pj-show-all" });
	button.addEventListener("click", () => {
		remember(parent, memoryKey, "open");
		holder.remove();
		showRest()?.focus();
	});
	return button;
}
