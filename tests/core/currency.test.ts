// Streams in another currency: amounts turned into the vault currency, or missing (and reported) without a rate.
import { describe, expect, it } from "vitest";
import { formatVolatility } from "../../src/core/measure-format";
import { mergeSettings } from "../../src/core/settings";
import { build, codesFor, settingsWith } from "./helpers";
import { active, reviewsFrom } from "./measures-helpers";

const rates = settingsWith({ currency: "USD", exchangeRates: { EUR: 1.1 } });

describe("currencies", () => {
	it("turns a stream's own currency into the vault currency: totals, shares and rates follow", () => {
		const p = build([active("Home", 10, 40000), active("Berlin client", 10, 10000, { currency: "eur" })], rates);
		const berlin = p.streams.find((s) => s.name === "Berlin client");
		expect(berlin?.currency).toBe("EUR");
		expect(berlin?.annualRevenue).toBeCloseTo(11000, 9); // 10,000 EUR x 1.1 = 11,000 USD
		expect(p.totals.annualRevenue).toBeCloseTo(51000, 9); // 40,000 + 11,000
		expect(berlin?.incomeShare).toBeCloseTo((11000 * 100) / 51000, 9); // 21.6%
		expect(p.measures.streams.find((s) => s.name === "Berlin client")?.hourlyRate).toBeCloseTo(11000 / 480, 9); // 22.92 an hour
		expect(p.diagnostics).toEqual([]);
	});

	it("converts review actuals too", () => {
		const p = build([active("Home", 10, 40000), active("Berlin client", 10, 10000, { currency: "EUR" }), ...reviewsFrom("2026-Q1", 1, () => [["Home", 10, 10000], ["Berlin client", 10, 2500]])], rates);
		const review = p.reviews[0];
		expect(review?.actuals.find((a) => a.stream === "Streams/Berlin client.md")?.income).toBeCloseTo(2750, 9); // 2,500 x 1.1
		expect(review?.totals.income).toBeCloseTo(12750, 9); // 10,000 + 2,750
	});

	it("a currency without a rate is a diagnostic, and its amounts count as missing", () => {
		const notes = [active("Home", 10, 40000), active("London client", 10, 9000, { currency: "GBP" }), ...reviewsFrom("2026-Q1", 1, () => [["Home", 10, 10000], ["London client", 10, 2000]])];
		const p = build(notes, rates);
		expect(codesFor(p, "Streams/London client.md")).toEqual(["missing-exchange-rate"]);
		expect(p.diagnostics[0]?.message).toBe("Streams/London client.md, currency: GBP has no exchange rate to USD; add one in the settings (exchange rates). Until then this stream's amounts count as missing.");
		expect(p.streams.find((s) => s.name === "London client")?.annualRevenue).toBeNull();
		expect(p.totals.annualRevenue).toBe(40000); // Home alone: pounds are never added as dollars
		expect(p.reviews[0]?.actuals.find((a) => a.stream === "Streams/London client.md")?.income).toBeNull();
		expect(p.reviews[0]?.totals.income).toBe(10000);
	});

	it("measures a stream's reviews in the vault currency: rates, volatility and forecast", () => {
		// Berlin client: 1,000, 2,000, 3,000, 4,000 euros x 1.1 = 1,100, 2,200, 3,300, 4,400 dollars.
		const p = build([active("Berlin client", 10, 10000, { currency: "EUR" }), ...reviewsFrom("2025-Q1", 4, (i) => [["Berlin client", 10, (i + 1) * 1000]])], rates);
		const berlin = p.measures.streams[0];
		// 2025-Q4: 4,400 / (10 h x 12 weeks = 120 h) = 36.67 an hour.
		expect(berlin?.quarters.at(-1)?.hourlyRate).toBeCloseTo(4400 / 120, 9);
		// Mean 2,750; deviations -1,650, -550, 550, 1,650; squares 2,722,500 x 2 + 302,500 x 2 = 6,050,000;
		// sample sd sqrt(6,050,000 / 3) = 1,420.1; CV 1,420.1 / 2,750 = 0.516 (the same in euros: a ratio).
		expect(berlin?.volatility.coefficientOfVariation).toBeCloseTo(Math.sqrt(6050000 / 3) / 2750, 9);
		// A straight line, +1,100 dollars a quarter: 5,500, 6,600, 7,700, 8,800.
		expect(berlin?.forecast.slopePerQuarter).toBeCloseTo(1100, 9);
		[5500, 6600, 7700, 8800].forEach((income, i) => expect(berlin?.forecast.next[i]?.income).toBeCloseTo(income, 9));
	});

	it("gives a stream whose currency has no rate no measure at all, rather than pounds counted as dollars", () => {
		const notes = [active("Home", 10, 40000), active("London client", 10, 9000, { currency: "GBP" }), ...reviewsFrom("2025-Q1", 4, (i) => [["Home", 10, 10000 + 1000 * i], ["London client", 10, 2000]])];
		const p = build(notes, rates);
		const london = p.measures.streams.find((s) => s.name === "London client");
		expect(london?.hourlyRate).toBeNull();
		expect(london?.quarters.map((q) => [q.income, q.hourlyRate])).toEqual(Array(4).fill([null, null]));
		// Four reviews, none of them in dollars: the reason is the missing rate, not too few reviews.
		expect(london?.volatility).toEqual({ coefficientOfVariation: null, band: null, quarters: 0, reason: "no exchange rate" });
		expect(london?.forecast).toEqual({ basedOn: [], slopePerQuarter: null, next: [], reason: "no exchange rate" });
		expect(formatVolatility(london!.volatility)).toBe("no exchange rate for its currency");
		// Home alone is all the income: one stream, HHI 100² = 10,000, one effective stream.
		expect(p.measures.concentration).toEqual({ hhi: 10000, effectiveNumber: 1, largestShare: 100 });
		// The total is Home's 10,000, 11,000, 12,000, 13,000: +1,000 a quarter, 14,000 next (not 16,000 with the pounds).
		expect(p.measures.total.forecast.next[0]).toEqual({ quarter: "2026-Q1", income: 14000 });
	});

	it("the vault's own currency needs no rate", () => {
		const p = build([active("Home", 10, 40000, { currency: "USD" })], rates);
		expect(p.streams.map((s) => [s.name, s.currency, s.annualRevenue])).toEqual([["Home", "USD", 40000]]);
		expect(p.diagnostics).toEqual([]);
	});

	it("a currency that is not a code is reported, and its amounts count as missing as without a rate, never as vault money", () => {
		const notes = [
			active("Home", 10, 40000),
			active("Tokyo client", 10, 250000, { currency: "Japanese yen" }),
			active("Odd", 10, 1000, { currency: "EURO" }),
			...reviewsFrom("2025-Q1", 4, (i) => [["Home", 10, 10000 + 1000 * i], ["Tokyo client", 10, 60000], ["Odd", 10, 250]]),
		];
		const p = build(notes, rates);
		// One error each, the one that says what is wrong: no second "has no exchange rate".
		expect(codesFor(p, "Streams/Tokyo client.md")).toEqual(["invalid-currency"]);
		expect(codesFor(p, "Streams/Odd.md")).toEqual(["invalid-currency"]);
		// The currency as written stays in the model (the report shows what the note says).
		expect(p.streams.map((s) => [s.name, s.currency, s.annualRevenue])).toEqual([
			["Home", null, 40000],
			["Odd", "EURO", null],
			["Tokyo client", "Japanese yen", null],
		]);
		// Home alone: 40,000, not 40,000 + 250,000 + 1,000 = 291,000.
		expect(p.totals.annualRevenue).toBe(40000);
		expect(p.reviews[3]?.totals.income).toBe(13000); // Home's 10,000 + 3 x 1,000; yen and "euros" left out
		const tokyo = p.measures.streams.find((s) => s.name === "Tokyo client");
		expect(tokyo?.hourlyRate).toBeNull();
		expect(tokyo?.volatility.reason).toBe("no exchange rate");
		// Home alone is all the income: HHI 100² = 10,000 (with the yen counted it would be far lower).
		expect(p.measures.concentration.hhi).toBe(10000);
	});
});

describe("a vault currency written as a symbol", () => {
	const notes = (code: string) => [active("Home", 10, 40000), active("Client", 10, 10000, { currency: code }), ...reviewsFrom("2026-Q1", 1, () => [["Home", 10, 10000], ["Client", 10, 2500]])];

	it("is the one code it stands for: a GBP stream in a £ vault is vault money, no rate needed", () => {
		for (const [symbol, code] of [["£", "GBP"], ["€", "EUR"], ["₹", "INR"]]) {
			const p = build(notes(code ?? ""), settingsWith({ currency: symbol }));
			expect(p.diagnostics).toEqual([]);
			expect(p.totals.annualRevenue).toBe(40000 + 10000);
			expect(p.reviews[0]?.totals.income).toBe(10000 + 2500);
		}
	});

	it("that stands for several currencies names none: a USD stream in a $ vault needs a rate, and the error says how to fix it", () => {
		const p = build(notes("USD"), settingsWith({ currency: "$" }));
		expect(codesFor(p, "Streams/Client.md")).toEqual(["missing-exchange-rate"]);
		expect(p.diagnostics[0]?.message).toBe(
			"Streams/Client.md, currency: USD has no exchange rate to $; add one in the settings (exchange rates), or set the vault currency to USD if that is what $ means (it stands for several currencies). Until then this stream's amounts count as missing.",
		);
		expect(p.totals.annualRevenue).toBe(40000);
		// With a rate it converts: 10,000 CAD x 0.75 = 7,500.
		const cad = build(notes("CAD"), settingsWith({ currency: "$", exchangeRates: { CAD: 0.75 } }));
		expect(cad.totals.annualRevenue).toBe(40000 + 0.75 * 10000);
	});
});

describe("measure settings", () => {
	it("keeps valid values and ignores the rest", () => {
		const s = mergeSettings({
			weeksPerYear: 46,
			exchangeRates: { eur: 1.1, GBP: -1, XX: 2, CHF: "1.05", JPY: 0.0067 },
			cashBuffer: 30000,
			monthlyCosts: "lots",
			thresholds: { stableBelow: 0.1, volatileAbove: -1 },
		});
		expect(s.weeksPerYear).toBe(46);
		expect(s.exchangeRates).toEqual({ EUR: 1.1, JPY: 0.0067 });
		expect(s.cashBuffer).toBe(30000);
		expect(s.monthlyCosts).toBeNull();
		expect(s.thresholds.stableBelow).toBe(0.1);
		expect(s.thresholds.volatileAbove).toBe(0.5);
	});

	it("refuses weeks a year outside 1 to 53 and starts with runway off", () => {
		expect(mergeSettings({ weeksPerYear: 0 }).weeksPerYear).toBe(48);
		expect(mergeSettings({ weeksPerYear: 60 }).weeksPerYear).toBe(48);
		expect(mergeSettings({}).cashBuffer).toBeNull();
		expect(mergeSettings({ cashBuffer: null, monthlyCosts: 0 }).monthlyCosts).toBe(0);
	});
});
