// Fake of what Obsidian 1.13's settings window does with a tab's declarative settings.
// Real: obsidian.d.ts 1.13.1, SettingTab.getSettingDefinitions() ("called on every display() and once
// when the tab is added ... for search indexing"), getControlValue(key) ("called on every render of a
// control-type setting"), setControlValue(key, value) ("called on user change"), and
// SettingControlBase.validate: "Return a non-empty string to reject the change and surface it as an
// inline error message below the setting; return void/empty/undefined to accept and persist."
// https://docs.obsidian.md/Plugins/User+interface/Settings
// Only groups of controls, the shapes the plugin uses; no DOM (the window's look is Obsidian's).

/** One control as the settings window lists it. */
export interface ListedSetting {
	heading: string | undefined;
	name: string;
	desc: string | undefined;
	control: { type: string; key: string; options?: Record<string, string>; validate?: (value: string) => unknown };
}

interface DeclarativeTab {
	getSettingDefinitions(): unknown[];
	getControlValue(key: string): unknown;
	setControlValue(key: string, value: unknown): unknown;
}

/** Every control of the tab, under its group's heading, in order. */
export function listSettings(tab: DeclarativeTab): ListedSetting[] {
	const out: ListedSetting[] = [];
	for (const item of tab.getSettingDefinitions() as { heading?: string; items?: { name: string; desc?: string; control?: ListedSetting["control"] }[] }[]) {
		for (const setting of item.items ?? []) {
			if (setting.control) out.push({ heading: item.heading, name: setting.name, desc: setting.desc, control: setting.control });
		}
	}
	return out;
}

/** The value the window shows in the control named `name`. */
export function shownValue(tab: DeclarativeTab, name: string): unknown {
	return tab.getControlValue(find(tab, name).control.key);
}

/** The person changes the control named `name`: the inline error when validate refuses it (nothing saved), else null. */
export async function changeSetting(tab: DeclarativeTab, name: string, value: string): Promise<string | null> {
	const { control } = find(tab, name);
	const message = await control.validate?.(value);
	if (typeof message === "string" && message !== "") return message;
	await tab.setControlValue(control.key, value);
	return null;
}

function find(tab: DeclarativeTab, name: string): ListedSetting {
	const found = listSettings(tab).find((s) => s.name === name);
	if (!found) throw new Error(`No setting named ${name}`);
	return found;
}
