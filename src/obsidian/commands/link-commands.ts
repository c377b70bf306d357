// "Link a learning" and "Add link between streams": pick streams, then append one item to a
// list property of one note, surgically, and refresh the model so the ledger and graph show it.
import { Notice, type TFile } from "obsidian";
import { unlinkableMark } from "../../core/link-names";
import { addEdge, addLearning, learningItem } from "../../core/stream-edits";
import { oneLine } from "../../core/markdown-text";
import type { Stream } from "../../core/types";
import { askLearningText } from "../modals/learning-text-modal";
import { pickRelation, pickStream } from "../modals/pickers";
import { localDate } from "../local-date";
import { noteHasTag } from "../note-input";
import type { PortfolioHost } from "../plugin-host";
import { obsidianYaml, pushToList, whenIndexed, writeFrontmatter } from "./note-writer";
import { linkTo, listLinksTo, streamFile } from "./stream-links";

/** Asks for two different streams: the one that gives and the one that receives. */
async function pickPair(host: PortfolioHost, fromPrompt: string, toPrompt: (from: Stream) => string): Promise<[Stream, Stream] | null> {
	const streams = host.portfolio().streams;
	if (streams.length < 2) {
		new Notice("You need at least two stream notes first: tag notes as portfolio streams, then try again.");
		return null;
	}
	const from = await pickStream(host.app, streams, fromPrompt);
	if (!from) return null;
	// Both commands write a link to the second stream: one whose name no link can reach is not offered.
	const to = await pickStream(
		host.app,
		streams.filter((s) => s.path !== from.path && unlinkableMark(s.name) === null),
		toPrompt(from),
	);
	return to ? [from, to] : null;
}

/** The review note open now, if the active note is one. */
function activeReview(host: PortfolioHost): TFile | null {
	const file = host.app.workspace.getActiveFile();
	if (!file || file.extension !== "md") return null;
	return noteHasTag(host.app, file, host.settings().reviewTag) ? file : null;
}

/** Records what one stream taught another: in the open review, or else in the teaching stream's note. */
export async function linkLearning(host: PortfolioHost, today: string = localDate()): Promise<void> {
	const { app } = host;
	const review = activeReview(host);
	const pair = await pickPair(host, "Which stream taught something?", (from) => `Which stream learned from ${from.name}?`);
	if (!pair) return;
	const [from, to] = pair;
	const typed = await askLearningText(app, from.name, to.name);
	if (typed === null) return;
	const text = oneLine(typed);
	const fromFile = streamFile(app, from);
	const toFile = streamFile(app, to);
	if (!fromFile || !toFile) return;
	const target = review ?? fromFile;
	const toLink = linkTo(app, toFile, target.path);
	const fromLink = review ? linkTo(app, fromFile, target.path) : "";
	if (toLink === null || fromLink === null) return;
	const item = learningItem(toLink, text, review ? { fromLink } : { date: today });
	const indexed = whenIndexed(app, target.path, () => host.refreshNow());
	const outcome = await writeFrontmatter(app, target, [(t) => addLearning(t, item, obsidianYaml)], (fm) => pushToList(fm, "learnings", item));
	if (outcome !== "written") indexed.cancel();
	if (outcome === "refused") return;
	new Notice(outcome === "written" ? `Learning saved in "${target.basename}".` : "That learning is already recorded.");
}

/** Adds a funds / teaches / protects link from one stream's note to another stream. */
export async function linkStreams(host: PortfolioHost): Promise<void> {
	const { app } = host;
	const pair = await pickPair(host, "Which stream funds, teaches or protects another?", (from) => `Which stream does ${from.name} fund, teach or protect?`);
	if (!pair) return;
	const [from, to] = pair;
	const relation = await pickRelation(app, `How does ${from.name} help ${to.name}?`);
	if (!relation) return;
	const fromFile = streamFile(app, from);
	const toFile = streamFile(app, to);
	if (!fromFile || !toFile) return;
	const current: unknown = app.metadataCache.getFileCache(fromFile)?.frontmatter?.[relation];
	if (listLinksTo(app, current, toFile, fromFile.path)) {
		new Notice(`${from.name} already ${relation} ${to.name}.`);
		return;
	}
	const link = linkTo(app, toFile, fromFile.path);
	if (link === null) return;
	const indexed = whenIndexed(app, fromFile.path, () => host.refreshNow());
	const outcome = await writeFrontmatter(app, fromFile, [(t) => addEdge(t, relation, link, obsidianYaml)], (fm) => pushToList(fm, relation, link));
	if (outcome !== "written") indexed.cancel();
	if (outcome === "refused") return;
	new Notice(`${from.name} now ${relation} ${to.name}.`);
}
