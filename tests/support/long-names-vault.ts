// A vault of twelve active streams with the long, realistic names people give them, four reviewed
// quarters and learnings between many pairs: the dashboard's hardest everyday case (long labels,
// more streams than the palette has colours, a dense graph). Deterministic: the same notes every time.

/** The streams: name, role, hours a week, income a year, target time and income (each sums to 100). */
const STREAMS = [
	["Freelance research and evaluation consulting", "anchor", 14, 52000, 30, 40],
	["University teaching fellowship (part-time)", "anchor", 8, 21000, 16, 16],
	["Community housing organising collective", "seed", 3, 0, 6, 0],
	["Open-source accessibility toolkit maintenance", "leverage", 4, 3000, 8, 2],
	["Quarterly industry newsletter and sponsorships", "leverage", 3, 6000, 6, 5],
	["Online course: evidence-based product decisions", "leverage", 2, 9000, 4, 8],
	["Board advisory role at a regional food cooperative", "client", 2, 4000, 4, 3],
	["Conference speaking and workshop facilitation", "client", 3, 8000, 6, 7],
	["Angel investments in early-stage climate startups", "seed", 1, 0, 2, 0],
	["Grant writing for arts nonprofits", "client", 4, 9000, 8, 8],
	["Podcast on portfolio careers", "seed", 2, 1000, 4, 1],
	["Translation work (German to English)", "client", 4, 10000, 6, 10],
] as const;

const QUARTERS = ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"];

/** The day the vault is meant to be looked at: the last finished quarter (2026-Q3) is reviewed. */
export const LONG_NAMES_TODAY = "2026-11-15";

/** Every note of the vault as path -> text (Streams/<name>.md and Reviews/<quarter> review.md). */
export function longNamesVault(): Record<string, string> {
	const files: Record<string, string> = {};
	const names = STREAMS.map(([name]) => name);
	STREAMS.forEach(([name, role, hours, revenue, targetTime, targetIncome], i) => {
		// Each stream funds or teaches its neighbours on the list: a connected, busy graph.
		const next = names[(i + 1) % names.length] ?? "";
		const after = names[(i + 3) % names.length] ?? "";
		const edge = i % 3 === 0 ? "funds" : "teaches";
		files[`Streams/${name}.md`] = [
			"---",
			"tags: [portfolio/stream]",
			`role: ${role}`,
			"status: active",
			`hours-per-week: ${hours}`,
			`annual-revenue: ${revenue}`,
			`target-time: ${targetTime}`,
			`target-income: ${targetIncome}`,
			`${edge}:`,
			`  - "[[${next}]]"`,
			`  - "[[${after}]]"`,
			"---",
			`# ${name}`,
			"",
		].join("\n");
	});
	QUARTERS.forEach((quarter, q) => {
		const actuals = STREAMS.flatMap(([name, , hours, revenue]) => [
			`  - stream: "[[${name}]]"`,
			`    hours-per-week: ${hours + ((q + name.length) % 3) - 1 > 0 ? hours + ((q + name.length) % 3) - 1 : hours}`,
			`    income: ${Math.round((revenue / 4) * (0.85 + 0.1 * q))}`,
		]);
		// A few learnings a quarter, between different pairs each time; most streams stay silent.
		const learnings = [0, 1, 2].map((k) => {
			const from = names[(q * 3 + k) % names.length] ?? "";
			const to = names[(q * 3 + k + 2) % names.length] ?? "";
			return `  - "[[${from}]] -> [[${to}]]: What one practice taught the other in ${quarter}, written out in a full sentence."`;
		});
		files[`Reviews/${quarter} review.md`] = ["---", "tags: [portfolio/review]", `quarter: ${quarter}`, "actuals:", ...actuals, "learnings:", ...learnings, "---", `# ${quarter} review`, ""].join("\n");
	});
	return files;
}
