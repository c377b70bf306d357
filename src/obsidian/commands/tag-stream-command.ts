// "Tag note as portfolio stream": the form for a note's stream properties, then only the keys
// that changed are written, the stream tag is added once, and every other key stays as it was.
import { Notice, type TFile } from "obsidian";
import { ensureTag, parseFrontmatter, setList, setScalar } from "../../core/frontmatter-edit";
import { keyAsWritten } from "../../core/property-lookup";
import { normalizeTag } from "../../core/tags";
import { askStreamFields } from "../modals/stream-fields-modal";
import { changedFields, initialValues } from "../modals/stream-form";
import { noteHasTag } from "../note-input";
import type { PortfolioHost } from "../plugin-host";
import { invalidYamlNotice, obsidianYaml, writeFrontmatter, type Edit } from "./note-writer";

/** Opens the stream form for `file` and writes what the person changed. */
export async function tagNoteAsStream(host: PortfolioHost, file: TFile): Promise<void> {
	const { app } = host;
	const parsed = parseFrontmatter(await app.vault.read(file), obsidianYaml);
	if (!parsed.ok) {
		invalidYamlNotice(file, parsed.detail);
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
	const outcome = await writeFrontmatter(app, file, edits, (fm) => {
		for (const c of changes) {
			// The key as the note spells it (`Role`), so the fallback never adds a second `role`.
			const key = keyAsWritten(fm, c.key).key ?? c.key;
			if (c.value === null) delete fm[key];
			else fm[key] = typeof c.value === "object" ? [...c.value] : c.value;
		}
		if (!tagged) addTag(fm, tag);
	});
	if (outcome === "written") {
		host.refreshNow();
		new Notice(`Saved "${file.basename}" as a portfolio stream.`);
	} else if (outcome === "unchanged") {
		new Notice("Nothing changed.");
	}
}

// The fallback's tag edit: a comma- or space-separated `tags` text becomes a list, so each tag
// stays a tag of its own.
function addTag(fm: Record<string, unknown>, tag: string): void {
	const current = fm.tags;
	const list = Array.isArray(current) ? (current as unknown[]) : typeof current === "string" ? current.split(/[,\s]+/).filter((t) => t !== "") : current === undefined || current === null ? [] : [current];
	if (!list.some((t) => typeof t === "string" && normalizeTag(t) === tag)) list.push(tag);
	fm.tags = list;
}
