import { describe, expect, it } from "vitest";
import { explore, exploreConstraints } from "../../src/core/explore";
import { build, scenarioNote, settingsWith, streamNote } from "./helpers";

// Five candidates: four stream notes (whatever their status) and one scenario candidate.
// Hours: Job 30, Consulting 15, Course 5, Newsletter 5, Lab 40. Income: 60k, 30k, 20k, 10k, 50k.
const notes = [
	streamNote("Job", { role: "anchor", "hours-per-week": 30, "annual-revenue": 60000 }),
	streamNote("Consulting", { role: "client", "hours-per-week": 15, "annual-revenue": 30000, teaches: ["[[Course]]"] }),
	streamNote("Course", { role: "leverage", status: "planned", "hours-per-week": 5, "annual-revenue": 20000 }),
	streamNote("Lab", { role: "anchor", status: "retired", "hours-per-week": 40, "annual-revenue": 50000 }),
	scenarioNote("Newsletter", { candidates: [{ name: "Newsletter", role: "seed", "hours-per-week": 5, "annual-revenue": 10000 }] }),
];
const settings = settingsWith();
const names = (streams: { name: string }[]): string => streams.map((s) => s.name).join(" + ");

describe("explore", () => {
	it("ranks the combinations that fit; the best two worked by hand", () => {
		const result = explore(build(notes), exploreConstraints(settings), "USD");
		expect(result.candidates.map((c) => [c.name, c.candidate])).toEqual([
			["Consulting", false],
			["Course", false],
			["Job", false],
			["Lab", false],
			["Newsletter", true],
		]);
		// Sizes 3 to 5 of 5 candidates: 10 + 5 + 1 = 16 combinations considered.
		// With an anchor (Job or Lab) and at most 60 h, these 7 fit:
		//   Job+Consulting+Course 50 h, Job+Consulting+Newsletter 50 h, Job+Course+Newsletter 40 h,
		//   Lab+Consulting+Course 60 h, Lab+Consulting+Newsletter 60 h, Lab+Course+Newsletter 50 h,
		//   Job+Consulting+Course+Newsletter 55 h.
		expect([result.considered, result.fitting]).toEqual([16, 7]);
		// Income kept if the largest stops:
		//   Job+Consulting+Course+Newsletter: 120k - 60k = 60k  -> first.
		//   Job+Consulting+Course: 110k - 60k = 50k; Lab+Consulting+Course: 100k - 50k = 50k -> a tie,
		//   broken by the effective number: 110² / (60² + 30² + 20²) = 12100 / 4900 = 2.47 for Job's,
		//   100² / (50² + 30² + 20²) = 10000 / 3800 = 2.63 for Lab's: Lab's comes second.
		const [first, second, third] = result.best;
		expect(names(first?.streams ?? [])).toBe("Consulting + Course + Job + Newsletter");
		expect(first?.incomeKept).toEqual({ amount: 60000, percent: 50, largest: "Job" });
		expect([first?.hoursPerWeek, first?.annualRevenue, first?.teachingEdges]).toEqual([55, 120000, 1]);
		expect(first?.effectiveNumber).toBeCloseTo(120 ** 2 / (60 ** 2 + 30 ** 2 + 20 ** 2 + 10 ** 2), 9);
		expect(first?.reason).toBe("First: it keeps $60,000 a year if Job stops, the most of any combination that fits.");
		expect(names(second?.streams ?? [])).toBe("Consulting + Course + Lab");
		expect(second?.effectiveNumber).toBeCloseTo(10000 / 3800, 9);
		expect(second?.reason).toBe("It keeps $50,000 a year if Lab stops, less than #1 ($60,000).");
		expect(names(third?.streams ?? [])).toBe("Consulting + Course + Job");
		expect(third?.reason).toBe("Keeps as much as #2 if its largest stream stops, but its income is spread over fewer effective streams (2.47 against 2.63).");
		expect(result.best).toHaveLength(5);
		expect(result.none).toBeNull();
	});

	it("breaks a tie on every measure by hours, then by the stream names in alphabetical order", () => {
		// Four equal streams (10 h, 10,000), Gamma taking 12 h; no anchor needed, exactly 3 streams.
		const equal = ["Alpha", "Beta", "Delta", "Gamma"].map((name) => streamNote(name, { "hours-per-week": name === "Gamma" ? 12 : 10, "annual-revenue": 10000 }));
		const result = explore(build(equal), exploreConstraints(settings, { minStreams: 3, maxStreams: 3, requireAnchor: false }), "USD");
		// Each combination keeps 20,000, spreads over 3 effective streams, has no edge and brings 30,000.
		// Without Gamma: 30 h, so Alpha+Beta+Delta first; the three with Gamma take 32 h, in name order.
		expect(result.best.map((c) => names(c.streams))).toEqual(["Alpha + Beta + Delta", "Alpha + Beta + Gamma", "Alpha + Delta + Gamma", "Beta + Delta + Gamma"]);
		expect(result.best[1]?.reason).toBe("Ties with #1 on the four measures; it takes more time (32 h against 30 h a week).");
		expect(result.best[2]?.reason).toBe("Ties with #2 on every measure and on hours; it comes after it in alphabetical order of stream names.");
	});

	it("names the constraint that excluded most when nothing fits", () => {
		const result = explore(build(notes), exploreConstraints(settings, { maxHours: 20 }), "USD");
		// The lightest three (Consulting, Course, Newsletter) take 25 h > 20: all 16 fail on hours;
		// only Consulting+Course+Newsletter lacks an anchor.
		expect(result.fitting).toBe(0);
		expect(result.none).toEqual({ constraint: "max-hours", excluded: 16, message: "No combination fits. At most 20 h a week (--max-hours) excluded the most: 16 combinations." });
	});

	it("says when there are too few candidates", () => {
		const result = explore(build(notes.slice(0, 2)), exploreConstraints(settings), "USD");
		expect(result.none?.message).toBe("No combination fits: there are 2 candidate streams and a combination needs at least 3 (--streams).");
	});
});
