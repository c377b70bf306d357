// "Export week to calendar": the week's time blocks as one iCalendar file in the vault. It creates the
// file (one Vault.create) or replaces a file it wrote itself (Vault.process, recognised by PRODID);
// any other file at that path is never touched.
import { normalizePath, Notice, TFile, type App } from "obsidian";
import { buildWeek } from "../../core/week";
import { isOurCalendar, weekCalendar } from "../../core/week-ics";
import { localDate } from "../local-date";
import type { PortfolioHost } from "../plugin-host";
import { ensureFolder } from "./ensure-folder";

/** What the export did: the path, and whether it wrote, found nothing to change, or refused (with why). */
export type ExportOutcome = { path: string; result: "created" | "replaced" | "unchanged" } | { path: string; result: "refused"; reason: string };

/** Thrown inside Vault.process when the file stopped being ours between the check and the write. */
class NotOurs extends Error {}

/** Writes the calendar at the `icsPath` setting and tells the person what happened. */
export async function exportWeekToCalendar(host: PortfolioHost, today: string = localDate()): Promise<ExportOutcome> {
	const setting = host.settings().icsPath;
	const week = buildWeek(host.portfolio().streams);
	let outcome: ExportOutcome;
	try {
		// No blocks (or notes still being read at start-up): an empty calendar would wipe a good one.
		if (!week.streams.some((stream) => stream.blocks.length > 0)) outcome = refused(setting, "no active stream has time blocks yet");
		else outcome = await writeCalendar(host.app, setting, weekCalendar(week, today));
	} catch (error) {
		// Another device may have created the file a moment ago, or the disk refused: say so, change nothing more.
		outcome = refused(setting, `the vault refused the write (${error instanceof Error ? error.message : String(error)})`);
	}
	new Notice(noticeText(outcome));
	return outcome;
}

async function writeCalendar(app: App, setting: string, text: string): Promise<ExportOutcome> {
	const path = normalizePath(setting.trim());
	// Only a .ics path: a mistyped setting must never point the export at a note.
	if (!path.toLowerCase().endsWith(".ics") || path.length <= 4) return refused(path, "the calendar path must name a file ending in .ics");
	const existing = app.vault.getAbstractFileByPath(path);
	if (existing && !(existing instanceof TFile)) return refused(path, "a folder has that name");
	if (existing instanceof TFile) {
		const current = await app.vault.read(existing);
		if (!isOurCalendar(current)) return refused(path, "that file was not written by Portfolio Journal");
		if (current === text) return { path, result: "unchanged" };
		try {
			await app.vault.process(existing, (data) => {
				if (!isOurCalendar(data)) throw new NotOurs();
				return text;
			});
		} catch (error) {
			if (error instanceof NotOurs) return refused(path, "that file was not written by Portfolio Journal");
			throw error;
		}
		return { path, result: "replaced" };
	}
	await ensureFolder(app, path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "");
	await app.vault.create(path, text);
	return { path, result: "created" };
}

function refused(path: string, reason: string): ExportOutcome {
	return { path, result: "refused", reason };
}

function noticeText(outcome: ExportOutcome): string {
	switch (outcome.result) {
		case "created":
			return `Week exported to "${outcome.path}".`;
		case "replaced":
			return `Week exported: "${outcome.path}" is up to date.`;
		case "unchanged":
			return `"${outcome.path}" already holds this week; nothing to change.`;
		case "refused":
			return `Nothing exported to "${outcome.path}": ${outcome.reason}. Choose another calendar file in the settings.`;
	}
}
