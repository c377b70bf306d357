// What the CLI says on stderr: one sentence a line, each starting with a capital letter after its
// `portfolio-journal: ` or `Warning: ` mark, and a wrong value quoted with the values it could be.
import { afterAll, describe, expect, it } from "vitest";
import { USAGE } from "../../src/cli/args";
import { cli, makeVault, removeVault } from "./helpers";

const made: string[] = [];
afterAll(() => made.forEach(removeVault));

function vault(files: Record<string, string>, config = true): string {
	const root = makeVault({ ...(config ? { ".obsidian/app.json": "{}" } : {}), ...files });
	made.push(root);
	return root;
}

const stream = (name: string) => `---\ntags: [portfolio/stream]\nrole: client\n---\n${name}\n`;

describe("the CLI's messages", () => {
	it("without a command: the usage on stderr, nothing on stdout, exit 2", () => {
		expect(cli([])).toEqual({ code: 2, out: "", err: `${USAGE}\n` });
	});

	it('link --type loves: quotes the value and lists the three types, exit 2', () => {
		const root = vault({ "A.md": stream("A"), "B.md": stream("B") });
		expect(cli(["link", root, "--from", "A", "--to", "B", "--type", "loves"])).toEqual({
			code: 2,
			out: "",
			err: 'portfolio-journal: The link type "loves" is not one we know; use --type funds, teaches or protects.\n',
		});
	});

	it("every line on stderr starts with a capital letter, whatever the command said", () => {
		const clean = vault({ "a stream.md": stream("a stream"), "b.md": stream("b"), "Reviews/2026-Q3 review.md": "mine\n", ".obsidian/plugins/portfolio-journal/data.json": "{ broken" });
		const broken = vault({ "x.md": "---\ntags: [portfolio/stream]\nrole: [\n---\n", "y.md": stream("y") }, false);
		const runs = [
			["report", "/no/such/vault"],
			["report", clean, "--today", "soon"],
			["review", clean, "--quarter", "Q9"],
			["export", clean],
			["explore", clean, "--max-hours", "many"],
			["learn", clean, "--from", "a stream", "--to", "a stream", "--text", "x"],
			["learn", clean, "--from", "a stream", "--to", "b"],
			["learn", clean, "--from", "nobody", "--to", "b", "--text", "x"],
			["link", clean, "--from", "a stream", "--to", "b"],
			["link", clean, "--from", "a stream", "--to", "b", "--type", "funds"],
			["link", clean, "--from", "a stream", "--to", "b", "--type", "funds"],
			["learn", clean, "--from", "a stream", "--to", "b", "--text", "x", "--date", "2026-11-20"],
			["review", clean, "--quarter", "2026-Q3", "--write"],
			["review", clean, "--quarter", "2026-Q4", "--today", "2026-11-21"],
			["link", broken, "--from", "x", "--to", "y", "--type", "funds"],
		];
		const lines = runs.flatMap((argv) => cli(argv).err.trimEnd().split("\n"));
		// Each of the 15 runs said something (a success too), on at least one line.
		expect(lines.length).toBeGreaterThanOrEqual(runs.length);
		for (const line of lines) expect(line).toMatch(/^(?:portfolio-journal: |Warning: )?[A-Z]/u);
	});
});
