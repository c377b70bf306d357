// A yes-or-no question before an action the person may not expect (a review of a quarter in progress).
import { Modal, Setting, type App } from "obsidian";

/** Asks `question`; resolves true on `confirmText`, false on Cancel, Escape or closing the dialog. */
export function askToConfirm(app: App, title: string, question: string, confirmText: string): Promise<boolean> {
	return new Promise((resolve) => new ConfirmModal(app, title, question, confirmText, resolve).open());
}

class ConfirmModal extends Modal {
	private answered = false;

	constructor(
		app: App,
		private readonly title: string,
		private readonly question: string,
		private readonly confirmText: string,
		private readonly done: (yes: boolean) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(this.title);
		this.contentEl.createEl("p", { text: this.question });
		new Setting(this.contentEl)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) => {
				b.setButtonText(this.confirmText)
					.setCta()
					.onClick(() => {
						this.answered = true;
						this.done(true);
						this.close();
					});
				// The safe answer is one Escape away; Enter on the focused button confirms.
				b.buttonEl.focus();
			});
	}

	override onClose(): void {
		this.contentEl.empty();
		if (!this.answered) this.done(false);
	}
}
