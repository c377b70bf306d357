// A page taller than Chromium can capture in one image: a full-page screenshot past 8192 px (the
// compositor's largest texture) starts again from the top. Such a page is saved in numbered parts.
import { join } from "node:path";
import type { Page } from "playwright-core";

/** The tallest part, in CSS pixels: under 8192 with room for a device scale of 1. */
export const MAX_PART_PX = 8000;

/**
 * Saves the whole page as `<base>.png`, or, when it is taller than MAX_PART_PX, as
 * `<base>-part1.png`, `<base>-part2.png`, … from the top, each up to MAX_PART_PX tall. Returns the
 * file names written (in `dir`) and the page's height.
 */
export async function screenshotInParts(page: Page, dir: string, base: string): Promise<{ files: string[]; height: number }> {
	const { width, height } = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
	if (height <= MAX_PART_PX) {
		await page.screenshot({ path: join(dir, `${base}.png`), fullPage: true });
		return { files: [`${base}.png`], height };
	}
	const files: string[] = [];
	for (let top = 0; top < height; top += MAX_PART_PX) {
		const file = `${base}-part${files.length + 1}.png`;
		// Scrolled to the part, the clip lies inside the captured area and no texture grows past the limit.
		await page.evaluate((y) => window.scrollTo(0, y), top);
		await page.screenshot({ path: join(dir, file), fullPage: true, clip: { x: 0, y: top, width, height: Math.min(MAX_PART_PX, height - top) } });
		files.push(file);
	}
	return { files, height };
}
