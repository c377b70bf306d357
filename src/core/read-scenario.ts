// Reading a scenario note: `changes` (overrides of stream notes) and `candidates` (streams with no note
// yet). Each item is read with the property table's own stream readers, so a value means the same
// here as in a stream note; messages name the item (`changes[2].annual-revenue`).
import { describeValue } from "./describe";
import { propertyIssue } from "./issues";
import type { PlanFields } from "./plan-types";
import { PropertyLookup } from "./property-lookup";
import { nameIssues, readItems, type ReadContext } from "./property-readers";
import { SCENARIO_PROPERTIES, STREAM_LINKS, STREAM_VALUES } from "./property-table";
import type { RawLink } from "./records";
import { readContext } from "./read-stream";
import { DESIGNED_EDGE_TYPES, type DesignedEdgeType, type Issue } from "./types";
import type { ReadingSettings } from "./reading-settings";
import { parseWikilink, splitLinkList } from "./wikilink";

// The stream values a design may set: all of a stream note's but its time blocks (the week's concern).
const { timeBlocks: _weekOnly, ...PLAN_VALUES } = STREAM_VALUES;
void _weekOnly;

/** The property names a change or a candidate may set, as people write them. */
export const PLAN_PROPERTY_NAMES: readonly string[] = [...Object.values(PLAN_VALUES), ...Object.values(STREAM_LINKS)].map((spec) => spec.name);

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
export function readScenario(path: string, frontmatter: Record<string, unknown>, settings: ReadingSettings, diagnostics: Issue[]): ScenarioRecord {
	const note = new PropertyLookup(frontmatter);
	const ctx = readContext(path, settings, diagnostics, true, null);
	const list = (name: "changes" | "candidates"): unknown[] => readItems(note.get(SCENARIO_PROPERTIES[name].name), { ...ctx, property: name }, `a list of ${name}`);
	const changes: RawChange[] = [];
	list("changes").forEach((item, i) => {
		const label = `changes[${i + 1}]`;
		const read = readItem(item, label, "stream", ctx);
		if (read === null) return;
		const stream = oneLink(read.identity);
		if (stream === null) {
			diagnostics.push(propertyIssue("change-without-stream", path, label, `${describeValue(item)} names no stream; give it stream: "[[Stream]]".`));
			return;
		}
		changes.push({ label, stream, set: read.set, links: read.links });
	});
	const candidates: RawCandidate[] = [];
	list("candidates").forEach((item, i) => {
		const label = `candidates[${i + 1}]`;
		const read = readItem(item, label, "name", ctx);
		if (read === null) return;
		const name = typeof read.identity === "string" ? read.identity.trim() : "";
		if (name === "") {
			diagnostics.push(propertyIssue("candidate-without-name", path, label, `${describeValue(item)} has no name; give it name: "Workshops".`));
			return;
		}
		candidates.push({ label, name, fields: read.fields, links: read.links });
	});
	diagnostics.push(...nameIssues(note, Object.values(SCENARIO_PROPERTIES).map((spec) => spec.name), path));
	return { kind: "scenario", path, changes, candidates, diagnostics };
}

interface ItemReading {
	identity: unknown;
	/** Every plan field: those not given are missing (null), and status is active. */
	fields: PlanFields;
	/** Only the fields the item gives and that could be read. */
	set: Partial<PlanFields>;
	links: RawPlanLinks;
}

function readItem(item: unknown, label: string, identity: "stream" | "name", ctx: Omit<ReadContext, "property">): ItemReading | null {
	if (typeof item !== "object" || item === null || Array.isArray(item) || item instanceof Date) {
		const example = identity === "stream" ? `{stream: "[[Stream]]", status: retired}` : `{name: "Workshops", role: client, hours-per-week: 5}`;
		ctx.out.push(propertyIssue("invalid-type", ctx.path, label, `${describeValue(item)} is not a set of properties; write ${example}.`));
		return null;
	}
	// Property names match in any case, as in Obsidian's Properties view.
	const lookup = new PropertyLookup(item as Record<string, unknown>);
	const allowed = new Set([identity, ...PLAN_PROPERTY_NAMES]);
	for (const key of lookup.keys()) {
		if (allowed.has(key.toLowerCase())) continue;
		ctx.out.push(propertyIssue("unknown-property", ctx.path, `${label}.${key}`, `is not a property a ${identity === "stream" ? "change" : "candidate"} can set; use ${[...allowed].join(", ")}.`, "warning"));
	}
	const fields: Record<string, unknown> = {};
	const set: Partial<PlanFields> = {};
	for (const [key, spec] of Object.entries(PLAN_VALUES)) {
		const raw = lookup.get(spec.name);
		const before = ctx.out.length;
		fields[key] = (spec.read as (value: unknown, c: ReadContext) => unknown)(raw, { ...ctx, property: `${label}.${spec.name}` });
		// An unreadable value changes nothing, rather than blanking what the stream note says.
		if (raw !== undefined && ctx.out.length === before) Object.assign(set, { [key]: fields[key] });
	}
	const links: RawPlanLinks = {};
	for (const type of DESIGNED_EDGE_TYPES) {
		const raw = lookup.get(type);
		if (raw !== undefined) links[type] = STREAM_LINKS[type].read(raw, { ...ctx, property: `${label}.${type}` });
	}
	return { identity: lookup.get(identity), fields: fields as PlanFields, set, links };
}

function oneLink(value: unknown): RawLink | null {
	const list = splitLinkList(value);
	const written = list.items.length === 1 && list.problem === null ? list.items[0] : undefined;
	const parsed = written === undefined ? null : parseWikilink(written);
	return written === undefined || parsed === null ? null : { written, linkpath: parsed.linkpath };
}
