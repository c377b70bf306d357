// @vitest-environment happy-dom
// "Map your portfolio" through the real plugin: the form, one note per row, nothing overwritten,
// and notes that the CLI reads back as the streams typed in.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { cli } from "../cli/helpers";
import { Notice } from "../fakes/obsidian";
import { click, press, type } from "./modal-helpers";
import { loadPlugin, type Loaded } from "./plugin-fixture";

async function ready(files: Record<string, string> = {}): Promise<Loaded> {
	const loaded = await loadPlugin(files, { currency: "GBP" });
	loaded.app.workspace.triggerLayoutReady();
	loaded.plugin.index.refreshNow();
	return loaded;
}

function input(row: number, field: string): HTMLInputElement {
	const el = document.getElementById(`pj-map-${row}-${field}`);
	if (!(el instanceof HTMLInputElement)) throw new Error(`no ${row}-${field}`);
	return el;
}

function select(row: number, label: string): HTMLSelectElement {
	const el = document.getElementById(`pj-map-${row}-${label}`);
	if (!(el instanceof HTMLSelectElement)) throw new Error(`no ${row}-${label}`);
	return el;
}

async function openForm(loaded: Loaded): Promise<void> {
	expect(loaded.app.commands.executeCommandById("portfolio-journal:map-portfolio")).toBe(true);
	await vi.waitFor(() => expect(document.querySelector(".pj-map-form")).not.toBeNull());
}

/** The union organiser's four streams, typed into the form's starting rows. */
function fillUnionOrganiser(): void {
	const rows: [string, string, string, string, string][] = [
		["Union job", "20", "£24,000", "stable", "How organising works from inside"],
		["Union consulting", "6", "12k", "variable", "Which contract clauses fail"],
		["Labour journalism", "10", "9000", "volatile", "How to explain a dispute"],
		["", "", "", "", ""],
		["Housing organising", "4", "0", "", "How housing and work connect"],
	];
	rows.forEach(([name, hours, income, volatility, teaches], i) => {
		type(input(i, "name"), name);
		type(input(i, "hours"), hours);
		type(input(i, "income"), income);
		type(select(i, "volatility"), volatility);
		type(input(i, "teaches"), teaches);
	});
}

beforeEach(() => {
	document.body.replaceChildren();
	Notice.messages = [];
});

describe("Map your portfolio", () => {
	it("suggests targets from the typical splits, creates one note per named row, and the CLI reads them back as typed", async () => {
		const loaded = await ready();
		await openForm(loaded);
		expect(document.activeElement).toBe(input(0, "name"));
		fillUnionOrganiser();
		// The starting rows' roles: row 0 the anchor (the anchor question's default), row 1 client work,
		// row 2 leverage, row 4 seed; row 3 has no name and is left out. One stream per role: the
		// typical time split as it is.
		click("Suggest targets again");
		expect([0, 1, 2, 4].map((i) => input(i, "targetTime").value)).toEqual(["50", "25", "15", "10"]);
		// Row 2 as client work too: the roles present (anchor 50, client 25, seed 10) add up to 85, so
		// each is scaled by 100 / 85: anchor 58.82, each client 25 * 100 / 85 / 2 = 14.71, seed 11.76.
		// Floors 58 + 14 + 14 + 11 = 97; the 3 points left go to the largest fractions .82, .76, .71 (row 1 first).
		type(select(2, "role-if-not-the-anchor"), "client");
		expect([0, 1, 2, 4].map((i) => input(i, "targetTime").value)).toEqual(["59", "15", "14", "12"]);
		type(select(2, "role-if-not-the-anchor"), "leverage");
		expect([0, 1, 2, 4].map((i) => input(i, "targetTime").value)).toEqual(["50", "25", "15", "10"]);
		type(input(2, "targetIncome"), "20");
		press(input(0, "name"), "Enter");
		await vi.waitFor(() => expect(Notice.messages.join("\n")).toContain("Created 4 stream notes."));

		const paths = ["Streams/Union job.md", "Streams/Union consulting.md", "Streams/Labour journalism.md", "Streams/Housing organising.md"];
		const root = mkdtempSync(join(tmpdir(), "pj-map-"));
		try {
			for (const path of paths) {
				const text = loaded.app.vault.textAt(path);
				expect(text, path).toBeDefined();
				mkdirSync(dirname(join(root, path)), { recursive: true });
				writeFileSync(join(root, path), text ?? "");
			}
			const report = JSON.parse(cli(["report", root, "--json", "--today", "2026-11-21"]).out) as { streams: Record<string, unknown>[]; diagnostics: unknown[] };
			expect(report.diagnostics).toEqual([]);
			const byName = new Map(report.streams.map((s) => [s.name, s]));
			expect(byName.get("Union job")).toMatchObject({ role: "anchor", category: "employment", status: "active", hoursPerWeek: 20, annualRevenue: 24000, volatility: "stable", targetTime: 50, targetIncome: 50 });
			expect(byName.get("Union consulting")).toMatchObject({ role: "client", category: "services", hoursPerWeek: 6, annualRevenue: 12000, volatility: "variable", targetTime: 25, targetIncome: 30 });
			expect(byName.get("Labour journalism")).toMatchObject({ role: "leverage", category: "services", hoursPerWeek: 10, annualRevenue: 9000, volatility: "volatile", targetTime: 15, targetIncome: 20 });
			expect(byName.get("Housing organising")).toMatchObject({ role: "seed", category: null, hoursPerWeek: 4, annualRevenue: 0, volatility: null, targetTime: 10, targetIncome: 5 });
			expect(report.streams).toHaveLength(4);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
		expect(loaded.app.vault.textAt("Streams/Union job.md")).toContain("What it teaches me: How organising works from inside");
		// The model follows once Obsidian's cache has indexed the new notes (their `changed` events).
		await vi.waitFor(() => expect(loaded.plugin.index.portfolio.streams.map((s) => s.name).sort()).toEqual(["Housing organising", "Labour journalism", "Union consulting", "Union job"]));
	});

	it("never writes over a note that exists, and says which it left alone", async () => {
		const mine = "My own notes about the job.\n";
		const loaded = await ready({ "Streams/Union job.md": mine });
		await openForm(loaded);
		fillUnionOrganiser();
		click("Create notes");
		await vi.waitFor(() => expect(Notice.messages.join("\n")).toContain("Created 3 stream notes."));
		expect(Notice.messages.join("\n")).toContain("Left as they were (they exist already): Streams/Union job.md.");
		expect(loaded.app.vault.textAt("Streams/Union job.md")).toBe(mine);
	});

	it("marks what cannot be read and creates nothing", async () => {
		const loaded = await ready();
		await openForm(loaded);
		type(input(1, "hours"), "a lot");
		click("Create notes");
		expect(input(1, "hours").getAttribute("aria-invalid")).toBe("true");
		expect(document.activeElement).toBe(input(1, "hours"));
		expect(loaded.app.vault.getFiles().filter((f) => f.path.startsWith("Streams/"))).toEqual([]);
	});
});
