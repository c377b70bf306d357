// A `portfolio` code block follows a theme switch as the dashboard pane does: its charts take the
// new theme's colours, pixel for pixel those of a block drawn in that theme from the start.
import { describe, expect, it } from "vitest";
import { useHarness } from "./use-harness";

/**
 * The five colours most of the first chart of the n-th code block is drawn in (its bars and its axis
 * text), sorted. Edges smoothed against the background differ between a chart updated in place and
 * one drawn afresh, and are left out.
 */
function blockColors(n: number): string {
	const canvas = document.querySelectorAll(".pj-block")[n]?.querySelector("canvas");
	if (!canvas || canvas.width === 0) return "";
	const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
	const counts = new Map<string, number>();
	for (let i = 0; i < data.length; i += 4) {
		if (data[i + 3]! < 200) continue;
		const rgb = `${data[i]},${data[i + 1]},${data[i + 2]}`;
		counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
	}
	return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([rgb]) => rgb).sort().join(" ");
}

describe("code block and theme", () => {
	const harness = useHarness();

	it("redraws its charts in the new theme's colours after a switch", async () => {
		const pj = await harness().open({ vault: "freelance-researcher", width: 800, theme: "light" });
		try {
			const render = () => pj.page.evaluate(async () => void (await window.__pj.app!.renderCodeBlock("portfolio", "section: trends", "Notes/Block.md")));
			await render();
			await expect.poll(() => pj.page.evaluate(blockColors, 0), { timeout: 5000 }).not.toBe("");
			const light = await pj.page.evaluate(blockColors, 0);

			await pj.setTheme("dark");
			// A second block, drawn in the dark theme from the start, is what the first should now look like.
			await render();
			await expect.poll(() => pj.page.evaluate(blockColors, 1), { timeout: 5000 }).not.toBe("");
			const dark = await pj.page.evaluate(blockColors, 1);
			expect(dark).not.toBe(light);
			await expect.poll(() => pj.page.evaluate(blockColors, 0), { timeout: 5000 }).toBe(dark);
			await pj.screenshot("code-block-after-theme-switch");
		} finally {
			await pj.close();
		}
	});
});
