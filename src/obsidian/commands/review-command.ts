// "Create quarterly review": one Vault.create of the rendered note in the reviews folder, or,
// when the review exists, opening it untouched. Either way the review ends up open.
import { normalizePath, Notice, TFile, type App } from "obsidian";
import { previousQuarter, quarterBounds, quarterOfDate } from "../../core/quarter";
import { quarterLabel } from "../../core/quarter-label";
import { owedReview, type OwedReview } from "../../core/review-due";
import { renderReviewNote, reviewFilePath } from "../../core/review-note";
import type { PortfolioSettings } from "../../core/types";
import { localDate } from "../local-date";
import { askToConfirm } from "../modals/confirm-modal";
import { ensureFolder } from "./ensure-folder";
import type { PortfolioHost } from "../plugin-host";
import { whenIndexed } from "./note-writer";

/**
 * Creates (or opens) a review; returns its path, or null when nothing was created or opened.
 * `owed`: the quarter the person owes a review (see owedReview); one still in progress is created
 * only after the person confirms. `previous`: the last finished quarter, whatever its state.
 */
export async function createQuarterlyReview(host: PortfolioHost, which: "owed" | "previous", today: string = localDate()): Promise<string | null> {
	const { app } = host;
	const settings = host.settings();
	const month = settings.fiscalYearStartMonth;
	const currentQuarter = quarterOfDate(today, month);
	const lastFinishedQuarter = previousQuarter(currentQuarter);
	const reviews = host.portfolio().reviews;
	const target: OwedReview = which === "owed" ? owedReview({ reviews, currentQuarter, lastFinishedQuarter }) : { quarter: lastFinishedQuarter, finished: true };
	const quarter = target.quarter;
	const path = normalizePath(reviewFilePath(quarter, settings));
	// The quarter's review may live under another name (an older format, a folder of its own).
	const reviewed = reviews.find((review) => review.quarter === quarter)?.path;
	const existing = app.vault.getAbstractFileByPath(reviewed ?? path);
	const label = quarterLabel(quarter, month);
	if (existing instanceof TFile) {
		await app.workspace.getLeaf(false).openFile(existing);
		new Notice(`The review of ${label} already exists; it is open now.`);
		return existing.path;
	}
	if (existing) {
		new Notice(`Cannot create "${path}": a folder has that name.`);
		return null;
	}
	if (!target.finished && !(await confirmEarlyReview(app, label, quarterBounds(quarter, month).end))) return null;
	const text = renderReviewNote(host.portfolio(), quarter, settings, await readTemplate(app, settings));
	let file: TFile;
	const indexed = whenIndexed(app, path, () => host.refreshNow());
	try {
		await ensureFolder(app, path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "");
		file = await app.vault.create(path, text);
	} catch (error) {
		indexed.cancel();
		// Another device or command may have created it a moment ago: open it, never overwrite.
		const raced = app.vault.getAbstractFileByPath(path);
		if (raced instanceof TFile) {
			await app.workspace.getLeaf(false).openFile(raced);
			return path;
		}
		new Notice(`Could not create "${path}": ${error instanceof Error ? error.message : String(error)}`);
		return null;
	}
	await app.workspace.getLeaf(false).openFile(file);
	return path;
}

// The last finished quarter is reviewed already: the one owed now is still running, and its actuals
// would be today's figures. Creating it early is fine, but only on purpose.
function confirmEarlyReview(app: App, label: string, end: string): Promise<boolean> {
	const question = `${label} is not over yet (it ends on ${end}), and the last finished quarter has its review. A review made now starts from today's figures, marked as a draft until you correct them. Create it now?`;
	return askToConfirm(app, `Review ${label} early?`, question, "Create review");
}

/** The template note's text; null for the built-in layout (with a notice when the note is missing). */
async function readTemplate(app: App, settings: PortfolioSettings): Promise<string | null> {
	const wanted = settings.reviewTemplatePath.trim();
	if (wanted === "") return null;
	const path = normalizePath(wanted);
	// A folder may share the note's name (folder notes): look for a file under both names.
	const file = app.vault.getFileByPath(path) ?? app.vault.getFileByPath(`${path}.md`);
	if (file) return app.vault.read(file);
	new Notice(`The review template "${wanted}" was not found; the built-in layout is used instead.`);
	return null;
}
