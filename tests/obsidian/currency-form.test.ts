// @vitest-environment happy-dom
// The stream form's currency field, through the real plugin on the in-memory Obsidian: checked as the
// note reader checks `currency`, written through the same path as the other fields, every other key,
// comment and the body kept; a code the reader would refuse blocks the save and changes nothing.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { Notice } from "../fakes/obsidian";
import { click, field, openStreamForm, type } from "./modal-helpers";
import type { Loaded } from "./plugin-fixture";

const NOTE = "Streams/Berlin client.md";
const TEXT = "---\ntags: portfolio/stream\nrole: client # paid in euros\nannual-revenue: 12000\n---\nBody text stays.\n";

function openForm(text = TEXT, saved: unknown = { currency: "GBP", exchangeRates: { EUR: 0.85 } }): Promise<Loaded> {
	return openStreamForm({ [NOTE]: text }, NOTE, saved);
}

function errorText(): string {
	return document.querySelector('.modal [data-key="currency"] .portfolio-journal-field-error')?.textContent ?? "";
}

beforeEach(() => {
	document.body.replaceChildren();
	Notice.messages = [];
});

describe("the stream form's currency", () => {
	it("is a text box whose hint and placeholder name the vault currency as the default", async () => {
		await openForm();
		const box = field("currency") as HTMLInputElement;
		expect(box.value).toBe("");
		expect(box.placeholder).toBe("GBP");
		const desc = document.querySelector('.modal [data-key="currency"] .setting-item-description')?.textContent ?? "";
		expect(desc).toContain("Leave it empty for the vault currency (GBP).");
	});

	it("saves a code typed in any case as the reader reads it, keeping every other key, the comment and the body", async () => {
		const loaded = await openForm();
		type(field("currency"), " eur ");
		click("Save");
		await vi.waitFor(() => expect(loaded.app.vault.textAt(NOTE)).toContain("currency"));
		expect(loaded.app.vault.textAt(NOTE)).toBe("---\ntags: portfolio/stream\nrole: client # paid in euros\nannual-revenue: 12000\ncurrency: EUR\n---\nBody text stays.\n");
		// Converted with the rate: 12,000 EUR x 0.85 = 10,200 GBP a year.
		await vi.waitFor(() => expect(loaded.plugin.index.portfolio.streams[0]?.currency).toBe("EUR"));
		expect(loaded.plugin.index.portfolio.streams[0]?.annualRevenue).toBeCloseTo(10200, 9);
	});

	it("refuses a code the reader would refuse, says why under the field, and writes nothing", async () => {
		for (const bad of ["EURO", "€", "E1R"]) {
			document.body.replaceChildren();
			const loaded = await openForm();
			type(field("currency"), bad);
			click("Save");
			expect(errorText()).toBe(`"${bad}" is not a currency code; write three letters like EUR or GBP.`);
			expect(field("currency").getAttribute("aria-invalid")).toBe("true");
			expect(document.querySelector(".modal")).not.toBeNull();
			expect(loaded.app.vault.textAt(NOTE)).toBe(TEXT);
		}
	});

	it("leaves a code as written when untouched, and removes the key when emptied", async () => {
		const written = "---\ntags: portfolio/stream\ncurrency: eur\nannual-revenue: 12000\n---\nBody text stays.\n";
		const loaded = await openForm(written);
		expect(field("currency").value).toBe("eur");
		click("Save");
		await vi.waitFor(() => expect(Notice.messages).toContain("Nothing changed."));
		expect(loaded.app.vault.textAt(NOTE)).toBe(written);

		document.body.replaceChildren();
		const again = await openForm(written);
		type(field("currency"), "  ");
		click("Save");
		await vi.waitFor(() => expect(again.app.vault.textAt(NOTE)).not.toContain("currency"));
		expect(again.app.vault.textAt(NOTE)).toBe("---\ntags: portfolio/stream\nannual-revenue: 12000\n---\nBody text stays.\n");
	});
});
