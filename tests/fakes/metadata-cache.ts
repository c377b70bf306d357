// Fake of Obsidian's MetadataCache: each note's frontmatter (parsed with `yaml`), inline tags and
// links, kept current from the vault, and link resolution as Obsidian does it.
// Real: https://docs.obsidian.md/Reference/TypeScript+API/MetadataCache
// Knowingly differs: positions are line numbers only (list items: lines and offsets); headings,
// blocks, embeds are not indexed.
import { parse } from "yaml";
import { locateFrontmatter } from "../../src/core/frontmatter-locator";
import { listItemsOf } from "../../src/cli/list-items";
import type { ListItemInput } from "../../src/core/types";
import { Events } from "./events";
import type { TFile, Vault, VaultObserver } from "./vault";

interface Loc {
	line: number;
	col: number;
	offset: number;
}

/** Where something sits in the note (the fake fills lines only). */
export interface Pos {
	start: Loc;
	end: Loc;
}

/** Real: https://docs.obsidian.md/Reference/TypeScript+API/CachedMetadata */
export interface CachedMetadata {
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: Pos;
	/** Real: obsidian.d.ts `SectionCache`. The fake lists only the frontmatter block (type `yaml`). */
	sections?: { type: string; position: Pos }[];
	tags?: { tag: string; position: Pos }[];
	links?: { link: string; original: string; displayText?: string; position: Pos }[];
	/**
	 * Real: obsidian.d.ts `ListItemCache` (position, parent, task). Built by the CLI's scanner, which
	 * tests/cli/list-items.test.ts checks against a capture of Obsidian's own cache.
	 */
	listItems?: ListItemInput[];
}

/** The metadata of every note, updated as the vault changes. */
export class MetadataCache extends Events implements VaultObserver {
	private readonly caches = new Map<string, CachedMetadata>();

	constructor(
		private readonly vault: Vault,
		private readonly cold = false,
	) {
		super();
		// Seeded notes are indexed as they arrive, as Obsidian's cache is full when the layout is ready.
		vault.observer = this;
	}

	/** Fake only: builds the link lookup now rather than on the first link resolved. */
	indexLinks(): void {
		this.linkIndex();
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	// Real: https://docs.obsidian.md/Reference/TypeScript+API/MetadataCache/getFirstLinkpathDest
	// Rules (as Obsidian resolves and as src/core/resolver.ts does): an exact path from the vault
	// root wins; `./X` and `../X` resolve from the source's folder; otherwise notes whose path ends
	// with the link, compared NFC-normalised and case-insensitively, preferring the source's own
	// folder, then the shortest path. A dot in a name (`Version 2.0`) is part of the name: only a
	// known extension (`.md`, `.png`...) of an existing file counts as one. Indexed by name, so a
	// lookup reads one bucket, not every file.
	/** The note a link path points to, or null. */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		let wanted = (linkpath.split("#")[0] ?? "").trim().replace(/^\//, "").normalize("NFC");
		if (wanted === "") return this.vault.getFileByPath(sourcePath);
		const sourceFolder = folderOf(sourcePath);
		if (wanted.startsWith("./") || wanted.startsWith("../")) {
			const parts = sourceFolder === "" ? [] : sourceFolder.split("/");
			for (const part of wanted.split("/")) {
				if (part === "..") parts.pop();
				else if (part !== "." && part !== "") parts.push(part);
			}
			wanted = parts.join("/");
		}
		const index = this.linkIndex();
		const key = wanted.toLowerCase();
		const exact = index.byPath.get(key) ?? index.byPath.get(`${key}.md`);
		if (exact) return exact;
		if (linkpath.trim().startsWith(".")) return null;
		const name = key.slice(key.lastIndexOf("/") + 1);
		const matches = [...(index.byName.get(name) ?? []), ...(index.byName.get(`${name}.md`) ?? [])].filter((f) => {
			const path = f.path.normalize("NFC").toLowerCase();
			return path.endsWith(`/${key}.md`) || path.endsWith(`/${key}`) || path === `${key}.md`;
		});
		matches.sort((a, b) => Number(folderOf(b.path) === sourceFolder) - Number(folderOf(a.path) === sourceFolder) || a.path.length - b.path.length || a.path.localeCompare(b.path));
		return matches[0] ?? null;
	}

	private index: { files: number; byPath: Map<string, TFile>; byName: Map<string, TFile[]> } | null = null;

	// Rebuilt when the vault's file list changed (creations, deletions and renames all go through it).
	private linkIndex(): { byPath: Map<string, TFile>; byName: Map<string, TFile[]> } {
		if (this.index && this.index.files === this.version) return this.index;
		const byPath = new Map<string, TFile>();
		const byName = new Map<string, TFile[]>();
		for (const file of this.vault.getFiles()) {
			const path = file.path.normalize("NFC").toLowerCase();
			byPath.set(path, file);
			const name = path.slice(path.lastIndexOf("/") + 1);
			const list = byName.get(name);
			if (list) list.push(file);
			else byName.set(name, [file]);
		}
		this.index = { files: this.version, byPath, byName };
		return this.index;
	}

	private version = 0;

	fileSeeded(file: TFile, text: string): void {
		this.version++;
		if (file.extension !== "md") return;
		// A cold cache indexes seeded notes after start, like notes written later.
		if (this.cold) this.fileWritten(file, text);
		else this.caches.set(file.path, parseNote(text));
	}

	// Real Obsidian parses a written note in a worker: Vault.modify / process / create resolve first,
	// and the cache (and its `changed` event) catch up afterwards, then `resolved` fires once no
	// note is left to index. The fake does the same one macrotask later, so code that reads the
	// cache right after its own write sees the old entry, as it would in the app.
	fileWritten(file: TFile, text: string): void {
		this.version++;
		if (file.extension !== "md") return;
		this.indexing++;
		setTimeout(() => {
			const cache = parseNote(text);
			// A newer write of the same note may have been indexed already: keep the newest text's entry.
			this.caches.set(file.path, cache);
			this.trigger("changed", file, text, cache);
			if (--this.indexing === 0) this.trigger("resolved");
		}, 0);
	}

	private indexing = 0;

	/** Fake only: the app has seeded its notes; `resolved` fires once none is left to index (at once when warm). */
	seeded(): void {
		if (this.indexing === 0) setTimeout(() => this.trigger("resolved"), 0);
	}

	/** Fake only: resolves once every written note is indexed (after its `changed` event), as a test waits for Obsidian. */
	async settle(): Promise<void> {
		while (this.indexing > 0) await new Promise((resolve) => setTimeout(resolve, 0));
	}

	fileDeleted(file: TFile): void {
		this.version++;
		const previous = this.caches.get(file.path) ?? null;
		this.caches.delete(file.path);
		this.trigger("deleted", file, previous);
	}

	// Obsidian moves the cache entry on rename and fires no `changed`: listeners use vault `rename`.
	fileRenamed(file: TFile, oldPath: string): void {
		this.version++;
		const cache = this.caches.get(oldPath);
		this.caches.delete(oldPath);
		if (cache && file.extension === "md") this.caches.set(file.path, cache);
	}
}

function lineCount(yaml: string): number {
	return yaml === "" ? 0 : yaml.split("\n").length - (yaml.endsWith("\n") ? 1 : 0);
}

function folderOf(path: string): string {
	return path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
}

const TAG = /(?:^|[\s(])#([^\s#!"$%&'()*+,.:;<=>?@^`{|}~[\]\\]+)/gu;
const LINK = /\[\[([^\]|#]*)(#[^\]|]*)?(?:\|([^\]]*))?\]\]/g;

/**
 * Parses a note as Obsidian's indexer would, for the parts the fake keeps. The block is found by
 * the product's one locator (src/core/frontmatter-locator.ts, Obsidian's fence rule); the shapes
 * come from recordings of the real app's getFileCache output, captured by the Tasks plugin in
 * github.com/obsidian-tasks-group/obsidian-tasks, tests/Obsidian/__test_data__/ (Obsidian 1.8.4):
 * - `yaml_custom_number_property.json`: `frontmatter` is the parsed mapping and
 *   `frontmatterPosition` runs from {line 0, col 0, offset 0} to the end of the closing `---`
 *   (its line, col 3, and offset, line ending excluded);
 * - every recording lists the block as the first of `sections`, `{type: "yaml"}`, with the same span;
 * - `empty_yaml.json` (`---\n---\n`): neither `frontmatter` nor `frontmatterPosition` is set, but
 *   `sections` starts with the `yaml` block from line 0 to line 1;
 * - `yaml_tags_is_empty.json` (`tags:` with no value): `frontmatter` is `{tags: null}`.
 * For a block that does not parse, or parses to something that is no set of properties (a list, a
 * lone word), no public recording of getFileCache exists; what is known:
 * - github.com/chhoumann/MetaEdit pull 132: a note opening with `---` whose YAML is malformed "gives
 *   Obsidian no usable frontmatter cache": `frontmatter` is absent;
 * - github.com/obsidianmd/obsidian-api issue 122 (an Obsidian developer's answer): since 1.4 the
 *   block's place is `frontmatterPosition`, apart from `frontmatter`, so it does not depend on the
 *   YAML parsing;
 * - github.com/nhaouari/obsidian-textgenerator-plugin issue 8: a getCache pasted by a user (Obsidian
 *   0.15) has the `yaml` section and no `frontmatter`.
 * So the fake leaves `frontmatter` unset and keeps both marks of the block. The adapter does not lean
 * on more than that: it finds the block by either mark (note-input.ts `hasUnreadBlock`), reads the
 * text of such a note to say what is wrong (core/yaml-problem.ts), and gives the same diagnostic if
 * a list or a lone value arrives as `frontmatter` instead (tests/obsidian/unreadable-frontmatter.test.ts).
 */
export function parseNote(text: string): CachedMetadata {
	const cache: CachedMetadata = {};
	const at = locateFrontmatter(text);
	const block = at === null || at === "unclosed" ? null : at;
	const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
	let bodyStart = 0;
	if (block !== null) {
		const yaml = text.slice(block.from, block.to);
		const closingLine = block.lineOffset + lineCount(yaml);
		bodyStart = closingLine + 1;
		const closingEnd = block.to + 3;
		const position = { start: { line: 0, col: 0, offset: 0 }, end: { line: closingLine, col: 3, offset: closingEnd } };
		cache.sections = [{ type: "yaml", position }];
		if (yaml !== "") {
			cache.frontmatterPosition = position;
			try {
				const parsed: unknown = parse(yaml);
				if (isRecord(parsed)) cache.frontmatter = parsed;
				// A block of comments only parses to null: Obsidian shows it as no properties.
				else if (parsed === null || parsed === undefined) cache.frontmatter = {};
			} catch {
				/* invalid YAML: no frontmatter, the block still marked, as described above */
			}
		}
	}
	const listItems = listItemsOf(text);
	if (listItems.length > 0) cache.listItems = listItems;
	let fenced = false;
	for (let i = bodyStart; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
		if (fenced || /^\s*(```|~~~)/.test(line)) continue;
		const prose = line.replace(/`[^`]*`/g, " ");
		for (const m of prose.matchAll(TAG)) {
			// A tag needs one non-digit: `#2026` is not a tag in Obsidian.
			if (/^\d+$/.test(m[1] ?? "")) continue;
			(cache.tags ??= []).push({ tag: `#${m[1]}`, position: span(i, i) });
		}
		for (const m of prose.matchAll(LINK)) {
			(cache.links ??= []).push({ link: `${m[1] ?? ""}${m[2] ?? ""}`, original: m[0], displayText: m[3] ?? m[1], position: span(i, i) });
		}
	}
	return cache;
}

// Real: https://docs.obsidian.md/Reference/TypeScript+API/getAllTags
/** Frontmatter tags (`tags` or `tag`, list or comma/space separated) then inline tags, each with `#`. */
export function getAllTags(cache: CachedMetadata): string[] | null {
	const tags: string[] = [];
	const fm = cache.frontmatter;
	// Obsidian's parseFrontMatterTags reads the keys matching /^tags?$/i: `Tags` and `TAG` count.
	for (const key of Object.keys(fm ?? {}).filter((k) => /^tags?$/i.test(k))) {
		const value = fm?.[key];
		const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,\s]+/) : [];
		for (const item of items) {
			if (typeof item !== "string" && typeof item !== "number") continue;
			const tag = String(item).trim().replace(/^#/, "");
			if (tag) tags.push(`#${tag}`);
		}
	}
	for (const t of cache.tags ?? []) tags.push(t.tag);
	return tags.length || fm ? tags : null;
}

function span(from: number, to: number): Pos {
	return { start: { line: from, col: 0, offset: 0 }, end: { line: to, col: 0, offset: 0 } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
