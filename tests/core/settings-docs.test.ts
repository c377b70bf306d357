// The README's list of data.json keys is the settings' own: a setting added to the defaults (or a
// threshold) and not to the README, or a key the README names that no setting has, fails here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, DEFAULT_THRESHOLDS } from "../../src/core/settings";

const README = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");

/** The keys the README's data.json table names in its first column (several a row, `a`, `b`). */
function documentedKeys(): string[] {
	const start = README.indexOf("<!-- settings-keys:start -->");
	const end = README.indexOf("<!-- settings-keys:end -->");
	expect(start).toBeGreaterThan(-1);
	const rows = README.slice(start, end).split("\n").filter((line) => /^\s*\| `/u.test(line));
	return rows.flatMap((row) => [...(row.split("|")[1] ?? "").matchAll(/`([^`]+)`/gu)].map((m) => m[1] ?? ""));
}

describe("the README's data.json keys", () => {
	it("are exactly the settings and their thresholds", () => {
		const keys = [...Object.keys(DEFAULT_SETTINGS), ...Object.keys(DEFAULT_THRESHOLDS).map((key) => `thresholds.${key}`)];
		expect(documentedKeys().sort()).toEqual(keys.sort());
	});

	it("give each key's default as saved", () => {
		const start = README.indexOf("<!-- settings-keys:start -->");
		const table = README.slice(start, README.indexOf("<!-- settings-keys:end -->"));
		for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
			if (key === "thresholds") continue;
			expect(table).toContain(`| \`${key}\` | \`${JSON.stringify(value)}\` |`);
		}
	});
});
