import { describe, expect, it } from "vitest";
import { createPathResolver } from "../../src/core/resolver";

const vault = [
	"Client work.md",
	"Streams/Client work.md",
	"Streams/Anchor job.md",
	"Archive/Old/Anchor job.md",
	"Archive/Anchor job.md",
	"Projects/Seed.md",
	"Ideas/Seed.md",
	"Images/chart.png",
	"Streams/Teaching.md",
];

describe("createPathResolver follows Obsidian's getFirstLinkpathDest", () => {
	const resolver = createPathResolver(vault);
	it.each([
		["exact path", "Streams/Client work.md", "Home.md", "Streams/Client work.md"],
		["exact path without .md", "Streams/Client work", "Home.md", "Streams/Client work.md"],
		["name, shortest path wins", "Client work", "Notes/Home.md", "Client work.md"],
		["name with .md", "Teaching.md", "Home.md", "Streams/Teaching.md"],
		["case-insensitive name", "teaching", "Home.md", "Streams/Teaching.md"],
		["case-insensitive folder path", "streams/client WORK", "Home.md", "Streams/Client work.md"],
		["same folder as the source first", "Anchor job", "Archive/Old/Note.md", "Archive/Old/Anchor job.md"],
		["else the shortest path", "Anchor job", "Home.md", "Archive/Anchor job.md"],
		["equal lengths: alphabetical", "Seed", "Home.md", "Ideas/Seed.md"],
		["same folder beats alphabetical", "Seed", "Projects/Plan.md", "Projects/Seed.md"],
		["folder suffix", "Old/Anchor job", "Home.md", "Archive/Old/Anchor job.md"],
		["attachment with extension", "chart.png", "Home.md", "Images/chart.png"],
		["leading ./", "./Streams/Teaching", "Home.md", "Streams/Teaching.md"],
	])("%s", (_label, linkpath, source, expected) => {
		expect(resolver.resolve(linkpath, source)).toBe(expected);
	});

	it.each([
		["a name that is nowhere", "Clent work"],
		["a folder that does not hold it", "Ideas/Teaching"],
		["a partial folder name", "ld/Anchor job"],
		["an empty link", "  "],
	])("returns null for %s", (_label, linkpath) => {
		expect(resolver.resolve(linkpath, "Home.md")).toBeNull();
	});

	it("does not depend on the order of the vault paths", () => {
		const reversed = createPathResolver([...vault].reverse());
		for (const link of ["Anchor job", "Seed", "Client work"]) {
			expect(reversed.resolve(link, "Home.md")).toBe(resolver.resolve(link, "Home.md"));
		}
	});
});
