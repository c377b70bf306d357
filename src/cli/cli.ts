// Entry of `node dist/cli.js`: wires the process to runCli and nothing else.
import { runCli } from "./run-cli";

// Local calendar day: "today" means the user's date, not UTC's.
function localToday(): string {
	const now = new Date();
	const pad = (n: number): string => String(n).padStart(2, "0");
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

process.exitCode = runCli(process.argv.slice(2), {
	out: (text) => process.stdout.write(text),
	err: (text) => process.stderr.write(text),
	color: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
	today: localToday,
});
