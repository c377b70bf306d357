// Keyboard and error marking shared by the plugin's forms: Enter saves, invalid fields are marked
// for screen readers and focused.

/**
 * Saves on Enter in a text field or a dropdown (not in a text area, not while an input method is
 * composing, not on a button, whose own Enter already clicks it), and on Mod+Enter anywhere
 * (Cmd on macOS, Ctrl elsewhere), so a multi-line field can still take new lines.
 */
export function saveOnEnter(el: HTMLElement, save: () => void): void {
	el.addEventListener("keydown", (event: KeyboardEvent) => {
		if (event.key !== "Enter" || event.isComposing || event.shiftKey) return;
		const target = event.target as HTMLElement | null;
		const tag = target?.tagName ?? "";
		const mod = event.metaKey || event.ctrlKey;
		if (tag === "BUTTON" || (tag === "TEXTAREA" && !mod)) return;
		event.preventDefault();
		save();
	});
}

/**
 * Sets `aria-invalid` and `aria-describedby` (the error under the field, id `pj-error-<key>`) on
 * each control with an error, clears them on the others; returns the first invalid control, or null.
 */
export function markInvalid(controls: ReadonlyMap<string, HTMLElement>, errors: Readonly<Record<string, string>>): HTMLElement | null {
	let first: HTMLElement | null = null;
	for (const [key, control] of controls) {
		if (errors[key] === undefined) {
			control.removeAttribute("aria-invalid");
			control.removeAttribute("aria-describedby");
			continue;
		}
		control.setAttribute("aria-invalid", "true");
		control.setAttribute("aria-describedby", `pj-error-${key}`);
		first ??= control;
	}
	return first;
}

/**
 * Focuses an invalid control and scrolls its error (the element `aria-describedby` names) and then
 * the control into the form's view: the error just written beside the field may have pushed one of
 * them out of a scrolling form on a phone.
 */
export function focusInvalid(control: HTMLElement): void {
	control.focus();
	control.ownerDocument.getElementById(control.getAttribute("aria-describedby") ?? "")?.scrollIntoView({ block: "nearest" });
	control.scrollIntoView({ block: "nearest" });
}
