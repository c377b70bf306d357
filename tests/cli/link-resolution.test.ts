// Links in notes on disk resolve to the notes Obsidian would open for them.
import { afterAll, describe, expect, it } from "vitest";
import { makeVault, removeVault, reportOf } from "./helpers";

const stream = (extra = ""): string => `---\ntags: portfolio/stream\n${extra}---\n`;
const retired = stream("status: retired\n");

const root = makeVault({
	"Streams/A.md": stream(
		[
			"teaches:",
			'  - "[[B|the b stream]]"',
			'  - "[[C#Why it matters]]"',
			'  - "[[Deep/D]]"',
			'  - "[[e]]"',
			'  - "[[F]]"',
			'  - "[[Streams/G.md]]"',
			'  - "[[Nowhere]]"',
			"",
		].join("\n"),
	),
	"Streams/B.md": stream(),
	"Streams/C.md": `${stream()}## Why it matters\n`,
	"Streams/Deep/D.md": stream(),
	"Archive/D.md": retired,
	"Streams/E.md": stream(),
	"Projects/F.md": stream(),
	"Archive/Old/F.md": retired,
	"Streams/G.md": stream(),
});
afterAll(() => removeVault(root));

describe("link resolution on disk", () => {
	const report = reportOf(root);
	const targets = report.edges.filter((e) => e.from === "Streams/A.md" && e.type === "teaches").map((e) => e.to);

	it.each([
		["an alias", "Streams/B.md"],
		["a heading", "Streams/C.md"],
		["a folder path, matched as a path suffix", "Streams/Deep/D.md"],
		["another case", "Streams/E.md"],
		["a name two notes share: the shortest path", "Projects/F.md"],
		["a full path with the extension", "Streams/G.md"],
	])("resolves %s", (_how, path) => {
		expect(targets).toContain(path);
	});

	it("resolves nothing else, and reports the link that matches no note as written", () => {
		expect(targets).toHaveLength(6);
		const unresolved = report.diagnostics.filter((d) => d.code === "unresolved-link");
		expect(unresolved.map((d) => d.path)).toEqual(["Streams/A.md"]);
		expect(unresolved[0]?.message).toContain("[[Nowhere]]");
	});
});
