// The shipped main.js (run `npm run build` first): nothing that runs note text as code, no network,
// no Node or Electron, and no bundled `yaml` (the plugin uses Obsidian's parseYaml).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "../..");
const bundlePath = join(root, "main.js");

describe("plugin bundle", () => {
	it("exists: build before testing", () => {
		expect(existsSync(bundlePath), "main.js is missing: run npm run build").toBe(true);
	});

	const bundle = existsSync(bundlePath) ? readFileSync(bundlePath, "utf8") : "";

	it.each(["innerHTML", "outerHTML", "insertAdjacentHTML", "eval(", "new Function", "fetch(", "XMLHttpRequest", "WebSocket", "sendBeacon"])("does not contain %s", (needle) => {
		expect(bundle).not.toContain(needle);
	});

	it("requires nothing but obsidian at run time", () => {
		const required = [...bundle.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
		expect(new Set(required)).toEqual(new Set(["obsidian"]));
	});

	it("does not bundle the yaml library", () => {
		// Error texts only the yaml package carries.
		for (const marker of ["YAMLParseError", "Implicit map keys need to be", "yaml.org,2002"]) expect(bundle).not.toContain(marker);
	});

	it("pulls in no dependency by accident (the 300 KiB budget itself is the bench's verdict)", () => {
		// The bench reports the exact figure; this catches a dependency pulled in by accident (date-fns
		// `format` alone adds about 19 KB, ical-generator 37 KB, all of chart.js instead of the parts we
		// register about 100 KB). 268 KiB with the property table, the map form, scenarios and the
		// Roadmap and Compare sections, plus about 8 KiB of wrappers that evaluate chart.js on first
		// draw; what users feel is the time to load (the bench's loadMs). The measures from the reviews add
		// about 23 KiB (2.7 KiB of simple-statistics), the Week section about 6 KiB, the reading and
		// measures fixes of the last round and the sliced drawing about 15 KiB: about 322 KiB, over the
		// bench's 300 KiB budget, which `npm run bench` reports as missed until the bundle makes room.
		// The smallest accidental dependency above (19 KB) still trips this line.
		expect(Buffer.byteLength(bundle)).toBeLessThan(340 * 1024);
	});

	it("is declared as working on mobile", () => {
		const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as { isDesktopOnly: boolean };
		expect(manifest.isDesktopOnly).toBe(false);
	});
});
