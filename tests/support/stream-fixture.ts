// A Stream as the model holds it, for tests that draw or render a portfolio built by hand.
import type { Stream } from "../../src/core/types";

/** A stream with nothing set but its name; active by default. */
export function stream(name: string, over: Partial<Stream> = {}): Stream {
	return {
		name,
		path: `Streams/${name}.md`,
		role: null,
		category: null,
		status: "active",
		hoursPerWeek: null,
		annualRevenue: null,
		volatility: null,
		targetTime: null,
		targetIncome: null,
		automationRisk: null,
		currency: null,
		start: null,
		end: null,
		timeBlocks: [],
		timeShare: null,
		incomeShare: null,
		timeDrift: null,
		incomeDrift: null,
		...over,
	};
}
