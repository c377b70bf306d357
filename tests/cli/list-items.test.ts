// The CLI's list items must be the ones Obsidian's metadata cache holds, or the CLI and the plugin
// would read different answers from one review.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listItemsOf } from "../../src/cli/list-items";
import type { ListItemInput } from "../../src/core/types";

const lineShape = (items: readonly ListItemInput[]) => items.map((i) => ({ start: i.position.start.line, end: i.position.end.line, parent: i.parent, task: i.task }));

describe("listItemsOf", () => {
	it("matches a capture of Obsidian's own cache in lines, parents and tasks", () => {
		const captured = JSON.parse(readFileSync("tests/fixtures/list-items-obsidian.json", "utf8")) as { fileContents: string; listItems: ListItemInput[] };
		expect(lineShape(listItemsOf(captured.fileContents))).toEqual(lineShape(captured.listItems));
	});

	it("counts lines from the frontmatter, nests answers under questions, and skips code", () => {
		const text = ["---", "tags: [a]", "list:", "  - not an item", "---", "# Title", "", "- Question one?", "  - First answer", "    that goes on", "  - ", "- Question two?", "", "```", "- in code", "```", "1. Numbered", "\t- tabbed child"].join("\n");
		expect(lineShape(listItemsOf(text))).toEqual([
			{ start: 7, end: 7, parent: -7, task: undefined },
			{ start: 8, end: 9, parent: 7, task: undefined },
			{ start: 10, end: 10, parent: 7, task: undefined },
			{ start: 11, end: 11, parent: -7, task: undefined },
			{ start: 16, end: 16, parent: -16, task: undefined },
			{ start: 17, end: 17, parent: 16, task: undefined },
		]);
	});
});
