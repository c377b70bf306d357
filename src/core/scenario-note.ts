// The text of a new scenario note: today's active streams as a starting point to edit, so a person
// changes figures rather than typing the portfolio out again.
import { streamLinktext } from "./markdown-text";
import { normalizeTag } from "./tags";
import type { Portfolio, PortfolioSettings } from "./types";
import { formatYamlScalar, quoteYamlString } from "./yaml-quote";

/** Where "New scenario" puts a note: beside the other scenarios, else in `Scenarios/`. */
export function scenarioFolder(portfolio: Portfolio): string {
	const first = portfolio.scenarios[0]?.path;
	return first === undefined ? "Scenarios" : first.includes("/") ? first.slice(0, first.lastIndexOf("/")) : "";
}

/** The first free path `<folder>/Scenario <n>.md` (n from 1) that `exists` does not know. */
export function scenarioPath(folder: string, exists: (path: string) => boolean): string {
	for (let n = 1; ; n++) {
		const path = `${folder === "" ? "" : `${folder}/`}Scenario ${n}.md`;
		if (!exists(path)) return path;
	}
}

/** The note: the scenario tag, one change per active stream holding its figures now, no candidates yet. */
export function renderScenarioNote(portfolio: Portfolio, settings: PortfolioSettings): string {
	const lines = ["---", `tags: [${formatYamlScalar(normalizeTag(settings.scenarioTag))}]`];
	const active = portfolio.streams.filter((s) => s.status === "active");
	// A name with `[`, `]` or `|` cannot be linked from a property: such a stream is left out, and said so below.
	const linkable = active.filter((s) => !/[[\]|\r\n]/.test(streamLinktext(s, portfolio.streams)));
	if (linkable.length === 0) lines.push("changes: []");
	else lines.push("changes:");
	for (const s of linkable) {
		lines.push(`  - stream: ${quoteYamlString(`[[${streamLinktext(s, portfolio.streams)}]]`)}`);
		if (s.hoursPerWeek !== null) lines.push(`    hours-per-week: ${formatYamlScalar(s.hoursPerWeek)}`);
		if (s.annualRevenue !== null) lines.push(`    annual-revenue: ${formatYamlScalar(s.annualRevenue)}`);
	}
	lines.push("candidates: []", "---", "# New scenario", "");
	lines.push(
		"Another design of the same portfolio. Each change above starts from a stream's figures today: edit them, set `status: retired` to drop a stream, or remove a change to keep the stream as it is. Add streams that have no note yet under `candidates`, for example `{name: Workshops, role: client, hours-per-week: 4, annual-revenue: 8000}`.",
	);
	const skipped = active.filter((s) => !linkable.includes(s));
	if (skipped.length > 0) lines.push("", `Left out because their names cannot be linked from a property: ${skipped.map((s) => s.name).join(", ")}.`);
	lines.push("", "```portfolio", "section: compare", "```", "");
	return lines.join("\n");
}
