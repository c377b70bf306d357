// Command-line arguments to a plain request, kept apart from I/O so every rule can be tested.
import { isValid, parseISO } from "date-fns";
import { parseQuarter } from "../core/quarter";

/** The commands the CLI knows. */
export type Command = "report" | "review" | "check" | "week" | "ics" | "learn" | "link" | "roadmap" | "compare" | "explore" | "export";

/** What the user asked for. `today` and `quarter` are null when not given. */
export interface CliRequest {
	command: Command;
	vault: string;
	json: boolean;
	today: string | null;
	quarter: string | null;
	/** A command's own options as written (`--max-hours` -> "40"; a flag such as `--no-anchor` -> ""); the command reads them. */
	options: Record<string, string>;
	/** review --write: create the note instead of printing it. */
	write: boolean;
	/** learn and link: the streams (name or path), the learning's text and day, the link's type. */
	from: string | null;
	to: string | null;
	text: string | null;
	date: string | null;
	type: string | null;
}

/** The outcome of parsing: a request, a request for help or the version, no command at all (the usage, exit 2), or a one-line error (exit 2). */
export type ParsedArgs = { kind: "run"; request: CliRequest } | { kind: "help" } | { kind: "version" } | { kind: "no-command" } | { kind: "error"; message: string };

// Which options each command accepts; anything else is refused rather than silently ignored.
const OPTIONS: Record<Command, readonly string[]> = {
	report: ["--json", "--today"],
	review: ["--quarter", "--today", "--write"],
	learn: ["--from", "--to", "--text", "--date", "--today"],
	link: ["--from", "--to", "--type", "--today"],
	check: ["--today"],
	roadmap: ["--json", "--today"],
	compare: ["--json", "--today"],
	explore: ["--json", "--today", "--max-hours", "--min-income", "--streams", "--no-anchor"],
	week: ["--json", "--today"],
	ics: ["--today"],
	export: ["--csv", "--today"],
};
const WITH_VALUE = new Set(["--today", "--quarter", "--from", "--to", "--text", "--date", "--type", "--max-hours", "--min-income", "--streams"]);

/** The usage text `--help` prints. */
export const USAGE = `Usage: portfolio-journal <command> <vault> [options]

Commands:
  report <vault> [--json] [--today YYYY-MM-DD]    the portfolio: allocation, edges, findings, diagnostics
  review <vault> [--quarter YYYY-Qn] [--today YYYY-MM-DD]
                                                  print the quarterly review note the plugin would create (writes nothing)
  check <vault> [--today YYYY-MM-DD]              print the diagnostics; exit 1 when any is an error
  roadmap <vault> [--json] [--today YYYY-MM-DD]   the streams running in this quarter and the next 7, with totals and findings
  compare <vault> [--json] [--today YYYY-MM-DD]   now against every scenario note, measure by measure
  explore <vault> [--max-hours N] [--min-income N] [--streams 3-5] [--no-anchor] [--json]
                                                  the best 5 combinations of candidate streams that fit
  week <vault> [--json]                           each day's time blocks, hours a week per stream, the week's findings
  ics <vault> [--today YYYY-MM-DD]                print the week as an iCalendar file (what the plugin exports)
  review <vault> --write [--quarter YYYY-Qn]      create the review note in the vault (never over an existing file)
  learn <vault> --from <stream> --to <stream> --text <text> [--date YYYY-MM-DD]
                                                  record a learning in the --from stream's note
  link <vault> --from <stream> --to <stream> --type funds|teaches|protects
                                                  add a designed edge to the --from stream's note
  export <vault> --csv                            each stream's hours and income per reviewed quarter, by fiscal year, as CSV

Options:
  --json       print the report as one JSON object
  --today      the day to look from (default: today); decides the last finished quarter, and the
               week the calendar's events start in
  --csv        write the export as CSV (comma-separated, UTF-8, one header row)
  --quarter    the quarter to review (default: the last finished quarter while it has no review, else the current one); 2026-Q3, Q3 2026 or 2026q3
  --max-hours  hours a week a combination may take at most (default: the overload threshold, 60)
  --min-income income a year a combination must bring at least (default: the exploreMinIncome setting, 0)
  --streams    how many streams a combination holds: 3-5, or one number (default: the stream-count thresholds)
  --no-anchor  let a combination have no anchor stream (default: the exploreRequireAnchor setting)
  -h, --help   show this help
  -V, --version  print the version

A stream is named by its note's name or path. Writing commands change nothing else in the note.

Exit codes: 0 fine, 1 check found errors or a write was refused (the note is unchanged), 2 bad arguments or no such vault.`;

/** Parses `argv` (without `node` and the script). */
export function parseArgs(argv: readonly string[]): ParsedArgs {
	if (argv.length === 0) return { kind: "no-command" };
	if (argv.includes("--help") || argv.includes("-h") || argv[0] === "help") return { kind: "help" };
	if (argv[0] === "--version" || argv[0] === "-V") return { kind: "version" };
	const [command, ...rest] = argv;
	if (!isCommand(command)) return fail(`Unknown command "${command ?? ""}". Use report, review, check, week, ics, learn, link, roadmap, compare, explore or export (see --help).`);
	const request: CliRequest = { command, vault: "", json: false, today: null, quarter: null, write: false, from: null, to: null, text: null, date: null, type: null, options: {} };
	const positional: string[] = [];
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i] ?? "";
		if (!arg.startsWith("--")) {
			positional.push(arg);
			continue;
		}
		const eq = arg.indexOf("=");
		const name = eq < 0 ? arg : arg.slice(0, eq);
		if (!OPTIONS[command].includes(name)) return fail(`Unknown option ${name} for ${command} (see --help).`);
		if (!WITH_VALUE.has(name)) {
			if (eq >= 0) return fail(`Option ${name} takes no value.`);
			if (name === "--write") request.write = true;
			else if (name === "--json") request.json = true;
			else request.options[name] = "";
			continue;
		}
		const value = eq >= 0 ? arg.slice(eq + 1) : rest[++i];
		if (value === undefined || value === "") return fail(`Option ${name} needs a value.`);
		if (name === "--today" || name === "--date") {
			if (!isDay(value)) return fail(`The date after ${name} must be a real day written YYYY-MM-DD, not "${value}".`);
			if (name === "--today") request.today = value;
			else request.date = value;
		} else if (name === "--from" || name === "--to" || name === "--text" || name === "--type") {
			request[name.slice(2) as "from" | "to" | "text" | "type"] = value;
		} else if (name === "--max-hours" || name === "--min-income" || name === "--streams") {
			request.options[name] = value;
		} else {
			const quarter = isQuarterText(value) ? parseQuarter(value) : null;
			if (quarter === null) return fail(`The quarter after --quarter must look like 2026-Q3, not "${value}".`);
			request.quarter = quarter;
		}
	}
	if (positional.length === 0) return fail(`Missing the vault folder: portfolio-journal ${command} <vault>.`);
	if (positional.length > 1) return fail(`Expected one vault folder, got ${positional.length}: ${positional.join(", ")}.`);
	if (command === "export" && request.options["--csv"] === undefined) return fail("The export needs a format: portfolio-journal export <vault> --csv.");
	request.vault = positional[0] ?? "";
	return { kind: "run", request };
}

function isCommand(value: string | undefined): value is Command {
	return value !== undefined && Object.prototype.hasOwnProperty.call(OPTIONS, value);
}

// The exact shape first: parseISO alone would also take `2026-08` or a time; it refuses 2026-02-30 itself.
function isDay(text: string): boolean {
	return /^\d{4}-\d{2}-\d{2}$/u.test(text) && isValid(parseISO(text));
}

// The whole value must be a quarter: parseQuarter alone would find one inside "2026-Q3x".
function isQuarterText(text: string): boolean {
	return /^\s*(?:\d{4}[\s_-]*[Qq][1-4]|[Qq][1-4][\s_-]*\d{4})\s*$/u.test(text);
}

function fail(message: string): ParsedArgs {
	return { kind: "error", message };
}
