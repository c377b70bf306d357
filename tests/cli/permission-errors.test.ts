// Notes the system will not let us read or write (second tester report, item 4). Tests run as any
// user, root included (for whom chmod changes nothing), so the refusals come from a stand-in for
// node:fs that throws the EACCES error Node throws (code, syscall, path) for the files named below.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { cli, makeVault, removeVault } from "./helpers";

const denied = vi.hoisted(() => ({ read: new Set<string>(), write: new Set<string>() }));

vi.mock("node:fs", async (importOriginal) => {
	const fs = await importOriginal<typeof import("node:fs")>();
	const eacces = (syscall: string, path: string): Error => Object.assign(new Error(`EACCES: permission denied, ${syscall} '${path}'`), { code: "EACCES", errno: -13, syscall, path });
	const named = (set: Set<string>, path: unknown): boolean => [...set].some((end) => String(path).endsWith(end));
	const patched = {
		...fs,
		readFileSync: ((path: string, ...rest: unknown[]) => {
			if (named(denied.read, path)) throw eacces("open", path);
			return (fs.readFileSync as (...a: unknown[]) => unknown)(path, ...rest);
		}) as typeof fs.readFileSync,
		writeFileSync: ((path: string, ...rest: unknown[]) => {
			if (named(denied.write, path)) throw eacces("open", path);
			return (fs.writeFileSync as (...a: unknown[]) => unknown)(path, ...rest);
		}) as typeof fs.writeFileSync,
	};
	return { ...patched, default: patched };
});

const made: string[] = [];
afterAll(() => made.forEach(removeVault));
afterEach(() => {
	denied.read.clear();
	denied.write.clear();
});

function vault(): string {
	const root = makeVault({
		"Streams/RO.md": "---\ntags: [portfolio/stream]\nrole: anchor\nhours-per-week: 30\nannual-revenue: 40000\n---\nBody\n",
		"Streams/T.md": "---\ntags: [portfolio/stream]\nrole: seed\nhours-per-week: 5\nannual-revenue: 2000\n---\n",
	});
	made.push(root);
	return root;
}

describe("a note the system will not let us read or write", () => {
	it("link into a read-only note: exit 1, one line saying nothing was written and what to do, note unchanged", () => {
		const root = vault();
		const before = readFileSync(join(root, "Streams", "RO.md"), "utf8");
		denied.write.add("RO.md");
		const run = cli(["link", root, "--from", "RO", "--to", "T", "--type", "funds"]);
		expect(run.code).toBe(1);
		// One error line (the vault, having no config folder, also gets the "may not be a vault" warning).
		expect(run.err.split("\n").filter((line) => line.startsWith("portfolio-journal:")), run.err).toHaveLength(1);
		expect(run.err).toContain("Nothing was written to Streams/RO.md");
		expect(run.err).toContain("permission denied");
		expect(run.err).toContain("write permission");
		expect(run.err).not.toContain("EACCES");
		expect(readFileSync(join(root, "Streams", "RO.md"), "utf8")).toBe(before);
	});

	it("report with one unreadable note: the rest loads (T's 5 h and 2000 alone), with a warning naming the note", () => {
		const root = vault();
		denied.read.add("RO.md");
		const run = cli(["report", root, "--json"]);
		expect(run.code).toBe(0);
		const report = JSON.parse(run.out) as { totals: { hoursPerWeek: number; annualRevenue: number } };
		expect(report.totals).toMatchObject({ hoursPerWeek: 5, annualRevenue: 2000 });
		expect(run.err).toContain("Streams/RO.md could not be read (permission denied)");
	});

	it("review --write into a folder it cannot write: exit 1, a plain reason and what to do, no note", () => {
		const root = vault();
		denied.write.add(".md");
		const run = cli(["review", root, "--quarter", "2026-Q3", "--write"]);
		expect(run.code).toBe(1);
		expect(run.err).toContain("permission denied");
		expect(run.err).toContain("write permission on the folder Reviews");
		expect(run.err).not.toContain("EACCES");
		const reviews = join(root, "Reviews");
		expect(existsSync(reviews) ? readdirSync(reviews) : []).toEqual([]);
	});
});
