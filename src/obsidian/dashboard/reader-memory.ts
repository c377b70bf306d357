// What a reader did inside a section (opened "Show all", picked a filter, opened "Show values"),
// remembered on the section's element, so that a redraw after an edit shows the section as the
// reader left it. The element outlives its content: a redraw empties it and fills it again.

const memories = new WeakMap<Element, Map<string, string>>();

/** The class of the element a section draws into; its memory lasts as long as the element. */
export const MEMORY_HOST_CLASS = "pj-slot";

function memoryOf(el: Element): Map<string, string> | null {
	const host = el.closest(`.${MEMORY_HOST_CLASS}`);
	if (!host) return null;
	let memory = memories.get(host);
	if (!memory) {
		memory = new Map();
		memories.set(host, memory);
	}
	return memory;
}

/** Remembers `value` under `key` for the section that holds `el` (nothing outside a section). */
export function remember(el: Element, key: string, value: string): void {
	memoryOf(el)?.set(key, value);
}

/** What was remembered under `key` for the section that holds `el`, if anything. */
export function recall(el: Element, key: string): string | undefined {
	return memoryOf(el)?.get(key);
}
