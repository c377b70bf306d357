// A link that spells a stream no link can reach (`[[C# tutoring]]`) is read by Obsidian as another
// note plus a heading (`C`, heading ` tutoring`): it is reported on the linking note and counted
// for no stream, even when note `C` exists (second tester report, item 1).
import { describe, expect, it } from "vitest";
import { build, reviewNote, streamNote } from "./helpers";

describe("links to a stream whose name ends a link", () => {
	const notes = [
		streamNote("C", { status: "paused" }),
		streamNote("C# tutoring"),
		streamNote("Dev job", { teaches: ["[[C# tutoring]]"], funds: ["[[Streams/C# tutoring|tutoring]]"] }),
		streamNote("Shop", { learnings: [{ to: "C^ tutoring", text: "x" }] }),
		streamNote("C^ tutoring"),
		reviewNote("2026-Q3 review", { quarter: "2026-Q3", actuals: [{ stream: "[[C# tutoring]]", "hours-per-week": 10, income: 5000 }] }),
	];
	const portfolio = build(notes);

	it("makes no edge to C from Dev job's teaches or funds, nor from Shop's learning", () => {
		expect(portfolio.edges).toEqual([]);
	});

	it("counts the review's 10 h and 5000 for no stream", () => {
		expect(portfolio.reviews[0]?.actuals).toEqual([]);
	});

	it("reports each such link on the note that holds it, naming the stream meant", () => {
		const found = portfolio.diagnostics.filter((d) => d.code === "unreachable-link").map((d) => [d.path, d.property]).sort();
		expect(found).toEqual([
			["Streams/Dev job.md", "teaches"],
			["Streams/Dev job.md", "funds"],
			["Streams/Shop.md", "learnings"],
			["Reviews/2026-Q3 review.md", "actuals"],
		].sort());
		const teaches = portfolio.diagnostics.find((d) => d.code === "unreachable-link" && d.property === "teaches");
		expect(teaches?.message).toContain("Streams/C# tutoring.md");
		expect(teaches?.message).toContain('"#" ends a link');
	});

	it("still reads a plain link to C as C", () => {
		const plain = build([streamNote("C"), streamNote("C# tutoring"), streamNote("Dev job", { teaches: ["[[C]]"], funds: ["[[C#Plans]]"] })]);
		expect(plain.edges.map((e) => [e.type, e.to])).toEqual([["funds", "Streams/C.md"], ["teaches", "Streams/C.md"]]);
		expect(plain.diagnostics.filter((d) => d.code === "unreachable-link")).toEqual([]);
	});
});
