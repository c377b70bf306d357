// `npm run screenshots` on a dashboard taller than one image holds (twelve long-named streams at
// 320 px, about 18,000 px): it writes numbered parts, none past Chromium's 8192 px limit, each a
// different stretch of the page, and says so on stderr.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { LONG_NAMES_TODAY, longNamesVault } from "../support/long-names-vault";
import { takeScreenshots } from "./screenshots-cli";
import { MAX_PART_PX } from "./tall-screenshot";

const root = mkdtempSync(join(tmpdir(), "pj-tall-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A PNG's width and height from its IHDR chunk (bytes 16-23, big-endian; PNG specification 11.2.2). */
function pngSize(bytes: Buffer): { width: number; height: number } {
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("screenshots of a tall dashboard", () => {
	it("writes it in parts of at most 8000 px, top to bottom, and says so", async () => {
		const vault = join(root, "vault");
		for (const [path, text] of Object.entries(longNamesVault())) {
			mkdirSync(dirname(join(vault, path)), { recursive: true });
			writeFileSync(join(vault, path), text);
		}
		const out = join(root, "out");
		const stderr = vi.spyOn(console, "error").mockImplementation(() => undefined);
		const report = await takeScreenshots({ vault, widths: [320], themes: ["light"], today: LONG_NAMES_TODAY, out });
		const said = stderr.mock.calls.map((c) => String(c[0]));
		stderr.mockRestore();
		const parts = report.shots[0]?.parts ?? [];
		expect(parts.length).toBeGreaterThan(1);
		expect(parts).toEqual(parts.map((_, i) => `dashboard-light-320-part${i + 1}.png`));
		const images = parts.map((file) => readFileSync(join(out, file)));
		const sizes = images.map(pngSize);
		// Every part but the last is exactly MAX_PART_PX tall; the last holds the rest, at most that.
		for (const size of sizes.slice(0, -1)) expect(size).toEqual({ width: 320, height: MAX_PART_PX });
		expect(sizes.at(-1)?.height).toBeLessThanOrEqual(MAX_PART_PX);
		// Different stretches of the page: no part repeats another (a capture past the limit restarts from the top).
		expect(new Set(images.map((b) => b.toString("base64"))).size).toBe(images.length);
		expect(said.join("\n")).toContain(`written as ${parts.join(", ")}`);
	}, 60_000);
});
