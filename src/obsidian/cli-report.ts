// `obsidian portfolio-journal:report [json] [today=YYYY-MM-DD]`: the report of the open vault through
// Obsidian's own command line, the same text and JSON as `node dist/cli.js report <vault>`.
// Real API: obsidian.d.ts 1.13.1, Plugin.registerCliHandler (since 1.12.2): "Use the format
// `<plugin-id>:<action>` for sub-commands"; flags given without a value arrive as 'true' (CliData).
import { requireApiVersion, type Plugin } from "obsidian";
import { quarterOfDateText, type PortfolioSettings } from "../core";
import { reportJson } from "../core/report-json";
import { reportText } from "../core/report-text";
import { localDate } from "./local-date";
import { portfolioOfNotes, reviewTexts } from "./notes-portfolio";

/** The command id: the plugin id, then the action. Never rename it: people script against it. */
export const REPORT_CLI_COMMAND = "portfolio-journal:report";

/** Registers the report command on Obsidian 1.12.2 and later; older versions have no command line for plugins. */
export function registerReportCli(plugin: Plugin, settings: () => PortfolioSettings): boolean {
	if (requireApiVersion("1.12.2")) {
		plugin.registerCliHandler(
			REPORT_CLI_COMMAND,
			"Print the portfolio report of this vault: allocation, edges, findings, diagnostics",
			{
				json: { description: "Print the report as one JSON object" },
				today: { value: "<YYYY-MM-DD>", description: "The day to look from (default: today); decides the last finished quarter" },
			},
			(params) => cliReport(plugin, settings(), params),
		);
		return true;
	}
	return false;
}

async function cliReport(plugin: Plugin, settings: PortfolioSettings, params: Record<string, string>): Promise<string> {
	const today = params.today ?? localDate();
	if (quarterOfDateText(today, settings.fiscalYearStartMonth) === null) {
		return `portfolio-journal: today must be a real date written YYYY-MM-DD, not "${today}".\n`;
	}
	const { app } = plugin;
	const files = app.vault.getMarkdownFiles();
	const portfolio = portfolioOfNotes(app, files, settings, today, await reviewTexts(app, files, settings));
	if (params.json === "true") return `${JSON.stringify(reportJson(portfolio), null, 2)}\n`;
	return reportText(portfolio, { vaultName: app.vault.getName(), today, settings, color: false });
}
