// The text report of a vault without stream notes says so and how to start, not that all is well.
import { describe, expect, it } from "vitest";
import { reportText } from "../../src/core/report-text";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { COMMAND_NAMES } from "../../src/obsidian/command-names";
import { build, plainNote } from "./helpers";

describe("the report of a vault without stream notes", () => {
	it("says no stream notes were found and names the commands that start one", () => {
		const text = reportText(build([plainNote("Ideas.md")]), { vaultName: "Vault", today: "2026-08-15", settings: DEFAULT_SETTINGS, color: false });
		const health = text.split("\n").find((line) => line.startsWith("Health:"));
		expect(health).toBe(
			`Health: no stream notes found. To start, run "${COMMAND_NAMES["map-portfolio"]}" in Obsidian's command palette, or "${COMMAND_NAMES["tag-note-as-stream"]}" on a note, or tag a note #${DEFAULT_SETTINGS.streamTag} yourself.`,
		);
		expect(text).not.toContain("the design holds");
	});
});
