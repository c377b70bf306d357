// Fakes of Obsidian's suggesters: a modal that lists what matches the typed query, and its fuzzy
// variant over a list of items. Suggestions are `.suggestion-item` elements a click chooses, so
// unit tests and the browser harness drive them the way a person does.
// Real: https://docs.obsidian.md/Reference/TypeScript+API/SuggestModal
// Knowingly differs: matching is a case-insensitive substring test (Obsidian scores fuzzy
// matches), and there is no keyboard navigation.
import { Modal } from "./ui";
import type { App } from "./app";

/** Real: https://docs.obsidian.md/Reference/TypeScript+API/Instruction */
export interface Instruction {
	command: string;
	purpose: string;
}

/** A modal that lists suggestions for what the person types. */
export abstract class SuggestModal<T> extends Modal {
	/** Fake only: the suggest modal opened last, for tests to drive. */
	static lastOpened: SuggestModal<unknown> | null = null;
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	private shown: T[] = [];

	constructor(app: App) {
		super(app);
		this.inputEl = this.modalEl.createEl("input", { type: "text", cls: "prompt-input" });
		this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
		this.inputEl.addEventListener("input", () => void this.refresh());
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}

	setInstructions(_instructions: Instruction[]): void {}

	onNoSuggestion(): void {
		this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
	}

	override open(): void {
		super.open();
		SuggestModal.lastOpened = this;
		void this.refresh();
	}

	// Obsidian closes the modal first and then calls onChooseSuggestion: code that resolves a
	// promise in onClose must let the choice arrive after it, and so must code under this fake.
	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}

	/** Fake only: the text of each suggestion shown now. */
	suggestionTexts(): string[] {
		return [...this.resultContainerEl.querySelectorAll(".suggestion-item")].map((el) => el.textContent ?? "");
	}

	/** Fake only: types `query` and clicks the first suggestion whose text is exactly `text`. */
	async choose(text: string, query = ""): Promise<void> {
		this.inputEl.value = query;
		await this.refresh();
		const index = this.suggestionTexts().indexOf(text);
		const value = this.shown[index];
		if (index < 0 || value === undefined) throw new Error(`No suggestion "${text}" among ${JSON.stringify(this.suggestionTexts())}`);
		this.selectSuggestion(value, new MouseEvent("click"));
	}

	private async refresh(): Promise<void> {
		const items = await this.getSuggestions(this.inputEl.value);
		this.shown = items.slice(0, this.limit);
		this.resultContainerEl.empty();
		if (this.shown.length === 0) this.onNoSuggestion();
		for (const item of this.shown) {
			const el = this.resultContainerEl.createDiv({ cls: "suggestion-item" });
			this.renderSuggestion(item, el);
			el.addEventListener("click", (evt) => this.selectSuggestion(item, evt));
		}
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}

/** Real: https://docs.obsidian.md/Reference/TypeScript+API/FuzzyMatch */
export interface FuzzyMatch<T> {
	item: T;
	match: { score: number; matches: [number, number][] };
}

// Real: https://docs.obsidian.md/Reference/TypeScript+API/FuzzySuggestModal
/** A suggest modal over a fixed list of items, matched on each item's text. */
export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;

	getSuggestions(query: string): FuzzyMatch<T>[] {
		const q = query.trim().toLowerCase();
		return this.getItems()
			.map((item) => ({ item, at: this.getItemText(item).toLowerCase().indexOf(q) }))
			.filter((m) => m.at >= 0)
			.map((m) => ({ item: m.item, match: { score: -m.at, matches: q ? [[m.at, m.at + q.length]] : [] } }));
	}

	renderSuggestion(value: FuzzyMatch<T>, el: HTMLElement): void {
		el.setText(this.getItemText(value.item));
	}

	onChooseSuggestion(value: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(value.item, evt);
	}
}

// Real: https://docs.obsidian.md/Reference/TypeScript+API/AbstractInputSuggest
/** Suggestions under a text input (kept for parts that attach one; the fake shows nothing). */
export abstract class AbstractInputSuggest<T> {
	app: App;
	constructor(app: App, protected readonly textInputEl: HTMLInputElement | HTMLDivElement) {
		this.app = app;
	}
	protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	selectSuggestion(value: T, _evt: MouseEvent | KeyboardEvent): void {
		void value;
	}
	close(): void {}
}
