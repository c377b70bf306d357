// The form behind "Tag note as portfolio stream": one row per stream property, prefilled with
// what the note holds; numbers that cannot be read are shown under their field and not saved.
import { Modal, Setting, type App } from "obsidian";
import { formatAmount } from "../../core/format";
import type { NumberContext } from "../../core/numbers";
import { STREAM_FIELDS, validate, type FormValues, type StreamField } from "./stream-form";
import { focusInvalid, markInvalid, saveOnEnter } from "./form-keys";

/** Asks for a stream's properties; resolves with the form values, or null when cancelled. */
export function askStreamFields(app: App, noteName: string, initial: FormValues, numbers: NumberContext): Promise<FormValues | null> {
	return new Promise((resolve) => new StreamFieldsModal(app, noteName, initial, numbers, resolve).open());
}

// What an unset choice means: a stream without `status` is read as active, so the form says so.
const UNSET_LABELS: Readonly<Record<string, string>> = { status: "Active (the default)" };

class StreamFieldsModal extends Modal {
	private readonly values: FormValues;
	private readonly errorEls = new Map<string, HTMLElement>();
	private readonly controls = new Map<string, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>();
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
		const fields = this.contentEl.createDiv({ cls: "pj-form-fields" });
		for (const field of STREAM_FIELDS) this.addField(fields, field);
		// The buttons stay in view at the foot of the dialog (styles.css), however long the form.
		new Setting(this.contentEl.createDiv({ cls: "pj-form-buttons" }))
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) =>
				b
					.setButtonText("Save")
					.setCta()
					.onClick(() => this.save()),
			);
		saveOnEnter(this.contentEl, () => this.save());
		this.controls.values().next().value?.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
		if (!this.saved) this.done(null);
	}

	private addField(parent: HTMLElement, field: StreamField): void {
		const setting = new Setting(parent).setName(field.label).setDesc(`${field.desc}${this.hint(field)}`);
		setting.settingEl.dataset.key = field.key;
		const current = this.values[field.key] ?? "";
		if (field.kind === "choice") {
			setting.addDropdown((d) => {
				d.addOption("", UNSET_LABELS[field.key] ?? "Not set");
				for (const option of field.options) d.addOption(option, option);
				// A word the note holds that the schema does not know stays selectable, so opening
				// the form and saving never rewrites it behind the person's back.
				if (current !== "" && !field.options.includes(current)) d.addOption(current, `${current} (not a known value)`);
				d.setValue(current).onChange((v) => (this.values[field.key] = v));
				this.controls.set(field.key, d.selectEl);
			});
		} else if (field.kind === "time-blocks") {
			setting.addTextArea((t) => {
				t.setValue(current).onChange((v) => (this.values[field.key] = v));
				this.controls.set(field.key, t.inputEl);
			});
		} else {
			setting.addText((t) => {
				// An empty currency means the vault's: its code shows in the empty box as the default.
				if (field.kind === "currency") t.setPlaceholder(this.vaultCurrency());
				t.setValue(current).onChange((v) => (this.values[field.key] = v));
				this.controls.set(field.key, t.inputEl);
			});
		}
		const error = setting.infoEl.createDiv({ cls: "portfolio-journal-field-error", attr: { id: `pj-error-${field.key}`, "aria-live": "polite" } });
		this.errorEls.set(field.key, error);
	}

	// The vault currency as the settings hold it ("" when unset, shown as USD like every amount).
	private vaultCurrency(): string {
		return this.numbers.currency.trim() || "USD";
	}

	private hint(field: StreamField): string {
		if (field.kind === "number" && field.numberKind === "amount") return ` For example ${formatAmount(42000, this.vaultCurrency())} or 42k.`;
		if (field.kind === "currency") return ` Leave it empty for the vault currency (${this.vaultCurrency()}).`;
		return "";
	}

	private save(): void {
		const errors = validate(this.values, this.numbers);
		for (const [key, el] of this.errorEls) el.setText(errors[key] ?? "");
		const invalid = markInvalid(this.controls, errors);
		if (invalid) {
			focusInvalid(invalid);
			return;
		}
		this.saved = true;
		this.done({ ...this.values });
		this.close();
	}
}
