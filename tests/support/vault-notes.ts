// Builders for the three kinds of synthetic note: streams, quarterly reviews, and the plain notes around them.
// Values use every form DESIGN.md accepts (lenient numbers, link variants, tag spellings), plus a few
// deliberately bad ones, because a real vault has both and the core must pay for reading both.
import { AUTOMATION_RISKS, CATEGORIES, ROLES, VOLATILITIES } from "../../src/core/types";
import type { Rng } from "./prng";
import { body, sentence } from "./vault-text";

/** One generated note before it becomes text or a NoteInput. */
export interface GeneratedNote {
	path: string;
	frontmatter: Record<string, unknown> | null;
	body: string;
	/** Every tag the tag index would list, with `#` (frontmatter and inline, code blocks excluded). */
	tags: string[];
}

/** A stream as the other builders need to link to it. */
export interface StreamRef {
	name: string;
	path: string;
	active: boolean;
}

const STREAM_WORDS = ["Advisory", "Workshops", "Course", "Newsletter", "Research", "Retainer", "Book", "Studio", "Coaching", "Fund"];

/** Names and paths of S streams; every seventh lives in a subfolder so folder links and shortest paths matter. */
export function streamRefs(rng: Rng, count: number): StreamRef[] {
	const refs: StreamRef[] = [];
	for (let i = 0; i < count; i++) {
		const name = `${rng.pick(STREAM_WORDS)} ${String(i + 1).padStart(3, "0")}`;
		const folder = i % 7 === 6 ? "Streams/Archive" : "Streams";
		refs.push({ name, path: `${folder}/${name}.md`, active: i < 3 || rng.chance(0.82) });
	}
	return refs;
}

/** A link to a stream in one of the forms Obsidian resolves: plain, alias, heading, folder, other case. */
export function linkTo(rng: Rng, ref: StreamRef): string {
	const form = rng.int(0, 9);
	if (form === 0) return `[[${ref.name}|${ref.name.split(" ")[0] ?? ref.name}]]`;
	if (form === 1) return `[[${ref.name}#Notes]]`;
	if (form === 2) return `[[${ref.path.replace(/\.md$/, "")}]]`;
	if (form === 3) return `[[${ref.name.toLowerCase()}]]`;
	return `[[${ref.name}]]`;
}

/** A number in one of the lenient forms: YAML number, thousands separators, currency, k/m suffix. */
function money(rng: Rng, value: number): unknown {
	const form = rng.int(0, 6);
	if (form === 0) return value.toLocaleString("en-US");
	if (form === 1) return `$${value.toLocaleString("en-US")}`;
	if (form === 2) return `${Math.round(value / 1000)}k`;
	if (form === 3) return `${value.toLocaleString("en-US").replace(/,/g, " ")}`;
	return value;
}

function hours(rng: Rng, value: number): unknown {
	return rng.chance(0.2) ? `${value}h` : value;
}

function percent(rng: Rng, value: number): unknown {
	return rng.chance(0.3) ? `${value}%` : value;
}

/** The `tags` property in one of its spellings, or undefined when the tag is inline in the body instead. */
function tagProperty(rng: Rng, tag: string): unknown {
	const form = rng.int(0, 9);
	if (form === 0) return `${tag}, work`;
	if (form === 1) return [`#${tag}`];
	if (form === 2) return [tag.replace(/^./, (c) => c.toUpperCase()), "work"];
	return [tag];
}

function tagsOf(property: unknown, inline: readonly string[]): string[] {
	const listed = Array.isArray(property) ? (property as string[]) : typeof property === "string" ? property.split(",") : [];
	return [...listed.map((t) => `#${t.trim().replace(/^#/, "")}`), ...inline.map((t) => `#${t}`)];
}

function others(rng: Rng, refs: readonly StreamRef[], self: number, max: number): StreamRef[] {
	const picked: StreamRef[] = [];
	if (refs.length < 2) return picked;
	const count = rng.int(0, max);
	for (let i = 0; i < count; i++) {
		const index = rng.int(0, refs.length - 1);
		const ref = refs[index];
		if (index !== self && ref && !picked.includes(ref)) picked.push(ref);
	}
	return picked;
}

/** A stream note with every stream property, typed edges and dated learnings. */
export function streamNote(rng: Rng, refs: readonly StreamRef[], index: number, tag: string, today: string): GeneratedNote {
	const ref = refs[index];
	if (!ref) throw new Error(`no stream ${index}`);
	const fm: Record<string, unknown> = {};
	const tagsProp = rng.chance(0.1) ? undefined : tagProperty(rng, tag);
	if (tagsProp !== undefined) fm.tags = tagsProp;
	fm.role = index === 0 ? "anchor" : rng.pick(ROLES);
	fm.category = rng.pick(CATEGORIES);
	// Half the active streams rely on the default status, as people do.
	if (!ref.active) fm.status = rng.pick(["planned", "paused", "retired"]);
	else if (rng.chance(0.5)) fm.status = "active";
	fm["hours-per-week"] = hours(rng, rng.int(2, 30));
	fm["annual-revenue"] = money(rng, rng.int(1, 120) * 1000);
	fm.volatility = rng.pick(VOLATILITIES);
	fm["target-time"] = percent(rng, rng.int(5, 40));
	fm["target-income"] = percent(rng, rng.int(5, 50));
	fm["automation-risk"] = rng.pick(AUTOMATION_RISKS);
	for (const edge of ["funds", "teaches", "protects"]) {
		const targets = others(rng, refs, index, 2);
		if (targets.length > 0) fm[edge] = targets.map((t) => linkTo(rng, t));
	}
	const learned = others(rng, refs, index, 2);
	if (learned.length > 0) {
		fm.learnings = learned.map((t) => `${rng.chance(0.5) ? `${today.slice(0, 8)}0${rng.int(1, 9)} ` : ""}${linkTo(rng, t)}: ${sentence(rng)}`);
	}
	// About one stream in fifty carries a value a person typed wrong: the core reports it and moves on.
	if (rng.chance(0.02)) fm["hours-per-week"] = "about twenty";
	if (rng.chance(0.02)) fm.volatility = "wild";
	const inline = tagsProp === undefined ? [tag] : [];
	const parts = body(rng, [], rng.int(0, 1));
	const text = inline.length > 0 ? `#${tag}\n\n${parts.text}` : parts.text;
	return { path: ref.path, frontmatter: fm, body: text, tags: tagsOf(tagsProp, [...inline, ...parts.tags]) };
}

/** The quarter spelled as people type it: mostly `YYYY-Qn`, sometimes the lenient forms. */
function quarterSpelling(rng: Rng, quarter: string): string {
	const [year, q] = quarter.split("-Q");
	const form = rng.int(0, 9);
	if (form === 0) return `Q${q} ${year}`;
	if (form === 1) return `${year}Q${q}`;
	if (form === 2) return `${year}-q${q}`;
	return quarter;
}

/** A quarterly review with actuals for every active stream and a handful of learnings. */
export function reviewNote(rng: Rng, refs: readonly StreamRef[], quarter: string, tag: string): GeneratedNote {
	const active = refs.filter((r) => r.active);
	const fm: Record<string, unknown> = {
		tags: [tag],
		quarter: quarterSpelling(rng, quarter),
		actuals: active.map((r) => ({ stream: linkTo(rng, r), "hours-per-week": rng.int(1, 30), income: money(rng, rng.int(1, 40) * 500) })),
	};
	const learnings: string[] = [];
	const count = Math.min(refs.length > 1 ? rng.int(1, 6) : 0, refs.length * 2);
	for (let i = 0; i < count; i++) {
		const from = rng.pick(refs);
		const to = rng.pick(refs.filter((r) => r !== from));
		learnings.push(`${linkTo(rng, from)} -> ${linkTo(rng, to)}: ${sentence(rng)}`);
	}
	if (learnings.length > 0) fm.learnings = learnings;
	const parts = body(rng, active.slice(0, 3).map((r) => linkTo(rng, r)), 1);
	return { path: `Reviews/${quarter} review.md`, frontmatter: fm, body: parts.text, tags: tagsOf(fm.tags, parts.tags) };
}

/** A daily, project or meeting note: other frontmatter, inline tags and links, nothing the portfolio counts. */
export function plainNote(rng: Rng, refs: readonly StreamRef[], index: number): GeneratedNote {
	const links = refs.length > 0 && rng.chance(0.4) ? [linkTo(rng, rng.pick(refs))] : [];
	links.push(`[[Project ${rng.int(1, 500)}]]`);
	const kind = index % 10;
	if (kind < 5) {
		const day = new Date(Date.UTC(2026, 4, 15) - index * 86_400_000).toISOString().slice(0, 10);
		const fm = rng.chance(0.5) ? { mood: rng.pick(["good", "tired", "focused"]), tags: ["daily"] } : null;
		const parts = body(rng, links, rng.int(0, 2));
		return { path: `Daily/${day.slice(0, 4)}/${day}.md`, frontmatter: fm, body: parts.text, tags: tagsOf(fm?.tags, parts.tags) };
	}
	if (kind < 8) {
		const fm = { tags: ["project", "work/client"], stage: rng.pick(["idea", "doing", "done"]), due: "2026-09-30", aliases: [`P${index}`], effort: rng.int(1, 40) };
		const parts = body(rng, links, rng.int(1, 2));
		return { path: `Projects/Project ${index}.md`, frontmatter: fm, body: parts.text, tags: tagsOf(fm.tags, parts.tags) };
	}
	const fm = { attendees: ["[[Sam]]", "[[Alex]]"], date: "2026-02-03" };
	const parts = body(rng, links, 1);
	return { path: `Meetings/Meeting ${index}.md`, frontmatter: fm, body: parts.text, tags: tagsOf(undefined, parts.tags) };
}
