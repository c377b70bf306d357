// A DOM for the Node-side measurements (onload adds a ribbon icon): happy-dom's window made global,
// with Obsidian's DOM helpers on it, only when no DOM exists yet (vitest's happy-dom already has one).
import { Window as HappyWindow } from "happy-dom";
import { installDomHelpers } from "../fakes/obsidian";

// What the plugin and the stand-in reach for as globals; functions are bound to the window they belong to.
const GLOBALS = [
	"window", "document", "navigator", "Node", "Element", "HTMLElement", "HTMLInputElement", "HTMLCanvasElement", "SVGElement",
	"Text", "DocumentFragment", "Event", "MouseEvent", "KeyboardEvent", "MutationObserver", "ResizeObserver",
	"getComputedStyle", "requestAnimationFrame", "cancelAnimationFrame", "activeDocument", "activeWindow",
] as const;

/** Makes `document`, `window` and friends exist in Node; a no-op where a DOM is present. */
export function ensureDom(): void {
	if (typeof document !== "undefined") return;
	const win = new HappyWindow({ url: "http://localhost/" });
	const source = win as unknown as Record<string, unknown>;
	const target = globalThis as unknown as Record<string, unknown>;
	for (const key of GLOBALS) {
		const value = key === "window" || key === "activeWindow" ? win : key === "activeDocument" ? win.document : source[key];
		if (value === undefined) continue;
		target[key] = typeof value === "function" && /^[a-z]/.test(key) ? (value as (...args: unknown[]) => unknown).bind(win) : value;
	}
	installDomHelpers(win as unknown as Window & typeof globalThis);
}
