// Driving the plugin's dialogs in the in-memory Obsidian as a person would: fields, buttons, pickers.
import { expect, vi } from "vitest";
import { SuggestModal } from "../fakes/obsidian";
import { loadPlugin, type Loaded } from "./plugin-fixture";

/** Loads the plugin on `files` (and `saved` settings), opens `path` and runs Tag note as stream: its form is open. */
export async function openStreamForm(files: Record<string, string>, path: string, saved?: unknown): Promise<Loaded> {
	const loaded = await loadPlugin(files, saved);
	loaded.app.workspace.triggerLayoutReady();
	loaded.plugin.index.refreshNow();
	const file = loaded.app.vault.getFileByPath(path);
	if (!file) throw new Error(`no note ${path}`);
	await loaded.app.workspace.getLeaf(false).openFile(file);
	expect(loaded.app.commands.executeCommandById("portfolio-journal:tag-note-as-stream")).toBe(true);
	await vi.waitFor(() => expect(document.querySelector(".modal")).not.toBeNull());
	return loaded;
}

/** The open modal's form row control for a property. */
export function field(key: string): HTMLInputElement | HTMLSelectElement {
	const el = document.querySelector<HTMLInputElement | HTMLSelectElement>(`.modal [data-key="${key}"] input, .modal [data-key="${key}"] select`);
	if (!el) throw new Error(`no field ${key}`);
	return el;
}

/** Sets a control's value and fires the event Obsidian's components listen to. */
export function type(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string): void {
	el.value = value;
	el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? "change" : "input"));
}

/** Clicks the open modal's button with this text. */
export function click(text: string): void {
	const button = [...document.querySelectorAll<HTMLButtonElement>(".modal button")].find((b) => b.textContent === text);
	if (!button) throw new Error(`no button ${text}`);
	button.click();
}

/** Presses a key on an element, as the browser would dispatch it. */
export function press(el: Element, key: string, mods: { ctrlKey?: boolean; metaKey?: boolean } = {}): void {
	el.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...mods }));
}

/** The picker opened after `previous`. */
export async function nextPicker(previous: unknown): Promise<SuggestModal<unknown>> {
	await vi.waitFor(() => expect(SuggestModal.lastOpened).not.toBe(previous));
	const modal = SuggestModal.lastOpened;
	if (!modal) throw new Error("no picker");
	return modal;
}
