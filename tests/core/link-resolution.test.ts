// Within one assembly a link path is resolved once per folder of the notes that hold it: the same
// `[[Plan]]` written in two folders still leads to each folder's own Plan, as Obsidian resolves it
// (the note nearest the link wins), and a link repeated across reviews counts for the same stream.
import { describe, expect, it } from "vitest";
import { build, reviewNote, streamNote } from "./helpers";

describe("link resolution within one assembly", () => {
	it("leads the same link path to the note nearest each linking note", () => {
		const portfolio = build([
			streamNote("Work/Plan"),
			streamNote("Home/Plan"),
			streamNote("Work/Job", { teaches: ["[[Plan]]"] }),
			streamNote("Home/Hobby", { teaches: ["[[Plan]]"] }),
		]);
		const teaches = portfolio.edges.filter((edge) => edge.type === "teaches").map((edge) => `${edge.from} -> ${edge.to}`).sort();
		expect(teaches).toEqual(["Home/Hobby.md -> Home/Plan.md", "Work/Job.md -> Work/Plan.md"]);
	});

	it("counts a link repeated in every review for the same stream", () => {
		const quarters = ["2026-Q1", "2026-Q2"];
		const portfolio = build([
			streamNote("Shop"),
			...quarters.map((quarter) => reviewNote(`${quarter} review`, { quarter, actuals: [{ stream: "[[Shop]]", "hours-per-week": 5, income: 1000 }] })),
		]);
		expect(portfolio.reviews.map((review) => review.actuals.map((actual) => actual.stream))).toEqual([["Streams/Shop.md"], ["Streams/Shop.md"]]);
	});
});
