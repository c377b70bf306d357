// The bench's arithmetic and verdicts: quantiles are real samples, budgets read as DESIGN asks.
import { describe, expect, it } from "vitest";
import { FIGURE_KEYS, formatTable, judge, type BenchResult, type Figures } from "../support/bench-report";
import { median, quantile } from "../support/bench-stats";

function figures(over: Partial<Figures>): Figures {
	const base = Object.fromEntries(FIGURE_KEYS.map((k) => [k, 1])) as Figures;
	return { ...base, ...over };
}

describe("median and quantile", () => {
	it("take the middle of the sorted samples, and p95 is a measured sample", () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		const samples = Array.from({ length: 40 }, (_, i) => 40 - i);
		expect(quantile(samples, 0.95)).toBe(38);
		expect(quantile([7], 0.95)).toBe(7);
		expect(median([])).toBeNaN();
	});
});

describe("judge", () => {
	it("passes a single change over 2 ms only when it is at most a tenth of a full rebuild", () => {
		expect(judge(figures({ singleChangeMs: 1.9, fullRebuild10kMs: 5 }), 10).singleChange?.pass).toBe(true);
		expect(judge(figures({ singleChangeMs: 3, fullRebuild10kMs: 40 }), 10).singleChange?.pass).toBe(true);
		expect(judge(figures({ singleChangeMs: 3, fullRebuild10kMs: 20 }), 10).singleChange?.pass).toBe(false);
	});

	it("holds each figure to its budget, and leaves a missing figure without a verdict", () => {
		const verdicts = judge(figures({ coreBuild10kMedianMs: 5, growth10kTo50k: 1, burstRebuilds: 5, mainJsBytes: 220 * 1024 - 1, dashboard500Ms: null }), 301);
		expect(verdicts.coreBuild10k?.pass).toBe(false);
		expect(verdicts.growth10kTo50k?.pass).toBe(true);
		expect(verdicts.burstRebuilds?.pass).toBe(false);
		expect(verdicts.mainJsSize?.pass).toBe(true);
		expect(verdicts.dashboard500).toEqual({ limit: "< 500 ms", value: null, pass: null });
		expect(verdicts.benchDuration?.pass).toBe(false);
	});
});

describe("formatTable", () => {
	it("shows a missing figure as n/a with its reason, and a failed budget as FAIL", () => {
		const f = figures({ dashboard5Ms: null, coreBuild50kMedianMs: 31 });
		const result: BenchResult = { ...f, budgets: judge(f, 10), unmeasured: { dashboard5Ms: "no browser" }, checks: {}, sizes: {}, benchSeconds: 10 };
		const table = formatTable(result);
		expect(table).toMatch(/^dashboard5Ms +n\/a +\(no browser\)$/m);
		expect(table).toMatch(/^coreBuild50k +median < 30 ms +31 +FAIL$/m);
	});
});
