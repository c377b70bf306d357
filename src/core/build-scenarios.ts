// Resolving scenario notes against the stream notes: each change's stream, each link, each candidate's name.
import { propertyIssue } from "./issues";
import { resolveStreamLink, type LinkContext } from "./link-context";
import type { Candidate, PlanLinks, Scenario, ScenarioChange } from "./plan-types";
import type { RawPlanLinks, ScenarioRecord } from "./read-scenario";
import { basename } from "./read-stream";
import { DESIGNED_EDGE_TYPES } from "./types";

/** The scenarios (sorted by path), with every link that leads nowhere useful reported and dropped. */
export function buildScenarios(records: readonly ScenarioRecord[], context: LinkContext): Scenario[] {
	const streamNames = new Set([...context.streams.values()].map((stream) => stream.name.toLowerCase()));
	return records.map((record) => {
		const changes = new Map<string, ScenarioChange>();
		for (const raw of record.changes) {
			const stream = resolveStreamLink(context, raw.stream, record.path, `${raw.label}.stream`, null);
			if (stream === null) continue;
			const links = resolveLinks(raw.links, context, record.path, raw.label, stream);
			const earlier = changes.get(stream);
			if (earlier) {
				context.diagnostics.push(propertyIssue("duplicate-change", record.path, raw.label, `${raw.stream.written} is changed twice in this scenario; the later change wins where both set a property.`, "warning"));
				changes.set(stream, { stream, set: { ...earlier.set, ...raw.set }, links: { ...earlier.links, ...links } });
			} else {
				changes.set(stream, { stream, set: raw.set, links });
			}
		}
		const candidates: Candidate[] = [];
		const seen = new Set<string>();
		for (const raw of record.candidates) {
			const key = raw.name.toLowerCase();
			if (streamNames.has(key)) {
				context.diagnostics.push(propertyIssue("candidate-is-stream", record.path, `${raw.label}.name`, `a stream note is already called "${raw.name}"; change it under changes instead, or rename the candidate.`, "warning"));
				continue;
			}
			if (seen.has(key)) {
				context.diagnostics.push(propertyIssue("duplicate-candidate", record.path, `${raw.label}.name`, `"${raw.name}" is proposed twice in this scenario; only the first counts.`, "warning"));
				continue;
			}
			seen.add(key);
			candidates.push({ ...raw.fields, name: raw.name, source: record.path, links: resolveLinks(raw.links, context, record.path, raw.label, null) });
		}
		return { path: record.path, name: basename(record.path), changes: [...changes.values()], candidates };
	});
}

function resolveLinks(raw: RawPlanLinks, context: LinkContext, path: string, label: string, self: string | null): PlanLinks {
	const out: PlanLinks = {};
	for (const type of DESIGNED_EDGE_TYPES) {
		const links = raw[type];
		if (links === undefined) continue;
		out[type] = links.map((link) => resolveStreamLink(context, link, path, `${label}.${type}`, self)).filter((target): target is string => target !== null);
	}
	return out;
}
