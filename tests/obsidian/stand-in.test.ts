// The stand-in behaves like the app where the plugin meets it: the cache catches up after a write
// (not inside it), `resolved` fires, a cold cache knows nothing at start, frontmatter shapes are the
// recorded ones, and links resolve by Obsidian's rules.
import { describe, expect, it } from "vitest";
import { App } from "../fakes/obsidian";

const note = (fm: string) => `---\n${fm}\n---\nBody\n`;

describe("the metadata cache stand-in", () => {
	it("indexes a write after the write resolves: changed then resolved, the old entry until then", async () => {
		const app = new App({ "A.md": note("role: seed") });
		const file = app.vault.getFileByPath("A.md")!;
		const events: string[] = [];
		app.metadataCache.on("changed", () => events.push(`changed ${String(app.metadataCache.getFileCache(file)?.frontmatter?.role)}`));
		app.metadataCache.on("resolved", () => events.push("resolved"));
		await new Promise((resolve) => setTimeout(resolve, 5));
		events.length = 0;
		await app.vault.modify(file, note("role: anchor"));
		expect(events).toEqual([]);
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.role).toBe("seed");
		await app.metadataCache.settle();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(events).toEqual(["changed anchor", "resolved"]);
	});

	it("starts cold when asked: no cache for any note until each is indexed, then resolved", async () => {
		const app = new App({ "A.md": note("role: seed"), "B.md": note("role: client") }, { coldCache: true });
		const file = app.vault.getFileByPath("A.md")!;
		expect(app.metadataCache.getFileCache(file)).toBeNull();
		const events: string[] = [];
		app.metadataCache.on("changed", (f: { path: string }) => events.push(f.path));
		app.metadataCache.on("resolved", () => events.push("resolved"));
		await app.metadataCache.settle();
		expect(events).toEqual(["A.md", "B.md", "resolved"]);
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ role: "seed" });
	});

	// Shapes from the Tasks plugin's recordings (see tests/fakes/metadata-cache.ts) and the fence rule.
	it.each([
		["an empty block: no frontmatter, no position", "---\n---\nBody\n", undefined, false],
		["a trailing space after the fence: the block is read", "--- \nrole: seed\n---\n", { role: "seed" }, true],
		["tags with no value: null", "---\ntags:\n---\n", { tags: null }, true],
		["invalid YAML: a position, no frontmatter", "---\nrole: [seed\n---\n", undefined, true],
		["a list, not a mapping: a position, no frontmatter", "---\n- a\n- b\n---\n", undefined, true],
	])("%s", (_name, text, frontmatter, positioned) => {
		const app = new App({ "N.md": text });
		const cache = app.metadataCache.getFileCache(app.vault.getFileByPath("N.md")!);
		expect(cache?.frontmatter).toEqual(frontmatter);
		expect(cache?.frontmatterPosition !== undefined).toBe(positioned);
	});

	it("marks every block as the first section, of type yaml, the empty one and the broken one too", () => {
		// empty_yaml.json: "---\n---\n" is a yaml section from line 0 to the end of line 1 (offset 7), with no frontmatterPosition.
		const app = new App({ "E.md": "---\n---\nBody\n", "B.md": "---\nrole: [seed\n---\n" });
		const sections = (path: string) => app.metadataCache.getFileCache(app.vault.getFileByPath(path)!)?.sections;
		expect(sections("E.md")).toEqual([{ type: "yaml", position: { start: { line: 0, col: 0, offset: 0 }, end: { line: 1, col: 3, offset: 7 } } }]);
		// "---\n" (4) + "role: [seed\n" (12) = 16: the closing fence ends at 19, on line 2.
		expect(sections("B.md")).toEqual([{ type: "yaml", position: { start: { line: 0, col: 0, offset: 0 }, end: { line: 2, col: 3, offset: 19 } } }]);
	});

	it("gives the recorded position: from 0 to the end of the closing fence", () => {
		// "---\n" (4) + "custom_number_prop: 42\n" (23) = 27: the closing fence spans 27..30, on line 2.
		const app = new App({ "N.md": "---\ncustom_number_prop: 42\n---\n\n- [ ] #task\n" });
		const cache = app.metadataCache.getFileCache(app.vault.getFileByPath("N.md")!);
		expect(cache?.frontmatterPosition).toEqual({ start: { line: 0, col: 0, offset: 0 }, end: { line: 2, col: 3, offset: 30 } });
	});

	it("resolves links as Obsidian does: exact path, same folder, shortest path, dotted names, relative, NFC", () => {
		const app = new App({
			"Streams/Alpha.md": "",
			"Archive/Old/Alpha.md": "",
			"Reviews/Alpha.md": "",
			"Version 2.0.md": "",
			"Streams/Caf\u0065\u0301.md": "",
			"Reviews/2026/Q3.md": "",
		});
		const dest = (link: string, from: string) => app.metadataCache.getFirstLinkpathDest(link, from)?.path ?? null;
		expect(dest("Archive/Old/Alpha", "Reviews/2026/Q3.md")).toBe("Archive/Old/Alpha.md");
		expect(dest("Alpha", "Reviews/Q.md")).toBe("Reviews/Alpha.md");
		expect(dest("alpha", "Elsewhere/Q.md")).toBe("Reviews/Alpha.md");
		expect(dest("Version 2.0", "X.md")).toBe("Version 2.0.md");
		expect(dest("../Alpha", "Reviews/2026/Q3.md")).toBe("Reviews/Alpha.md");
		expect(dest("./Q3", "Reviews/2026/Other.md")).toBe("Reviews/2026/Q3.md");
		expect(dest("./Alpha", "Elsewhere/Q.md")).toBeNull();
		expect(dest("Caf\u00e9", "X.md")).toBe("Streams/Caf\u0065\u0301.md".normalize("NFC"));
	});
});
