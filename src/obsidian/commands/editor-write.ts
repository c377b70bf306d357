// Writes into a note that is open in an editor go through that editor, as one transaction (one undo
// step), on the text the editor holds, including what the person typed and Obsidian has not saved
// yet. Writing the file underneath would lose that text or race the editor's own save.
// Real API: obsidian.d.ts Editor.getValue / offsetToPos / transaction; MarkdownView.editor.
import { MarkdownView, type App, type Editor, type TFile } from "obsidian";
import type { EditResult } from "../../core/frontmatter-edit";

/** The editor of a leaf showing `file`, or null when the note is open nowhere. */
export function openEditor(app: App, file: TFile): Editor | null {
	for (const leaf of app.workspace.getLeavesOfType("markdown")) {
		const view = leaf.view;
		if (view instanceof MarkdownView && view.file?.path === file.path) return view.editor;
	}
	return null;
}

/** Replaces the editor's text by `result.text`, changing only the span that differs, in one transaction. */
export function applyInEditor(editor: Editor, before: string, after: string): void {
	let start = 0;
	while (start < before.length && start < after.length && before[start] === after[start]) start++;
	let endBefore = before.length;
	let endAfter = after.length;
	while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
		endBefore--;
		endAfter--;
	}
	editor.transaction({ changes: [{ from: editor.offsetToPos(start), to: editor.offsetToPos(endBefore), text: after.slice(start, endAfter) }] });
}

/** What an editor write did: the edit's result on the editor's text (applied when it changed something). */
export function writeInEditor(editor: Editor, edit: (text: string) => EditResult): EditResult {
	const before = editor.getValue();
	const result = edit(before);
	if (result.ok && result.changed) applyInEditor(editor, before, result.text);
	return result;
}
