// @vitest-environment happy-dom
// Turning the plugin on shows the dashboard; a plain start of Obsidian does not open anything.
import { afterEach, describe, expect, it } from "vitest";
import manifest from "../../manifest.json";
import PortfolioJournalPlugin from "../../src/main";
import { DASHBOARD_VIEW_TYPE } from "../../src/obsidian/dashboard-view";
import { App, LATEST_API_VERSION, setApiVersion } from "../fakes/obsidian";
import { loadPlugin, streamNote } from "./plugin-fixture";

const files = { "Streams/Job.md": streamNote("status: active", "hours-per-week: 30") };

async function enableByUser(app: App): Promise<PortfolioJournalPlugin> {
	const plugin = new PortfolioJournalPlugin(app as never, manifest);
	await (plugin as unknown as { enableByUser(): Promise<void> }).enableByUser();
	return plugin;
}

describe("turning the plugin on", () => {
	afterEach(() => {
		setApiVersion(LATEST_API_VERSION);
		document.body.replaceChildren();
	});

	it("opens the dashboard when the person enables the plugin", async () => {
		const app = new App(files);
		app.workspace.triggerLayoutReady();
		await enableByUser(app);
		await Promise.resolve();
		expect(app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)).toHaveLength(1);
	});

	it("opens nothing when Obsidian merely starts with the plugin on", async () => {
		const { app } = await loadPlugin(files);
		app.workspace.triggerLayoutReady();
		expect(app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)).toHaveLength(0);
	});
});
