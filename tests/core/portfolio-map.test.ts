import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { planStreamNotes, STARTING_ROWS, suggestTargets, type MapRow } from "../../src/core/portfolio-map";

const row = (name: string, more: Partial<MapRow> = {}): MapRow => ({ name, hours: "", income: "", volatility: "", role: "client", category: null, teaches: "", targetTime: "", targetIncome: "", ...more });

describe("suggestTargets", () => {
	it("gives the typical split when each role has one stream", () => {
		expect(suggestTargets(["anchor", "client", "leverage", "seed"])).toEqual([
			{ time: 50, income: 50 },
			{ time: 25, income: 30 },
			{ time: 15, income: 15 },
			{ time: 10, income: 5 },
		]);
	});

	it("splits a role between its streams and rounds so the targets still add up to 100", () => {
		// Time: client 25 / 2 = 12.5 each; by largest remainder the first gets 13, the second 12.
		// Income: client 30 / 2 = 15 each. Sums: 50 + 13 + 12 + 15 + 10 = 100 and 50 + 15 + 15 + 15 + 5 = 100.
		expect(suggestTargets(["anchor", "client", "client", "leverage", "seed"])).toEqual([
			{ time: 50, income: 50 },
			{ time: 13, income: 15 },
			{ time: 12, income: 15 },
			{ time: 15, income: 15 },
			{ time: 10, income: 5 },
		]);
	});

	it("scales the roles present up to 100", () => {
		// Anchor and seed only. Time: 50 and 10 of 60 are 83.33 and 16.67, rounded to 83 and 17.
		// Income: 50 and 5 of 55 are 90.91 and 9.09, rounded to 91 and 9.
		expect(suggestTargets(["anchor", "seed"])).toEqual([
			{ time: 83, income: 91 },
			{ time: 17, income: 9 },
		]);
	});
});

describe("planStreamNotes", () => {
	it("writes one note per named row, the anchor's role from the anchor question, numbers as numbers", () => {
		const rows = [
			row("Union job", { hours: "20h", income: "£24,000", volatility: "stable", category: "employment", teaches: "How a\nnegotiation really goes", targetTime: "50", targetIncome: "55" }),
			row(""),
			row("Housing", { role: "seed", hours: "4", income: "0" }),
		];
		const plan = planStreamNotes(rows, 0, "Streams/", "portfolio/stream");
		if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
		expect(plan.notes.map((n) => n.path)).toEqual(["Streams/Union job.md", "Streams/Housing.md"]);
		const first = plan.notes[0]?.text ?? "";
		const frontmatter = parse(first.slice(4, first.indexOf("\n---\n"))) as unknown;
		expect(frontmatter).toEqual({
			tags: ["portfolio/stream"],
			role: "anchor",
			category: "employment",
			status: "active",
			"hours-per-week": 20,
			"annual-revenue": 24000,
			"target-time": 50,
			"target-income": 55,
			volatility: "stable",
		});
		expect(first.endsWith("---\n\nWhat it teaches me: How a negotiation really goes\n")).toBe(true);
		expect(plan.notes[1]?.text).toContain("role: seed\n");
	});

	it("reports unreadable numbers, twice the same name and a missing anchor by field", () => {
		const plan = planStreamNotes([row("A", { hours: "lots" }), row("a"), row("")], 2, "Streams", "portfolio/stream");
		expect(plan.ok).toBe(false);
		if (plan.ok) return;
		expect(Object.keys(plan.errors).sort()).toEqual(["0-hours", "1-name", "anchor"]);
		expect(plan.errors["0-hours"]).toContain('"lots"');
	});

	it("keeps a hostile name and folder inside the folder and out of the frontmatter", () => {
		const plan = planStreamNotes([row("../x\nrole: seed")], 0, "../../Out", "portfolio/stream");
		if (!plan.ok) throw new Error("refused");
		expect(plan.notes[0]?.path).toBe("Out/-x role- seed.md");
		expect(plan.notes[0]?.text.match(/^role:/gmu)).toHaveLength(1);
	});

	it("starts from the kinds of work the pattern names", () => {
		expect(STARTING_ROWS.map((r) => r.name)).toEqual(["Salaried work", "Clients", "Teaching", "Writing", "Community"]);
	});
});
