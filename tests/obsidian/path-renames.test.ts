// Following a note across renames: chains lead to the newest path, and a note renamed back is home.
import { describe, expect, it } from "vitest";
import { PathRenames } from "../../src/obsidian/path-renames";

describe("PathRenames", () => {
	it("leads every older path to the newest one", () => {
		const renames = new PathRenames();
		renames.moved("A.md", "B.md");
		renames.moved("B.md", "Folder/C.md");
		expect([renames.current("A.md"), renames.current("B.md"), renames.current("Folder/C.md")]).toEqual(["Folder/C.md", "Folder/C.md", "Folder/C.md"]);
		expect(renames.current("Other.md")).toBe("Other.md");
	});

	it("treats a note renamed back as never moved, and its later name as gone", () => {
		const renames = new PathRenames();
		renames.moved("A.md", "B.md");
		renames.moved("B.md", "A.md");
		expect(renames.current("A.md")).toBe("A.md");
		expect(renames.current("B.md")).toBe("A.md");
		// A new note may take the freed name: it is not redirected.
		renames.moved("X.md", "B.md");
		expect(renames.current("B.md")).toBe("B.md");
		expect(renames.current("X.md")).toBe("B.md");
	});
});
