// Fakes of Obsidian's free functions the plugin uses: debounce, normalizePath, YAML, icons.
import { parse, stringify } from "yaml";

/** Like Obsidian's Debouncer: callable, with cancel() and run(). */
export interface Debouncer<T extends unknown[], V> {
	(...args: [...T]): Debouncer<T, V>;
	cancel(): Debouncer<T, V>;
	run(): V | void;
}

// Real: https://docs.obsidian.md/Reference/TypeScript+API/debounce
// Same contract: the call runs `timeout` ms after the first call of a burst, or after the last one
// when resetTimer is true; the latest arguments win. Uses the global timers so fake timers apply.
/** Delays and coalesces calls. */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let pending: [...T] | null = null;
	const run = (): V | void => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		if (!pending) return;
		const args = pending;
		pending = null;
		return cb(...args);
	};
	const debounced = ((...args: [...T]) => {
		pending = args;
		if (timer !== null && resetTimer) {
			clearTimeout(timer);
			timer = null;
		}
		if (timer === null) timer = setTimeout(run, timeout);
		return debounced;
	}) as Debouncer<T, V>;
	debounced.cancel = () => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		pending = null;
		return debounced;
	};
	debounced.run = run;
	return debounced;
}

// Real: https://docs.obsidian.md/Reference/TypeScript+API/normalizePath
/** Forward slashes, no duplicate or edge slashes, non-breaking spaces as spaces, NFC. */
export function normalizePath(path: string): string {
	const cleaned = path
		.replace(/[\\/]+/g, "/")
		.replace(/\u00A0|\u202F/g, " ")
		.replace(/^\/+|\/+$/g, "");
	return cleaned === "" ? "/" : cleaned.normalize("NFC");
}

// Real: https://docs.obsidian.md/Reference/TypeScript+API/parseYaml
/** Parses YAML text (Obsidian uses its own parser; `yaml` agrees on the documents the plugin meets). */
export function parseYaml(text: string): unknown {
	return parse(text) as unknown;
}

// Real: https://docs.obsidian.md/Reference/TypeScript+API/stringifyYaml
/** Serialises an object as YAML. */
export function stringifyYaml(value: unknown): string {
	return stringify(value);
}

// Real: https://docs.obsidian.md/Reference/TypeScript+API/setIcon
// Obsidian draws a Lucide icon; the fake draws an empty SVG that names the icon, enough to assert on.
/** Puts an icon in an element. */
export function setIcon(parent: HTMLElement, iconId: string): void {
	const doc = parent.ownerDocument;
	const svg = doc.createElementNS("http://www.w3.org/2000/svg", "svg");
	svg.setAttribute("class", `svg-icon lucide-${iconId}`);
	parent.replaceChildren(svg);
}
