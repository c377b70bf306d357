// The text report of issue 11, defect 6: what needs doing first, the anchor first, each note's path
// once, and a warning when the folder may not be a vault.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, seed } from "./helpers";

describe("the text report", () => {
	it("opens with a health summary, then the findings, before the streams", () => {
		const out = cli(["report", seed("portfolio-executive"), "--today", "2026-11-21"]).out;
		const lines = out.split("\n");
		// Third line after the title and the date line (and a blank): 3 warnings (missing-review,
		// isolated-stream, the planted overlapping-blocks) and 1 note (silent-stream), no diagnostics.
		expect(lines[3]).toBe("Health: 3 warnings, 1 note (details below).");
		expect(out.indexOf("Findings (4)")).toBeLessThan(out.indexOf("Active streams"));
	});

	it("lists the anchor first among the active streams", () => {
		const out = cli(["report", seed("portfolio-executive"), "--today", "2026-11-21"]).out;
		// Up to the planned streams ("Not counted now": the Leadership cohort), which are not active.
		const streamsBlock = out.slice(out.indexOf("Active streams"), out.indexOf("Not counted now"));
		const names = [...streamsBlock.matchAll(/^ {2}(\S[^:(]*?) \(/gmu)].map((m) => m[1]);
		// Fractional people chief is the anchor; the others follow by name, as before.
		expect(names).toEqual(["Fractional people chief", "Advisor shares", "AI tools", "Book and courses", "Newsletter"]);
	});

	it("says so on stderr when the folder has no Obsidian config folder, and not for a vault", () => {
		const root = mkdtempSync(join(tmpdir(), "pj-not-a-vault-"));
		try {
			writeFileSync(join(root, "notes.md"), "---\ntags: portfolio/stream\n---\n");
			const run = cli(["report", root, "--today", "2026-11-21"]);
			expect(run.code).toBe(0);
			expect(run.err).toContain("has no Obsidian config folder");
			expect(run.out).not.toContain("config folder");
			expect(cli(["report", seed("portfolio-executive"), "--today", "2026-11-21"]).err).toBe("");
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	it("labels fiscal quarters in the learnings and the reviews", () => {
		const out = cli(["report", seed("union-organiser"), "--today", "2026-11-21"]).out;
		// April start: the review of 2026-Q2 covers Jul-Sep.
		expect(out).toMatch(/^Reviews: .*FY2026-Q2 \(Jul-Sep\)$/mu);
		expect(out).toMatch(/^ {2}FY\d{4}-Q\d \([A-Z][a-z]{2}-[A-Z][a-z]{2}\) {2}/mu);
	});
});
