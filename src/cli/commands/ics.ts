// `ics <vault>`: the calendar the plugin's "Export week to calendar" writes, on stdout alone.
import type { Portfolio } from "../../core/types";
import type { CliIo } from "../run-cli";
import { buildWeek } from "../../core/week";
import { weekCalendar } from "../../core/week-ics";

/** The iCalendar text of the portfolio's week, starting the week that holds `today` (`YYYY-MM-DD`). */
export function icsText(portfolio: Portfolio, today: string): string {
	return weekCalendar(buildWeek(portfolio.streams), today);
}

/** Prints the calendar; stdout carries nothing else, so `ics <vault> > week.ics` is the file. */
export function runIcs(portfolio: Portfolio, today: string, io: Pick<CliIo, "out">): number {
	io.out(icsText(portfolio, today));
	return 0;
}
