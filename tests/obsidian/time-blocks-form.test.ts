// @vitest-environment happy-dom
// The stream form's time-blocks field, through the real plugin on the in-memory Obsidian: the same
// check as the notes, a list written only when the blocks changed, every other key and the body kept.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Notice } from "../fakes/obsidian";
import { openStreamForm } from "./modal-helpers";
import type { Loaded } from "./plugin-fixture";

const NOTE = "Streams/Job.md";
const TEXT = '---\ntags: portfolio/stream\nrole: anchor # the steady one\ntime-blocks:\n  - "Mon-Thu 09:00-17:00"\nhours-per-week: 32\n---\nBody text stays.\n';

async function openForm(files: Record<string, string> = { [NOTE]: TEXT }): Promise<{ loaded: Loaded; box: HTMLTextAreaElement }> {
	const loaded = await openStreamForm(files, NOTE);
	const box = document.querySelector<HTMLTextAreaElement>('.modal [data-key="time-blocks"] textarea');
	if (!box) throw new Error("no time-blocks field");
	return { loaded, box };
}

function type(box: HTMLTextAreaElement, text: string): void {
	box.value = text;
	box.dispatchEvent(new Event("input"));
}

function save(): void {
	[...document.querySelectorAll<HTMLButtonElement>(".modal button")].find((b) => b.textContent === "Save")?.click();
}

beforeEach(() => {
	document.body.replaceChildren();
	Notice.messages = [];
});
afterEach(() => vi.restoreAllMocks());

describe("the stream form's time blocks", () => {
	it("shows the note's blocks one a line, and saving untouched writes nothing", async () => {
		const { loaded, box } = await openForm();
		expect(box.value).toBe("Mon-Thu 09:00-17:00");
		save();
		await vi.waitFor(() => expect(Notice.messages).toContain("Nothing changed."));
		expect(loaded.app.vault.textAt(NOTE)).toBe(TEXT);
	});

	it("refuses a line that is not a block, naming the line and the forms, and writes nothing", async () => {
		const { loaded, box } = await openForm();
		type(box, "Mon-Thu 09:00-17:00\nFri 22:00-01:00");
		save();
		const error = document.querySelector('.modal [data-key="time-blocks"] .portfolio-journal-field-error')?.textContent ?? "";
		expect(error).toContain('Line 2: "Fri 22:00-01:00" ends before it starts; a block cannot cross midnight');
		expect(error).toContain('Write weekly "Mon-Thu 09:00-17:00"');
		expect(document.querySelector(".modal")).not.toBeNull();
		expect(loaded.app.vault.textAt(NOTE)).toBe(TEXT);
	});

	it("writes the new list, keeping every other key, comment and the body", async () => {
		const { loaded, box } = await openForm();
		type(box, "Mon-Wed 09:00-17:00\n\n  first Fri 16:00-17:00  ");
		save();
		await vi.waitFor(() => expect(loaded.app.vault.textAt(NOTE)).toContain("first Fri"));
		expect(loaded.app.vault.textAt(NOTE)).toBe(
			'---\ntags: portfolio/stream\nrole: anchor # the steady one\nhours-per-week: 32\ntime-blocks:\n  - "Mon-Wed 09:00-17:00"\n  - "first Fri 16:00-17:00"\n---\nBody text stays.\n',
		);
		expect(loaded.plugin.index.portfolio.streams[0]?.timeBlocks.map((b) => b.text)).toEqual(["Mon-Wed 09:00-17:00", "first Fri 16:00-17:00"]);
	});

	it("removes the property when every line is emptied", async () => {
		const { loaded, box } = await openForm();
		type(box, "  \n");
		save();
		await vi.waitFor(() => expect(loaded.app.vault.textAt(NOTE)).not.toContain("time-blocks"));
		expect(loaded.app.vault.textAt(NOTE)).toBe("---\ntags: portfolio/stream\nrole: anchor # the steady one\nhours-per-week: 32\n---\nBody text stays.\n");
	});
});
