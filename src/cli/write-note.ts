// Writing one note from the CLI with the plugin's rules: an edit computed on the text read, written
// only if the file still holds that text (else refused, nothing written), and a new note created
// only where no file exists (never over one).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parse } from "yaml";
import type { EditResult, YamlParser } from "../core/frontmatter-edit";
import { diskPath } from "./disk-path";
import { fileErrorAdvice, fileErrorReason } from "./file-error";

/** The CLI's YAML parser for edits: the same `yaml` the CLI reads notes with. */
export const cliYaml: YamlParser = (text) => parse(text) as unknown;

/** What a write did; `refused` carries the one line to print (exit 1). */
export type CliWrite = { kind: "written" } | { kind: "unchanged" } | { kind: "refused"; reason: string };

/** Applies `edit` to the note at `path` (vault-relative, found on disk in any Unicode form), byte for byte elsewhere. */
export function editNote(root: string, path: string, edit: (text: string) => EditResult): CliWrite {
	const file = diskPath(root, path);
	let before: string;
	try {
		before = readFileSync(file, "utf8");
	} catch (error) {
		return { kind: "refused", reason: `Nothing was written to ${path}: it could not be read (${fileErrorReason(error)}).${fileErrorAdvice(error, "the note", "read")}` };
	}
	const result = edit(before);
	if (!result.ok) return { kind: "refused", reason: `Nothing was written to ${path}: ${result.detail}. Fix that in the note, then run the command again.` };
	if (!result.changed) return { kind: "unchanged" };
	// Another program may have saved the note since we read it: write only over what the edit saw.
	if (readFileSync(file, "utf8") !== before) return { kind: "refused", reason: `Nothing was written: ${path} changed while it was being edited. Run the command again.` };
	try {
		writeFileSync(file, result.text, "utf8");
	} catch (error) {
		// The note is opened for writing before any byte is written: refused at open, it is unchanged.
		return { kind: "refused", reason: `Nothing was written to ${path}: it could not be written (${fileErrorReason(error)}).${fileErrorAdvice(error, "the note", "write")}` };
	}
	return { kind: "written" };
}

/** Creates a note at `path` (vault-relative; existing folders as the disk spells them) with `text`; refused when any file is there already, in any Unicode form. */
export function createNote(root: string, path: string, text: string): CliWrite {
	const file = diskPath(root, path);
	try {
		mkdirSync(dirname(file), { recursive: true });
		// `wx`: fail if the file exists, so an existing note is never overwritten, even in a race.
		writeFileSync(file, text, { encoding: "utf8", flag: "wx" });
	} catch (error) {
		const exists = error instanceof Error && "code" in error && error.code === "EEXIST";
		if (exists) return { kind: "refused", reason: `Nothing was written: ${path} exists already.` };
		const folder = dirname(path);
		return { kind: "refused", reason: `Nothing was written: ${path} could not be created (${fileErrorReason(error)}).${fileErrorAdvice(error, folder === "." ? "the vault folder" : `the folder ${folder}`, "write")}` };
	}
	return { kind: "written" };
}
