// A stream name of one long word (no space to break at) on a phone (390 px) and in a sidebar
// (320 px): nothing makes the pane scroll sideways, and no name is cut off by the box it sits in.
// Names with spaces wrap on their own; a single word needs the styles to allow a break inside it.
import { describe, expect, it } from "vitest";
import { measureLayout } from "./layout-metrics";
import { useHarness } from "./use-harness";

const LONG_WORD = "NoNumbersAtAllButAVeryLongSingleWordNameWithoutAnySpacesWhatsoeverToBreak";
const LONG_PHRASE = "Extraordinarily long stream name about the international comparative research programme on fatigue";

const stream = (role: string, hours: number, revenue: number, ...more: string[]): string =>
	["---", "tags: portfolio/stream", `role: ${role}`, `hours-per-week: ${hours}`, `annual-revenue: ${revenue}`, ...more, "---", ""].join("\n");
const review = (quarter: string, income: number): string =>
	[
		"---",
		"tags: portfolio/review",
		`quarter: ${quarter}`,
		"actuals:",
		...[[LONG_WORD, 3, income], [LONG_PHRASE, 5, 1000], ["Other", 20, 7500]].flatMap(([name, hours, money]) => [`  - stream: "[[${name}]]"`, `    hours-per-week: ${hours}`, `    income: ${money}`]),
		"learnings:",
		`  - "[[Other]] -> [[${LONG_WORD}]]: pricing."`,
		"---",
		"",
	].join("\n");

// Both names everywhere a name is shown: tables, legends, the week, trends and their small multiples,
// the graph's lists (the anchor teaches the long word, never observed), the roadmap, a scenario's
// comparison, the findings and the learnings filter.
const VAULT: Record<string, string> = {
	[`Streams/${LONG_WORD}.md`]: stream("seed", 3, 1000, "time-blocks:", '  - "Mon 09:00-12:00"'),
	[`Streams/${LONG_PHRASE}.md`]: stream("client", 5, 4000, "time-blocks:", '  - "Mon 11:00-13:00"'),
	"Streams/Other.md": stream("anchor", 20, 30000, "teaches:", `  - "[[${LONG_WORD}]]"`, `  - "[[${LONG_PHRASE}]]"`),
	...Object.fromEntries(["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"].map((quarter, i) => [`Reviews/${quarter} review.md`, review(quarter, 200 * (i + 1))])),
	"Scenarios/More seed.md": ["---", "tags: portfolio/scenario", "changes:", `  - stream: "[[${LONG_WORD}]]"`, "    hours-per-week: 8", "---", ""].join("\n"),
};

/**
 * Runs in the page: the texts in the pane that a box clipping its overflow (a table's scroller, a
 * card) cuts off, each as "text: px cut". Measured on the text itself (a Range), not its element.
 */
const clippedTexts = (): string[] => {
	const pane = document.querySelector(".pj-view")!;
	const cut: string[] = [];
	const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const el = node.parentElement;
		if (!el || (node.textContent ?? "").trim() === "" || !el.checkVisibility({ checkVisibilityCSS: true })) continue;
		const range = document.createRange();
		range.selectNodeContents(node);
		const text = range.getBoundingClientRect();
		if (text.width === 0) continue;
		for (let box: Element | null = el; box && box !== pane.parentElement; box = box.parentElement) {
			const style = getComputedStyle(box);
			if (style.overflowX === "visible") continue;
			const r = box.getBoundingClientRect();
			// A visually hidden header is a 1 px box: its text is meant to be out of sight.
			if (r.width <= 1) break;
			const over = Math.max(text.right - r.right, r.left - text.left);
			if (over > 0.5) cut.push(`${(node.textContent ?? "").slice(0, 40)} in ${box.className}: ${Math.round(over)} px`);
		}
	}
	return cut;
};

describe("long stream names on narrow panes", () => {
	const harness = useHarness();

	it("neither scroll the pane sideways nor get cut off, at 390, 320 and 1200 px in both themes", async () => {
		const pj = await harness().open({ vault: VAULT, width: 390, height: 844, theme: "light", today: "2026-11-20" });
		try {
			await pj.openDashboard();
			await pj.chartsDrawn();
			// Open every disclosure: the tables inside show names too.
			await pj.page.evaluate(() => {
				for (const details of document.querySelectorAll("details")) details.open = true;
			});
			for (const theme of ["light", "dark"] as const) {
				await pj.setTheme(theme);
				for (const width of [390, 320, 1200]) {
					await pj.page.setViewportSize({ width, height: 844 });
					await pj.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
					const at = `${theme} ${width} px`;
					expect(await pj.page.evaluate(() => document.documentElement.scrollWidth), at).toBeLessThanOrEqual(width);
					expect((await pj.page.evaluate(measureLayout, ".pj-view")).overflowPx, at).toBeLessThanOrEqual(0.5);
					expect(await pj.page.evaluate(clippedTexts), at).toEqual([]);
				}
			}
			await pj.screenshot("long-word-name-320");
		} finally {
			await pj.close();
		}
	});
});
