// The benchmark's synthetic vaults: deterministic, the sizes asked for, and the same notes in memory and on disk.
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { generateVault, noteText, quartersBefore, writeVault } from "../support/generate-vault";

const small = { notes: 300, streams: 5, quarters: 4 };

function frontmatterOf(text: string): unknown {
	if (!text.startsWith("---\n")) return null;
	return parse(text.slice(4, text.indexOf("\n---\n", 3) + 1));
}

describe("generateVault", () => {
	it("gives the same notes for the same seed and different notes for another", () => {
		const a = generateVault({ ...small, seed: 7 });
		expect(generateVault({ ...small, seed: 7 }).notes).toEqual(a.notes);
		expect(generateVault({ ...small, seed: 8 }).notes).not.toEqual(a.notes);
	});

	it("makes N notes of which S are tagged streams and one review per quarter", () => {
		const vault = generateVault({ notes: 1000, streams: 50, quarters: 12 });
		expect(vault.inputs).toHaveLength(1000);
		expect(new Set(vault.paths).size).toBe(1000);
		const tagged = (tag: string) => vault.inputs.filter((n) => n.tags.some((t) => t.toLowerCase() === `#${tag}`)).map((n) => n.path);
		expect(tagged("portfolio/stream")).toEqual(vault.streamPaths);
		expect(tagged("portfolio/review")).toEqual(vault.reviewPaths);
		expect(vault.reviewPaths).toHaveLength(12);
	});

	it("names the quarters before the one that contains today, oldest first", () => {
		expect(quartersBefore("2026-05-15", 3)).toEqual(["2025-Q3", "2025-Q4", "2026-Q1"]);
		expect(quartersBefore("2026-01-01", 1)).toEqual(["2025-Q4"]);
	});

	it("uses the lenient forms a real vault has: formatted numbers, link variants, inline stream tags", () => {
		const vault = generateVault({ notes: 2000, streams: 200, quarters: 12 });
		const streams = vault.notes.slice(0, 200);
		const revenues = streams.map((n) => n.frontmatter?.["annual-revenue"]);
		expect(revenues.some((v) => typeof v === "string" && v.includes(","))).toBe(true);
		expect(revenues.some((v) => typeof v === "string" && v.endsWith("k"))).toBe(true);
		expect(revenues.some((v) => typeof v === "number")).toBe(true);
		const links = JSON.stringify(streams.map((n) => n.frontmatter?.funds ?? []));
		expect(links).toMatch(/\[\[[^\]|]+\|[^\]]+\]\]/);
		expect(links).toMatch(/\[\[Streams\//);
		expect(streams.some((n) => n.frontmatter?.tags === undefined && n.body.startsWith("#portfolio/stream"))).toBe(true);
	});

	it("writes files whose frontmatter parses back to exactly the in-memory frontmatter", async () => {
		const vault = generateVault(small);
		const dir = await mkdtemp(join(tmpdir(), "pj-gen-"));
		try {
			await writeVault(vault, dir);
			const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".md"));
			expect(files).toHaveLength(vault.notes.length);
			for (const note of vault.notes) {
				const text = await readFile(join(dir, note.path), "utf8");
				expect(text).toBe(noteText(note));
				expect(frontmatterOf(text)).toEqual(note.frontmatter);
			}
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
