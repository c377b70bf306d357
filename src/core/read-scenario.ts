// Reading a scenario note: `changes` (overrides of stream notes) and `candidates` (streams with no note
// yet), each item read with the stream reader itself so a value means the same here as in a stream note.
import { describeValue } from "./describe";
import { readList } from "./fields";
import { propertyIssue } from "./issues";
import type { PlanFields } from "./plan-types";
import type { RawLink } from "./records";
import { readStream } from "./read-stream";
import { DESIGNED_EDGE_TYPES, type DesignedEdgeType, type Issue, type PortfolioSettings } from "./types";
import { parseWikilink, splitLinkList } from "./wikilink";

/** The stream properties a change or a candidate may set, and the field each fills. */
export const PLAN_PROPERTIES: Readonly<Record<string, keyof PlanFields>> = {
	role: "role",
	category: "category",
	status: "status",
	"hours-per-week": "hoursPerWeek",
	"annual-revenue": "annualRevenue",
	volatility: "volatility",
	"target-time": "targetTime",
	"target-income": "targetIncome",
	"automation-risk": "automationRisk",
	start: "start",
	end: "end",
};

/** Links as written, by designed edge type; a type that is absent is left as the stream note has it. */
export type RawPlanLinks = Partial<Record<DesignedEdgeType, RawLink[]>>;

/** One `changes` item before its links are resolved; `label` names it in messages (`changes[2]`). */
export interface RawChange {
	label: string;
	stream: RawLink;
	set: Partial<PlanFields>;
	links: RawPlanLinks;
}

/** One `candidates` item before its links are resolved. */
export interface RawCandidate {
	label: string;
	name: string;
	fields: PlanFields;
	links: RawPlanLinks;
}

/** A scenario note as written. */
export interface ScenarioRecord {
	kind: "scenario";
	path: string;
	changes: RawChange[];
	candidates: RawCandidate[];
	diagnostics: Issue[];
}

/** Reads a scenario note; every unreadable item or value is a diagnostic that names `changes[n]` or `candidates[n]`. */
export function readScenario(path: string, frontmatter: Record<string, unknown>, settings: PortfolioSettings, diagnostics: Issue[]): ScenarioRecord {
	const changes: RawChange[] = [];
	readList(frontmatter.changes, "changes", path, diagnostics, "a list of changes").forEach((item, i) => {
		const label = `changes[${i + 1}]`;
		const read = readItem(item, label, "stream", path, settings, diagnostics);
		if (read === null) return;
		const stream = oneLink(read.identity);
		if (stream === null) {
			diagnostics.push(propertyIssue("change-without-stream", path, label, `${describeValue(item)} names no stream; give it stream: "[[Stream]]".`));
			return;
		}
		changes.push({ label, stream, set: read.set, links: read.links });
	});
	const candidates: RawCandidate[] = [];
	readList(frontmatter.candidates, "candidates", path, diagnostics, "a list of candidates").forEach((item, i) => {
		const label = `candidates[${i + 1}]`;
		const read = readItem(item, label, "name", path, settings, diagnostics);
		if (read === null) return;
		const name = typeof read.identity === "string" ? read.identity.trim() : "";
		if (name === "") {
			diagnostics.push(propertyIssue("candidate-without-name", path, label, `${describeValue(item)} has no name; give it name: "Workshops".`));
			return;
		}
		candidates.push({ label, name, fields: read.fields, links: read.links });
	});
	return { kind: "scenario", path, changes, candidates, diagnostics };
}

interface ItemReading {
	identity: unknown;
	/** Every plan field: those not given are missing (null), and status is active. */
	fields: PlanFields;
	set: Partial<PlanFields>;
	links: RawPlanLinks;
}

function readItem(item: unknown, label: string, identityKey: "stream" | "name", path: string, settings: PortfolioSettings, out: Issue[]): ItemReading | null {
	if (typeof item !== "object" || item === null || Array.isArray(item) || item instanceof Date) {
		const example = identityKey === "stream" ? `{stream: "[[Stream]]", status: retired}` : `{name: "Workshops", role: client, hours-per-week: 5}`;
		out.push(propertyIssue("invalid-type", path, label, `${describeValue(item)} is not a set of properties; write ${example}.`));
		return null;
	}
	// Property names match case-insensitively, as in Obsidian's Properties view.
	const fields: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(item as Record<string, unknown>)) fields[key.trim().toLowerCase()] = value;
	for (const key of Object.keys(fields)) {
		if (key === identityKey || key in PLAN_PROPERTIES || (DESIGNED_EDGE_TYPES as readonly string[]).includes(key)) continue;
		const allowed = [identityKey, ...Object.keys(PLAN_PROPERTIES), ...DESIGNED_EDGE_TYPES].join(", ");
		out.push(propertyIssue("unknown-property", path, `${label}.${key}`, `is not a property a ${identityKey === "stream" ? "change" : "candidate"} can set; use ${allowed}.`, "warning"));
	}
	const inner: Issue[] = [];
	const record = readStream(path, pick(fields), settings, inner);
	for (const issue of inner) out.push(scoped(issue, path, label));
	const failed = new Set(inner.map((issue) => issue.property));
	const all: Partial<PlanFields> = {};
	const set: Partial<PlanFields> = {};
	for (const [key, field] of Object.entries(PLAN_PROPERTIES)) {
		Object.assign(all, { [field]: record[field] });
		// An unreadable value changes nothing, rather than blanking what the stream note says.
		if (key in fields && !failed.has(key)) Object.assign(set, { [field]: record[field] });
	}
	const links: RawPlanLinks = {};
	for (const type of DESIGNED_EDGE_TYPES) if (type in fields) links[type] = record[type];
	return { identity: fields[identityKey], fields: all as PlanFields, set, links };
}

// Only the plan properties reach the stream reader: a stray `learnings` or `tags` is reported above, not read.
function pick(fields: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const key of [...Object.keys(PLAN_PROPERTIES), ...DESIGNED_EDGE_TYPES]) if (key in fields) out[key] = fields[key];
	return out;
}

// "Scenarios/A.md, hours-per-week: ..." from the stream reader becomes "Scenarios/A.md, changes[2].hours-per-week: ...".
function scoped(issue: Issue, path: string, label: string): Issue {
	const property = issue.property === undefined ? label : `${label}.${issue.property}`;
	const prefix = issue.property === undefined ? `${path}: ` : `${path}, ${issue.property}: `;
	const problem = issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message;
	return { ...issue, property, message: `${path}, ${property}: ${problem}` };
}

function oneLink(value: unknown): RawLink | null {
	const list = splitLinkList(value);
	const written = list.items.length === 1 && list.problem === null ? list.items[0] : undefined;
	const parsed = written === undefined ? null : parseWikilink(written);
	return written === undefined || parsed === null ? null : { written, linkpath: parsed.linkpath };
}
