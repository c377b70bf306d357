// Argument rules: what each command accepts, and the one-line message for everything it refuses.
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";

describe("parseArgs", () => {
	it("reads report with --json and --today in either spelling", () => {
		expect(parseArgs(["report", "vault", "--json", "--today", "2026-11-21"])).toEqual({
			kind: "run",
			request: { command: "report", vault: "vault", json: true, today: "2026-11-21", quarter: null, write: false, from: null, to: null, text: null, date: null, type: null, options: {} },
		});
		expect(parseArgs(["report", "--today=2026-02-28", "vault"])).toMatchObject({ kind: "run", request: { vault: "vault", today: "2026-02-28" } });
	});

	it.each([["2026-Q3"], ["Q3 2026"], ["2026q3"], ["2026-q3"]])("reads --quarter %s as 2026-Q3", (quarter) => {
		expect(parseArgs(["review", "v", "--quarter", quarter])).toMatchObject({ kind: "run", request: { quarter: "2026-Q3" } });
	});

	it.each([[["--help"]], [["report", "-h"]], [["help"]]])("asks for help on %j", (argv) => {
		expect(parseArgs(argv).kind).toBe("help");
	});

	it("tells no command apart from a request for help, and reads --version", () => {
		expect(parseArgs([])).toEqual({ kind: "no-command" });
		expect(parseArgs(["--version"])).toEqual({ kind: "version" });
		expect(parseArgs(["-V"])).toEqual({ kind: "version" });
	});

	it.each([
		[["publish", "v"], "Unknown command"],
		[["report", "v", "--quarter", "2026-Q3"], "Unknown option --quarter for report"],
		[["check", "v", "--json"], "Unknown option --json for check"],
		[["report", "v", "--verbose"], "Unknown option --verbose"],
		[["report"], "Missing the vault folder"],
		[["report", "a", "b"], "Expected one vault folder"],
		[["report", "v", "--today"], "--today needs a value"],
		[["report", "v", "--today", "21/11/2026"], 'The date after --today must be a real day written YYYY-MM-DD, not "21/11/2026".'],
		[["report", "v", "--today", "2026-02-30"], 'The date after --today must be a real day written YYYY-MM-DD, not "2026-02-30".'],
		[["review", "v", "--quarter", "2026-Q5"], 'The quarter after --quarter must look like 2026-Q3, not "2026-Q5".'],
		[["review", "v", "--quarter", "2026-Q3x"], 'The quarter after --quarter must look like 2026-Q3, not "2026-Q3x".'],
		[["report", "v", "--json=yes"], "takes no value"],
	])("refuses %j", (argv, message) => {
		const parsed = parseArgs(argv);
		expect(parsed.kind).toBe("error");
		if (parsed.kind === "error") {
			expect(parsed.message).toContain(message);
			expect(parsed.message).not.toContain("\n");
		}
	});
});
