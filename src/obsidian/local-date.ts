// Today as the person's calendar shows it, for the model's current quarter and the commands' dates.
// Written by hand: date-fns `format` would bring its formatters and default locale into main.js
// (about 19 KB) for one fixed pattern.

/** The day as `YYYY-MM-DD` in the person's time zone. */
export function localDate(now: Date = new Date()): string {
	const pad = (n: number): string => String(n).padStart(2, "0");
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
