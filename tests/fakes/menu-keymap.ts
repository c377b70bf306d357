// Fakes of Obsidian's Keymap.isModEvent and Menu: what a note link needs to behave as Obsidian's own.
// Real: https://docs.obsidian.md/Reference/TypeScript+API/Keymap/isModEvent and .../Menu
// Knowingly differs: the menu is not drawn; the fake keeps the last menu shown so a test can read
// its items and click one. Mod is Ctrl here (Cmd on macOS in the real app).

/** Pane types as obsidian.d.ts names them. */
export type PaneType = "tab" | "split" | "window";

/**
 * As obsidian.d.ts documents it: 'tab' for Mod or a middle click, 'split' for Mod+Alt,
 * 'window' for Mod+Alt+Shift, else false.
 */
export class Keymap {
	static isModEvent(evt?: MouseEvent | KeyboardEvent | null): PaneType | boolean {
		if (!evt) return false;
		const mod = evt.ctrlKey || evt.metaKey;
		if (mod && evt.altKey && evt.shiftKey) return "window";
		if (mod && evt.altKey) return "split";
		if (mod) return "tab";
		if ("button" in evt && evt.button === 1) return "tab";
		return false;
	}
}

/** One item of a Menu. */
export class MenuItem {
	title = "";
	icon = "";
	section = "";
	private handler: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

	setTitle(title: string): this {
		this.title = title;
		return this;
	}

	setIcon(icon: string | null): this {
		this.icon = icon ?? "";
		return this;
	}

	setSection(section: string): this {
		this.section = section;
		return this;
	}

	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.handler = callback;
		return this;
	}

	/** Fake only: what choosing the item does. */
	click(): void {
		this.handler?.(new MouseEvent("click"));
	}
}

/** A context menu; `Menu.lastShown` is the fake's record of the one on screen. */
export class Menu {
	static lastShown: Menu | null = null;
	items: MenuItem[] = [];

	addItem(callback: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		callback(item);
		this.items.push(item);
		return this;
	}

	addSeparator(): this {
		return this;
	}

	showAtMouseEvent(_evt: MouseEvent): this {
		Menu.lastShown = this;
		return this;
	}

	showAtPosition(_position: { x: number; y: number }): this {
		Menu.lastShown = this;
		return this;
	}
}
