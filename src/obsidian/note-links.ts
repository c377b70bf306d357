// Note links in the dashboard behave as Obsidian's internal links do: a click opens the note in the
// current tab (or shows the tab that already has it, so three clicks make one tab), Mod-click or a
// middle click opens a new tab (Mod+Alt a split, Mod+Alt+Shift a window), hovering shows the Page
// preview, and the context menu offers what a file's menu offers.
import { Keymap, Menu, type App, type HoverParent, type MarkdownView, type PaneType, type TFile } from "obsidian";

/** The id the dashboard's links announce to the Page preview core plugin. */
export const HOVER_SOURCE_ID = "portfolio-journal";

/** What the dashboard's links call; one per pane or code block. */
export interface NoteLinkActions {
	open: (path: string, event?: MouseEvent | KeyboardEvent) => void;
	hover: (event: MouseEvent, targetEl: HTMLElement, path: string) => void;
	menu: (event: MouseEvent, path: string) => void;
}

/** The actions for one pane: `hoverParent` holds the preview popover while it is open. */
export function noteLinkActions(app: App, hoverParent: HoverParent): NoteLinkActions {
	const file = (path: string): TFile | null => app.vault.getFileByPath(path);
	return {
		open: (path, event) => {
			const target = file(path);
			if (target) void openFile(app, target, event ? Keymap.isModEvent(event) : false);
		},
		hover: (event, targetEl, path) => {
			app.workspace.trigger("hover-link", { event, source: HOVER_SOURCE_ID, hoverParent, targetEl, linktext: path, sourcePath: "" });
		},
		menu: (event, path) => {
			const target = file(path);
			if (!target) return;
			event.preventDefault();
			const menu = new Menu();
			menu.addItem((item) => item.setTitle("Open in new tab").setIcon("file-plus").onClick(() => void openFile(app, target, "tab")));
			menu.addItem((item) => item.setTitle("Open to the right").setIcon("separator-vertical").onClick(() => void openFile(app, target, "split")));
			// Other plugins and the core add their items (reveal, rename, bookmark...) as for a link's menu.
			app.workspace.trigger("file-menu", menu, target, "link-context-menu");
			menu.showAtMouseEvent(event);
		},
	};
}

/** Opens `file` in a new pane of that type, or shows the tab that has it, or opens it in the current tab. */
async function openFile(app: App, file: TFile, pane: PaneType | boolean): Promise<void> {
	const { workspace } = app;
	if (pane) {
		await workspace.getLeaf(pane).openFile(file);
		return;
	}
	const open = workspace.getLeavesOfType("markdown").find((leaf) => (leaf.view as MarkdownView).file?.path === file.path);
	if (open) {
		workspace.setActiveLeaf(open, { focus: true });
		return;
	}
	await workspace.getLeaf(false).openFile(file);
}
