// Choosing a stream or a relation from a list, as a promise the command can await.
import { FuzzySuggestModal, type App } from "obsidian";
import { DESIGNED_EDGE_TYPES, type DesignedEdgeType, type Stream } from "../../core/types";

/** What a relation means, shown under its name in the picker. */
const RELATION_TEXT: Record<DesignedEdgeType, string> = {
	funds: "funds: its income pays for the other's time",
	teaches: "teaches: what it reveals improves the other",
	protects: "protects: it gives the other slack to refuse bad work",
};

/** What a picker asks: the whole question (shown above the input, wrapping on a phone) and a short placeholder. */
export interface PickerPrompt {
	question: string;
	placeholder: string;
}

class ListPicker<T> extends FuzzySuggestModal<T> {
	private chosen = false;

	constructor(
		app: App,
		private readonly items: T[],
		private readonly text: (item: T) => string,
		prompt: PickerPrompt,
		private readonly done: (item: T | null) => void,
	) {
		super(app);
		// The input's placeholder is cut to the input's width (a 390 px phone shows ~35 characters):
		// the question lives in its own line above, the placeholder only says what to type.
		this.modalEl.prepend(createDiv({ cls: "pj-picker-question", text: prompt.question }));
		this.setPlaceholder(prompt.placeholder);
	}

	getItems(): T[] {
		return this.items;
	}

	getItemText(item: T): string {
		return this.text(item);
	}

	onChooseItem(item: T): void {
		this.chosen = true;
		this.done(item);
	}

	// Obsidian calls onClose before onChooseItem; waiting a tick lets a choice arrive first.
	override onClose(): void {
		window.setTimeout(() => {
			if (!this.chosen) this.done(null);
		}, 0);
	}
}

/** Lets the person pick one of `streams` (name and folder shown); null when dismissed. */
export function pickStream(app: App, streams: readonly Stream[], question: string): Promise<Stream | null> {
	return new Promise((resolve) => {
		const label = (s: Stream) => (streams.some((o) => o !== s && o.name.toLowerCase() === s.name.toLowerCase()) ? s.path.replace(/\.md$/i, "") : s.name);
		new ListPicker(app, [...streams], label, { question, placeholder: "Type a stream's name" }, resolve).open();
	});
}

/** Lets the person pick funds, teaches or protects; null when dismissed. */
export function pickRelation(app: App, question: string): Promise<DesignedEdgeType | null> {
	return new Promise((resolve) => {
		new ListPicker<DesignedEdgeType>(app, [...DESIGNED_EDGE_TYPES], (r) => RELATION_TEXT[r], { question, placeholder: "Funds, teaches or protects" }, resolve).open();
	});
}
