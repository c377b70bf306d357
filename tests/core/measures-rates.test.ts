// Hourly rates, concentration and runway, each figure worked out by hand below.
import { describe, expect, it } from "vitest";
import { build, settingsWith } from "./helpers";
import { active, reviewsFrom } from "./measures-helpers";

// Anchor: 96,000 a year at 20 h a week; Client: 24,000 at 10 h; Seed: nothing yet at 5 h.
const streams = [active("Anchor", 20, 96000), active("Client", 10, 24000), active("Seed", 5, 0)];

describe("effective hourly rate", () => {
	it("now: annual revenue over hours a week x 48 weeks, per stream and in total", () => {
		const m = build(streams).measures;
		const rate = (name: string) => m.streams.find((s) => s.name === name)?.hourlyRate;
		expect(m.weeksPerYear).toBe(48);
		expect(rate("Anchor")).toBe(100); // 96,000 / (20 x 48 = 960) = 100
		expect(rate("Client")).toBe(50); // 24,000 / (10 x 48 = 480) = 50
		expect(rate("Seed")).toBe(0); // a zero-income stream earns 0 an hour, not "unknown"
		expect(m.total.hourlyRate).toBeCloseTo(120000 / 1680, 10); // (96,000 + 24,000 + 0) / (35 x 48 = 1,680) = 71.43
	});

	it("follows the weeks-a-year setting", () => {
		const m = build(streams, settingsWith({ weeksPerYear: 40 })).measures;
		expect(m.streams.find((s) => s.name === "Anchor")?.hourlyRate).toBe(120); // 96,000 / (20 x 40 = 800)
	});

	it("has no rate without hours or revenue; the total counts only streams with both known", () => {
		const m = build([active("No hours", null, 5000), active("Passive", 0, 4800), active("No revenue", 10, null), active("Worked", 10, 9600)]).measures;
		// Worked: 9,600 / (10 x 48 = 480) = 20; the others have no rate of their own
		expect(m.streams.map((s) => [s.name, s.hourlyRate])).toEqual([["No hours", null], ["No revenue", null], ["Passive", null], ["Worked", 20]]);
		// Total: Passive and Worked have both figures: (4,800 + 9,600) / ((0 + 10) x 48 = 480) = 30
		expect(m.total.hourlyRate).toBe(30);
		expect(build([active("No hours", null, 5000)]).measures.total.hourlyRate).toBeNull();
	});

	it("per reviewed quarter: income over hours a week x 12 weeks (a quarter of 48), per stream and in total", () => {
		const notes = [...streams, ...reviewsFrom("2026-Q1", 1, () => [["Anchor", 20, 24000], ["Client", 15, 9000], ["Seed", 5, 0]])];
		const m = build(notes).measures;
		const quarter = (name: string) => m.streams.find((s) => s.name === name)?.quarters[0];
		expect(quarter("Anchor")).toMatchObject({ quarter: "2026-Q1", hoursPerWeek: 20, income: 24000, hourlyRate: 100 }); // 24,000 / (20 x 12 = 240)
		expect(quarter("Client")?.hourlyRate).toBe(50); // 9,000 / (15 x 12 = 180)
		expect(quarter("Seed")?.hourlyRate).toBe(0);
		// Total: 33,000 / (40 h x 12 = 480) = 68.75
		expect(m.total.quarters).toEqual([{ quarter: "2026-Q1", hoursPerWeek: 40, income: 33000, hourlyRate: 68.75, energy: null }]);
	});
});

describe("concentration", () => {
	it("HHI of the active streams' income and the effective number of streams", () => {
		const m = build([...streams, active("Old job", 40, 200000, { status: "retired" })]).measures;
		// Shares 80% and 20% (Seed 0%, the retired stream left out): HHI = 80² + 20² + 0² = 6,400 + 400 = 6,800
		expect(m.concentration.hhi).toBeCloseTo(6800, 9);
		expect(m.concentration.effectiveNumber).toBeCloseTo(10000 / 6800, 9); // 1.47 streams
		expect(m.concentration.largestShare).toBe(80);
	});

	it("four equal streams count as four", () => {
		const m = build(["A", "B", "C", "D"].map((n) => active(n, 10, 25000))).measures;
		expect(m.concentration.hhi).toBe(2500); // 4 x 25² = 2,500
		expect(m.concentration.effectiveNumber).toBe(4);
	});

	it("says nothing without income", () => {
		const m = build([active("Seed", 5, 0)]).measures;
		expect(m.concentration).toEqual({ hhi: null, effectiveNumber: null, largestShare: null });
	});
});

describe("runway if a stream stops", () => {
	it("months the cash buffer lasts: buffer / (monthly costs - the others' monthly income)", () => {
		const m = build(streams, settingsWith({ cashBuffer: 30000, monthlyCosts: 6000 })).measures;
		expect(m.runway?.streams).toEqual([
			// Anchor stops: the others bring (24,000 + 0) / 12 = 2,000 a month; 30,000 / (6,000 - 2,000) = 7.5 months
			{ path: "Streams/Anchor.md", name: "Anchor", monthlyIncomeLeft: 2000, months: 7.5 },
			// Client stops: 96,000 / 12 = 8,000 a month covers the 6,000 of costs: the buffer is never touched
			{ path: "Streams/Client.md", name: "Client", monthlyIncomeLeft: 8000, months: null },
			// Seed stops: 120,000 / 12 = 10,000 a month
			{ path: "Streams/Seed.md", name: "Seed", monthlyIncomeLeft: 10000, months: null },
		]);
	});

	it("is not computed until both the cash buffer and the monthly costs are set", () => {
		expect(build(streams, settingsWith({ cashBuffer: 30000 })).measures.runway).toBeNull();
		expect(build(streams, settingsWith({ monthlyCosts: 6000 })).measures.runway).toBeNull();
	});
});
