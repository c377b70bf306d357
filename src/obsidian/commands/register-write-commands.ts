// The commands that write notes. Ids are stable (never renamed once shipped) and carry no plugin
// id: Obsidian prefixes it.
import { TFile, type Menu, type Plugin, type TAbstractFile } from "obsidian";
import { COMMAND_NAMES } from "../command-names";
import type { PortfolioHost } from "../plugin-host";
import { exportWeekToCalendar } from "./export-calendar-command";
import { linkLearning, linkStreams } from "./link-commands";
import { mapPortfolio } from "./map-portfolio-command";
import { createQuarterlyReview } from "./review-command";
import { createScenario } from "./scenario-command";
import { tagNoteAsStream } from "./tag-stream-command";

/** Registers the commands that write notes: tag as stream, quarterly review, learnings, links. */
export function registerWriteCommands(plugin: Plugin, host: PortfolioHost): void {
	const { app } = host;
	const markdownFile = (file: TAbstractFile | null): file is TFile => file instanceof TFile && file.extension === "md";

	plugin.addCommand({
		id: "tag-note-as-stream",
		name: COMMAND_NAMES["tag-note-as-stream"],
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			if (!markdownFile(file)) return false;
			if (!checking) void tagNoteAsStream(host, file);
			return true;
		},
	});
	plugin.registerEvent(
		app.workspace.on("file-menu", (menu: Menu, file: TAbstractFile) => {
			if (!markdownFile(file)) return;
			menu.addItem((item) =>
				item
					.setTitle(COMMAND_NAMES["tag-note-as-stream"])
					.setIcon("git-fork")
					.onClick(() => void tagNoteAsStream(host, file)),
			);
		}),
	);
	plugin.addCommand({ id: "create-quarterly-review", name: COMMAND_NAMES["create-quarterly-review"], callback: () => void createQuarterlyReview(host, "owed") });
	plugin.addCommand({ id: "create-previous-quarterly-review", name: COMMAND_NAMES["create-previous-quarterly-review"], callback: () => void createQuarterlyReview(host, "previous") });
	plugin.addCommand({ id: "link-learning", name: COMMAND_NAMES["link-learning"], callback: () => void linkLearning(host) });
	plugin.addCommand({ id: "link-streams", name: COMMAND_NAMES["link-streams"], callback: () => void linkStreams(host) });
	plugin.addCommand({ id: "map-portfolio", name: COMMAND_NAMES["map-portfolio"], callback: () => void mapPortfolio(host) });
	plugin.addCommand({ id: "export-week-to-calendar", name: COMMAND_NAMES["export-week-to-calendar"], callback: () => void exportWeekToCalendar(host) });
	plugin.addCommand({ id: "new-scenario", name: COMMAND_NAMES["new-scenario"], callback: () => void createScenario(host) });
}
