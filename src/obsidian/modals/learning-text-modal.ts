// Typing a learning: what one stream taught another, in a sentence or two.
import { Modal, Setting, type App } from "obsidian";
import { focusInvalid, markInvalid, saveOnEnter } from "./form-keys";

/** Asks what was learned; resolves with the text, or null when cancelled. */
export function askLearningText(app: App, fromName: string, toName: string): Promise<string | null> {
	return new Promise((resolve) => new LearningTextModal(app, fromName, toName, resolve).open());
}

class LearningTextModal extends Modal {
	private saved = false;

	constructor(
		app: App,
		private readonly fromName: string,
		private readonly toName: string,
		private readonly done: (text: string | null) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(`What did ${this.fromName} teach ${this.toName}?`);
		const area = this.contentEl.createEl("textarea", {
			cls: "portfolio-journal-learning-text",
			attr: { rows: "4", placeholder: "A concrete example: what changed because of it", "aria-label": "What was learned" },
		});
		const error = this.contentEl.createDiv({ cls: "portfolio-journal-field-error", attr: { id: "pj-error-text", "aria-live": "polite" } });
		const save = (): void => {
			const text = area.value.trim();
			const errors: Record<string, string> = text === "" ? { text: "Write what was learned first." } : {};
			error.setText(errors.text ?? "");
			if (markInvalid(new Map([["text", area]]), errors)) {
				focusInvalid(area);
				return;
			}
			this.saved = true;
			this.done(text);
			this.close();
		};
		this.contentEl.createEl("p", { text: "Ctrl+Enter (Cmd+Enter on a Mac) saves.", cls: "pj-hint" });
		new Setting(this.contentEl)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) => b.setButtonText("Save learning").setCta().onClick(save));
		saveOnEnter(this.contentEl, save);
		area.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
		if (!this.saved) this.done(null);
	}
}
