// The form behind "Tag note as portfolio stream": one row per stream property, prefilled with
// what the note holds; numbers that cannot be read are shown under their field and not saved.
import { Modal, Setting, type App } from "obsidian";
import type { NumberContext } from "../../core/numbers";
import { STREAM_FIELDS, validate, type FormValues, type StreamField } from "./stream-form";

/** Asks for a stream's properties; resolves with the form values, or null when cancelled. */
export function askStreamFields(app: App, noteName: string, initial: FormValues, numbers: NumberContext): Promise<FormValues | null> {
	return new Promise((resolve) => new StreamFieldsModal(app, noteName, initial, numbers, resolve).open());
}

class StreamFieldsModal extends Modal {
	private readonly values: FormValues;
	private readonly errorEls = new Map<string, HTMLElement>();
	private saved = false;

	constructor(
		app: App,
		private readonly noteName: string,
		initial: FormValues,
		private readonly numbers: NumberContext,
		private readonly done: (values: FormValues | null) => void,
	) {
		super(app);
		this.values = { ...initial };
	}

	override onOpen(): void {
		this.setTitle(`Portfolio stream: ${this.noteName}`);
		this.contentEl.addClass("portfolio-journal-stream-form");
		for (const field of STREAM_FIELDS) this.addField(field);
		new Setting(this.contentEl)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) =>
				b
					.setButtonText("Save")
					.setCta()
					.onClick(() => this.save()),
			);
	}

	override onClose(): void {
		this.contentEl.empty();
		if (!this.saved) this.done(null);
	}

	private addField(field: StreamField): void {
		const setting = new Setting(this.contentEl).setName(field.label).setDesc(field.desc);
		setting.settingEl.dataset.key = field.key;
		const current = this.values[field.key] ?? "";
		if (field.kind === "choice") {
			setting.addDropdown((d) => {
				d.addOption("", "Not set");
				for (const option of field.options) d.addOption(option, option);
				// A word the note holds that the schema does not know stays selectable, so opening
				// the form and saving never rewrites it behind the person's back.
				if (current !== "" && !field.options.includes(current)) d.addOption(current, `${current} (not a known value)`);
				d.setValue(current).onChange((v) => (this.values[field.key] = v));
			});
		} else if (field.kind === "time-blocks") {
			setting.addTextArea((t) => t.setValue(current).onChange((v) => (this.values[field.key] = v)));
		} else {
			setting.addText((t) => t.setValue(current).onChange((v) => (this.values[field.key] = v)));
		}
		this.errorEls.set(field.key, setting.infoEl.createDiv({ cls: "portfolio-journal-field-error" }));
	}

	private save(): void {
		const errors = validate(this.values, this.numbers);
		for (const [key, el] of this.errorEls) el.setText(errors[key] ?? "");
		if (Object.keys(errors).length > 0) return;
		this.saved = true;
		this.done({ ...this.values });
		this.close();
	}
}
