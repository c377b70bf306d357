// What every section shares: a titled frame whose class names the section (for CSS and tests), and its short texts.

/** Adds a section's heading and an optional one-line explanation; returns the section element. */
export function sectionFrame(el: HTMLElement, name: string, title: string, hint?: string): HTMLElement {
	el.addClass("pj-section", `pj-section-${name}`);
	el.createEl("h3", { text: title, cls: "pj-section-title" });
	if (hint) el.createEl("p", { text: hint, cls: "pj-hint" });
	return el;
}

/** A short muted line for a section with nothing to show yet. */
export function renderEmpty(el: HTMLElement, text: string): void {
	el.createEl("p", { text, cls: "pj-empty" });
}

/** A count with its noun: "1 error", "3 errors" (every noun the dashboard counts takes an s). */
export function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? "" : "s"}`;
}
