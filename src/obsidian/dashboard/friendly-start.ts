// What an empty vault shows instead of a blank pane: what to write, and the commands that help.
import type { PortfolioSettings } from "../../core/types";
import { COMMAND_NAMES } from "../command-names";

/** The frontmatter of a sample stream note, tagged with the vault's stream tag. */
function exampleFrontmatter(settings: PortfolioSettings): string {
	return [
		"---",
		"tags:",
		`  - ${settings.streamTag}`,
		"role: client",
		"category: services",
		"status: active",
		"hours-per-week: 12",
		"annual-revenue: 30000",
		"target-time: 30",
		"target-income: 35",
		"teaches:",
		'  - "[[Writing]]"',
		"---",
	].join("\n");
}

/** Renders the start screen: a stream note explained, an example, and the commands to use. */
export function renderFriendlyStart(el: HTMLElement, settings: PortfolioSettings): void {
	const box = el.createDiv({ cls: "pj-start" });
	box.createEl("h3", { text: "Start your portfolio journal", cls: "pj-section-title" });
	box.createEl("p", {
		text:
			"Each of your value streams (the anchor job, client work, a product, a seed project) lives in its own note, " +
			`tagged #${settings.streamTag}. Its properties say how much time it takes, what it brings in, ` +
			"what share it should have, and which other streams it funds, teaches or protects.",
	});
	box.createEl("p", { text: "A stream note starts like this:" });
	box.createEl("pre", { cls: "pj-example" }).createEl("code", { text: exampleFrontmatter(settings) });
	box.createEl("p", { text: "Three to five active streams make a portfolio. From the command palette:" });
	const list = box.createEl("ul");
	const commands: ReadonlyArray<readonly [string, string]> = [
		[COMMAND_NAMES["map-portfolio"], "the first step: list what you do now, pick your anchor, and get one stream note each, with suggested targets."],
		[COMMAND_NAMES["tag-note-as-stream"], "asks for the stream's role, hours, income and targets."],
		[COMMAND_NAMES["create-quarterly-review"], "records what each stream really took and brought this quarter."],
		[COMMAND_NAMES["link-learning"], "notes what one stream taught another."],
	];
	for (const [name, what] of commands) {
		const item = list.createEl("li");
		item.createEl("strong", { text: name });
		item.append(`: ${what}`);
	}
	box.createEl("p", { text: "This pane fills in as soon as the first stream note exists.", cls: "pj-hint" });
}
