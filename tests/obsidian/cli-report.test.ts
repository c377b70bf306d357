// @vitest-environment happy-dom
// `obsidian portfolio-journal:report`: Obsidian's own command line prints what `node dist/cli.js
// report` prints for the same vault (run `npm run build` first; npm test does).
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readSettings } from "../../src/cli/read-settings";
import { REPORT_CLI_COMMAND } from "../../src/obsidian/cli-report";
import { App, LATEST_API_VERSION, setApiVersion } from "../fakes/obsidian";
import { loadPlugin, readSeedVault, streamNote } from "./plugin-fixture";

const root = join(__dirname, "../..");

function nodeCli(args: string[]): string {
	return execFileSync(process.execPath, [join(root, "dist/cli.js"), ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
}

// The seed vault in the stand-in, under the folder's name and with its saved settings, as Obsidian would open it.
async function openSeed(name: string): Promise<App> {
	const app = new App(readSeedVault(name));
	app.vault.vaultName = name;
	// The settings the CLI finds in the vault's data.json, saved as the plugin's data.
	await loadPlugin({}, readSettings(join(root, "seeds", name)).settings, app);
	app.workspace.triggerLayoutReady();
	return app;
}

describe("the report through Obsidian's command line", () => {
	afterEach(() => setApiVersion(LATEST_API_VERSION));

	it.each(["freelance-researcher", "union-organiser", "portfolio-executive"])("prints the same JSON and text as dist/cli.js for %s", async (name) => {
		const app = await openSeed(name);
		const vault = join(root, "seeds", name);
		const json = await app.cli.run(REPORT_CLI_COMMAND, ["json", "today=2026-11-20"]);
		expect(json).toBe(nodeCli(["report", vault, "--json", "--today", "2026-11-20"]));
		const text = await app.cli.run(REPORT_CLI_COMMAND, ["today=2026-11-20"]);
		expect(text).toBe(nodeCli(["report", vault, "--today", "2026-11-20"]));
	});

	it("reads the notes as they are now, not as the debounced index last saw them", async () => {
		const { app } = await loadPlugin({ "Streams/Job.md": streamNote("status: active", "hours-per-week: 30") });
		app.workspace.triggerLayoutReady();
		await app.vault.modify(app.vault.getFileByPath("Streams/Job.md")!, streamNote("status: active", "hours-per-week: 12"));
		// Obsidian's cache catches up after the write; the command reads it from then on.
		await app.metadataCache.settle();
		const report = JSON.parse(await app.cli.run(REPORT_CLI_COMMAND, ["json"])) as { totals: { hoursPerWeek: number } };
		expect(report.totals.hoursPerWeek).toBe(12);
	});

	it("answers a day that is not a real date with one line", async () => {
		const { app } = await loadPlugin({});
		expect(await app.cli.run(REPORT_CLI_COMMAND, ["today=2026-02-30"])).toBe('portfolio-journal: today must be a real date written YYYY-MM-DD, not "2026-02-30".\n');
	});

	it("is not registered before Obsidian 1.12.2, and the plugin still loads", async () => {
		setApiVersion("1.12.1");
		const { app, plugin } = await loadPlugin({});
		expect((plugin as unknown as { isLoaded: boolean }).isLoaded).toBe(true);
		expect(app.cli.commands.has(REPORT_CLI_COMMAND)).toBe(false);
	});

	it("goes away when the plugin is turned off, so turning it on again registers it afresh", async () => {
		const { app, plugin } = await loadPlugin({});
		plugin.unload();
		expect(app.cli.commands.has(REPORT_CLI_COMMAND)).toBe(false);
		await (plugin as unknown as { loadAndWait(): Promise<void> }).loadAndWait();
		expect(app.cli.commands.has(REPORT_CLI_COMMAND)).toBe(true);
	});
});
