// Golden files for every write: each folder holds input.md, the operation (op.json) and the
// expected.md written and read by hand. The write goes through the plugin's own path (surgical
// edit in Vault.process, processFrontMatter fallback) on the in-memory vault, and the result
// must equal expected.md byte for byte; writing a second time must change nothing.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { App, TFile } from "../fakes/obsidian";
import type { App as ObsidianApp, TFile as ObsidianFile } from "obsidian";
import { addListItem, ensureTag, setScalar } from "../../src/core/frontmatter-edit";
import { addTag, obsidianYaml, pushToList, setProperty, writeFrontmatter, type Edit } from "../../src/obsidian/commands/note-writer";

/** One step of an operation, as op.json spells it. */
type Step = { set: string; value: string | number | null } | { add: string; item: string } | { tag: string };

const here = new URL(".", import.meta.url).pathname;
const cases = readdirSync(here, { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => d.name)
	.sort();

function editOf(step: Step): Edit {
	if ("set" in step) return (t) => setScalar(t, step.set, step.value, obsidianYaml);
	if ("add" in step) return (t) => addListItem(t, step.add, step.item, obsidianYaml);
	return (t) => ensureTag(t, step.tag, obsidianYaml);
}

// The same intent on the parsed frontmatter, for notes a surgical edit cannot handle: the
// commands' own fallbacks, so this test checks the code that runs.
function fallbackOf(steps: Step[]): (fm: Record<string, unknown>) => void {
	return (fm) => {
		for (const step of steps) {
			if ("set" in step) setProperty(fm, step.set, step.value);
			else if ("add" in step) pushToList(fm, step.add, step.item);
			else addTag(fm, step.tag);
		}
	};
}

async function write(text: string, steps: Step[]): Promise<string> {
	const app = new App({ "Note.md": text });
	const file = app.vault.getFileByPath("Note.md");
	if (!(file instanceof TFile)) throw new Error("seeded note missing");
	await writeFrontmatter(app as unknown as ObsidianApp, file as unknown as ObsidianFile, steps.map(editOf), fallbackOf(steps));
	return app.vault.textAt("Note.md") ?? "";
}

describe("golden writes", () => {
	it("has cases", () => {
		expect(cases.length).toBeGreaterThan(5);
	});

	for (const name of cases) {
		it(name, async () => {
			const dir = join(here, name);
			const input = readFileSync(join(dir, "input.md"), "utf8");
			const expected = readFileSync(join(dir, "expected.md"), "utf8");
			const steps = JSON.parse(readFileSync(join(dir, "op.json"), "utf8")) as Step[];
			const once = await write(input, steps);
			expect(once).toBe(expected);
			expect(await write(once, steps)).toBe(once);
		});
	}
});
