// The "Map your portfolio" form: one block per thing the person does now, the anchor question,
// suggested targets they can change, and the folder for the notes.
import { Modal, Setting, type App } from "obsidian";
import { formatAmount } from "../../core/format";
import type { NumberContext } from "../../core/numbers";
import { STARTING_ROWS, planStreamNotes, suggestTargets, type MapRow, type PlannedNote } from "../../core/portfolio-map";
import { VOLATILITIES, type Role } from "../../core/types";
import { focusInvalid, markInvalid, saveOnEnter } from "./form-keys";

/** What the form hands back: the notes to create. */
export interface MapResult {
	notes: PlannedNote[];
}

/** Opens the form; resolves with the planned notes, or null when cancelled. */
export function askPortfolioMap(app: App, streamTag: string, numbers: NumberContext): Promise<MapResult | null> {
	return new Promise((resolve) => new MapPortfolioModal(app, streamTag, numbers, resolve).open());
}

const ROLE_LABELS: Record<Exclude<Role, "anchor">, string> = { client: "Client work", leverage: "Leverage (IP, teaching)", seed: "Seed (a small bet)" };
type TextField = "name" | "hours" | "income" | "teaches" | "targetTime" | "targetIncome";

class MapPortfolioModal extends Modal {
	private readonly rows: MapRow[] = STARTING_ROWS.map((row) => ({ ...row, targetTime: "", targetIncome: "" }));
	private readonly controls = new Map<string, HTMLInputElement | HTMLSelectElement>();
	private readonly errorEls = new Map<string, HTMLElement>();
	private anchor = 0;
	private folder = "Streams";
	/** Once the person types a target, changing roles no longer overwrites the targets. */
	private targetsEdited = false;
	private saved = false;
	private rowsEl!: HTMLElement;
	private anchorEl!: HTMLSelectElement;

	constructor(
		app: App,
		private readonly streamTag: string,
		private readonly numbers: NumberContext,
		private readonly done: (result: MapResult | null) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Map your portfolio");
		this.contentEl.addClass("pj-map-form");
		this.contentEl.createEl("p", {
			text: "List what you do now, paid or not: each becomes a stream note. Rename, fill in or empty a row; a row without a name is left out.",
			cls: "pj-hint",
		});
		const body = this.contentEl.createDiv({ cls: "pj-form-fields" });
		this.rowsEl = body.createDiv({ cls: "pj-map-rows" });
		this.suggest();
		this.rows.forEach((_, i) => this.renderRow(i));
		new Setting(body).addButton((b) =>
			b.setButtonText("Add a row").onClick(() => {
				this.rows.push({ name: "", hours: "", income: "", volatility: "", role: "client", category: null, teaches: "", targetTime: "", targetIncome: "" });
				if (!this.targetsEdited) this.suggest();
				this.renderRow(this.rows.length - 1);
				this.refreshAnchorChoices();
				this.controls.get(`${this.rows.length - 1}-name`)?.focus();
			}),
		);
		const anchor = new Setting(body).setName("Which one is your anchor?").setDesc("The steady stream that funds the rest and leaves you energy for them.");
		anchor.addDropdown((d) => {
			this.anchorEl = d.selectEl;
			d.onChange((value) => {
				this.anchor = Number(value);
				if (!this.targetsEdited) this.suggest();
			});
		});
		this.errorEls.set("anchor", anchor.infoEl.createDiv({ cls: "portfolio-journal-field-error", attr: { id: "pj-error-anchor" } }));
		this.controls.set("anchor", this.anchorEl);
		this.refreshAnchorChoices();
		new Setting(body)
			.setName("Folder")
			.setDesc("Where the stream notes go. A note that exists already is left as it is.")
			.addText((t) => t.setValue(this.folder).onChange((v) => (this.folder = v)));
		new Setting(body).setName("Targets").setDesc("Suggested from the typical splits of a portfolio (50/25/15/10 of time by role); change them as you like.").addButton((b) =>
			b.setButtonText("Suggest targets again").onClick(() => {
				this.targetsEdited = false;
				this.suggest();
			}),
		);
		new Setting(this.contentEl.createDiv({ cls: "pj-form-buttons" }))
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) => b.setButtonText("Create notes").setCta().onClick(() => this.save()));
		saveOnEnter(this.contentEl, () => this.save());
		this.controls.get("0-name")?.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
		if (!this.saved) this.done(null);
	}

	private renderRow(i: number): void {
		const row = this.rows[i];
		if (!row) return;
		const box = this.rowsEl.createEl("fieldset", { cls: "pj-map-row" });
		box.createEl("legend", { text: `Stream ${i + 1}` });
		const text = (field: TextField, label: string, hint = ""): void => {
			const wrap = box.createDiv({ cls: `pj-map-field pj-map-${field}` });
			const id = `pj-map-${i}-${field}`;
			wrap.createEl("label", { text: label, attr: { for: id } });
			const input = wrap.createEl("input", { type: "text", attr: { id, placeholder: hint } });
			input.value = row[field];
			input.addEventListener("input", () => {
				row[field] = input.value;
				if (field === "name") this.refreshAnchorChoices();
				if (field === "targetTime" || field === "targetIncome") this.targetsEdited = true;
			});
			this.controls.set(`${i}-${field}`, input);
			this.errorEls.set(`${i}-${field}`, wrap.createDiv({ cls: "portfolio-journal-field-error", attr: { id: `pj-error-${i}-${field}` } }));
		};
		const choice = (label: string, options: readonly [string, string][], value: string, set: (v: string) => void): void => {
			const wrap = box.createDiv({ cls: "pj-map-field" });
			const id = `pj-map-${i}-${label.toLowerCase().replace(/\W+/gu, "-")}`;
			wrap.createEl("label", { text: label, attr: { for: id } });
			const select = wrap.createEl("select", { cls: "dropdown", attr: { id } });
			for (const [v, display] of options) select.createEl("option", { value: v, text: display });
			select.value = value;
			select.addEventListener("change", () => set(select.value));
		};
		text("name", "Name", "e.g. Union job");
		text("hours", "Hours a week", "e.g. 20");
		text("income", "Income a year", `e.g. ${formatAmount(42000, this.numbers.currency || "USD")}`);
		choice("Volatility", [["", "Not sure"], ...VOLATILITIES.map((v): [string, string] => [v, v])], row.volatility, (v) => (row.volatility = v as MapRow["volatility"]));
		choice("Role if not the anchor", Object.entries(ROLE_LABELS), row.role, (v) => {
			row.role = v as MapRow["role"];
			if (!this.targetsEdited) this.suggest();
		});
		text("teaches", "What it teaches you", "e.g. how negotiations really go");
		text("targetTime", "Target time %");
		text("targetIncome", "Target income %");
	}

	/** Fills the target fields from the roles (the anchor's row as anchor). */
	private suggest(): void {
		const named = this.rows.map((row, i) => ({ row, i })).filter(({ row }) => row.name.trim() !== "");
		const targets = suggestTargets(named.map(({ row, i }) => (i === this.anchor ? "anchor" : row.role)));
		named.forEach(({ row, i }, n) => {
			row.targetTime = String(targets[n]?.time ?? "");
			row.targetIncome = String(targets[n]?.income ?? "");
			for (const field of ["targetTime", "targetIncome"] as const) {
				const input = this.controls.get(`${i}-${field}`);
				if (input) input.value = row[field];
			}
		});
	}

	private refreshAnchorChoices(): void {
		const select = this.anchorEl;
		select.empty();
		this.rows.forEach((row, i) => {
			if (row.name.trim() !== "") select.createEl("option", { value: String(i), text: row.name.trim() });
		});
		select.value = String(this.anchor);
		// The anchor's row lost its name: the first named row takes its place, as the list now shows.
		if (select.value === "" && select.options.length > 0) {
			this.anchor = Number(select.options[0]?.value ?? 0);
			select.value = String(this.anchor);
		}
	}

	private save(): void {
		const plan = planStreamNotes(this.rows, this.anchor, this.folder, this.streamTag, this.numbers);
		const errors = plan.ok ? {} : plan.errors;
		for (const [key, el] of this.errorEls) el.setText(errors[key] ?? "");
		const invalid = markInvalid(this.controls, errors);
		if (!plan.ok) {
			if (invalid) focusInvalid(invalid);
			return;
		}
		this.saved = true;
		this.done({ notes: plan.notes });
		this.close();
	}
}
