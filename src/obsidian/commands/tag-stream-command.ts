// "Tag note as portfolio stream": the form for a note's stream properties, then only the keys
// that changed are written, the stream tag is added once, and every other key stays as it was.
import { Notice, type TFile } from "obsidian";
import { ensureTag, parseFrontmatter, setList, setScalar } from "../../core/frontmatter-edit";
import { normalizeTag } from "../../core/tags";
import { askStreamFields } from "../modals/stream-fields-modal";
import { changedFields, initialValues } from "../modals/stream-form";
import { noteHasTag } from "../note-input";
import type { PortfolioHost } from "../plugin-host";
import { addTag, refusedNotice, obsidianYaml, setProperty, whenIndexed, writeFrontmatter, type Edit } from "./note-writer";

/** Opens the stream form for `file` and writes what the person changed. */
export async function tagNoteAsStream(host: PortfolioHost, file: TFile): Promise<void> {
	const { app } = host;
	const parsed = parseFrontmatter(await app.vault.read(file), obsidianYaml);
	if (!parsed.ok) {
		refusedNotice(file, parsed.detail);
		return;
	}
	const settings = host.settings();
	const numbers = { format: settings.numberFormat, currency: settings.currency };
	const initial = initialValues(parsed.data);
	const values = await askStreamFields(app, file.basename, initial, numbers);
	if (!values) return;

	const tag = normalizeTag(settings.streamTag);
	const tagged = tag === "" || noteHasTag(app, file, tag);
	const changes = changedFields(initial, values, numbers);
	if (changes.length === 0 && tagged) {
		new Notice("Nothing changed.");
		return;
	}
	const edits: Edit[] = changes.map(({ key, value }) => (text: string) => (typeof value === "object" && value !== null ? setList(text, key, value, obsidianYaml) : setScalar(text, key, value, obsidianYaml)));
	if (!tagged) edits.push((text) => ensureTag(text, tag, obsidianYaml));
	const indexed = whenIndexed(app, file.path, () => host.refreshNow());
	const outcome = await writeFrontmatter(app, file, edits, (fm) => {
		for (const c of changes) setProperty(fm, c.key, c.value);
		if (!tagged) addTag(fm, tag);
	});
	if (outcome !== "written") indexed.cancel();
	if (outcome === "written") {
		new Notice(`Saved "${file.basename}" as a portfolio stream.`);
	} else if (outcome === "unchanged") {
		new Notice("Nothing changed.");
	}
}
