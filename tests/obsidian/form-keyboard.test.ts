// @vitest-environment happy-dom
// Issue 11, defect 5: the forms and pickers by keyboard, with clear marks on what is wrong, and
// hints in the vault's own currency.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Notice, SuggestModal } from "../fakes/obsidian";
import { click, field, nextPicker, press, type } from "./modal-helpers";
import { loadPlugin, streamNote, type Loaded } from "./plugin-fixture";

const files = {
	"Streams/Consulting.md": streamNote("role: anchor", "hours-per-week: 20"),
	"Streams/Writing.md": streamNote("role: leverage", "hours-per-week: 8"),
	"Ideas.md": "---\ncreated: 2026-01-02\n---\nAn idea.\n",
};

async function ready(saved?: unknown): Promise<Loaded> {
	const loaded = await loadPlugin(files, saved);
	loaded.app.workspace.triggerLayoutReady();
	loaded.plugin.index.refreshNow();
	return loaded;
}

async function openForm(loaded: Loaded, path: string): Promise<void> {
	const file = loaded.app.vault.getFileByPath(path);
	if (!file) throw new Error(`no ${path}`);
	await loaded.app.workspace.getLeaf(false).openFile(file);
	expect(loaded.app.commands.executeCommandById("portfolio-journal:tag-note-as-stream")).toBe(true);
	await vi.waitFor(() => expect(document.querySelector(".modal")).not.toBeNull());
}

beforeEach(() => {
	document.body.replaceChildren();
	Notice.messages = [];
	SuggestModal.lastOpened = null;
	vi.useFakeTimers({ toFake: ["Date"] });
	vi.setSystemTime(new Date(2026, 10, 21, 12, 0, 0));
});
afterEach(() => vi.useRealTimers());

describe("the stream form by keyboard", () => {
	it("focuses the first field and saves on Enter", async () => {
		const loaded = await ready();
		await openForm(loaded, "Ideas.md");
		expect(document.activeElement).toBe(field("role"));
		type(field("hours-per-week"), "6");
		press(field("hours-per-week"), "Enter");
		await vi.waitFor(() => expect(loaded.app.vault.textAt("Ideas.md")).toContain("hours-per-week: 6"));
		expect(document.querySelector(".modal")).toBeNull();
	});

	it("marks an invalid field with aria-invalid, moves focus to it, and clears the mark once fixed", async () => {
		const loaded = await ready();
		await openForm(loaded, "Ideas.md");
		type(field("hours-per-week"), "ten");
		press(field("role"), "Enter");
		const hours = field("hours-per-week");
		expect(hours.getAttribute("aria-invalid")).toBe("true");
		expect(document.getElementById(hours.getAttribute("aria-describedby") ?? "")?.textContent).toContain('"ten" is not a number of hours');
		expect(document.activeElement).toBe(hours);
		expect(field("role").hasAttribute("aria-invalid")).toBe(false);
		expect(loaded.app.vault.textAt("Ideas.md")).toBe(files["Ideas.md"]);

		type(hours, "10");
		click("Save");
		await vi.waitFor(() => expect(loaded.app.vault.textAt("Ideas.md")).toContain("hours-per-week: 10"));
	});

	it("gives the revenue hint in the vault's currency and shows an unset status as the default, active", async () => {
		const loaded = await ready({ currency: "GBP" });
		await openForm(loaded, "Ideas.md");
		const revenueRow = document.querySelector('.modal [data-key="annual-revenue"]')?.textContent ?? "";
		expect(revenueRow).toContain("For example £42,000 or 42k.");
		expect(revenueRow).not.toContain("$");
		const status = field("status") as HTMLSelectElement;
		expect(status.value).toBe("");
		expect(status.selectedOptions[0]?.textContent).toBe("Active (the default)");
	});
});

describe("Link a learning by keyboard", () => {
	it("asks for the learner by name, and saves the text on Mod+Enter but not on a bare Enter", async () => {
		const loaded = await ready();
		expect(loaded.app.commands.executeCommandById("portfolio-journal:link-learning")).toBe(true);
		const first = await nextPicker(null);
		expect(first.modalEl.querySelector(".pj-picker-question")?.textContent).toBe("Which stream taught something?");
		await first.choose("Writing");
		const second = await nextPicker(first);
		expect(second.modalEl.querySelector(".pj-picker-question")?.textContent).toBe("Which stream learned from Writing?");
		await second.choose("Consulting");
		await vi.waitFor(() => expect(document.querySelector("textarea")).not.toBeNull());
		const area = document.querySelector("textarea") as HTMLTextAreaElement;
		expect(document.activeElement).toBe(area);
		press(area, "Enter");
		expect(area.getAttribute("aria-invalid")).toBeNull();
		expect(document.querySelector(".modal textarea")).toBe(area);
		press(area, "Enter", { ctrlKey: true });
		expect(area.getAttribute("aria-invalid")).toBe("true");
		type(area, "Essays warmed up the sales calls.");
		press(area, "Enter", { metaKey: true });
		await vi.waitFor(() => expect(loaded.app.vault.textAt("Streams/Writing.md")).toContain("Essays warmed up the sales calls."));
	});
});
