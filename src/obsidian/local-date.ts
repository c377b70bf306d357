// Today as the person's calendar shows it, for the model's current quarter and the commands' dates.
import { format } from "date-fns";

/** The day as `YYYY-MM-DD` in the person's time zone. */
export function localDate(now: Date = new Date()): string {
	return format(now, "yyyy-MM-dd");
}
