// Property names as Obsidian's Properties view matches them: without regard to case, so `Role`,
// `HOURS-PER-WEEK` and `role` are one property. Readers and writers both look names up here.

/** A frontmatter's keys by their lower-case form; a name written twice (`role`, `Role`) keeps every spelling. */
export class PropertyLookup {
	private readonly byName = new Map<string, string[]>();

	constructor(readonly frontmatter: Readonly<Record<string, unknown>>) {
		for (const key of Object.keys(frontmatter)) {
			const name = key.toLowerCase();
			const spellings = this.byName.get(name);
			if (spellings) spellings.push(key);
			else this.byName.set(name, [key]);
		}
	}

	/** The value of property `name` in any case; undefined when absent. Two spellings: the first as written. */
	get(name: string): unknown {
		const key = this.byName.get(name.toLowerCase())?.[0];
		return key === undefined ? undefined : this.frontmatter[key];
	}

	/** How the note spells `name` (one or more keys; [] when absent). */
	spellings(name: string): readonly string[] {
		return this.byName.get(name.toLowerCase()) ?? [];
	}

	/** Every key of the frontmatter, as written. */
	keys(): string[] {
		return Object.keys(this.frontmatter);
	}
}

/** How a note writes property `name`: the key as written (null when absent), and whether it is spelt two ways. */
export function keyAsWritten(data: Readonly<Record<string, unknown>>, name: string): { key: string | null; twice: boolean } {
	const spellings = new PropertyLookup(data).spellings(name);
	return { key: spellings[0] ?? null, twice: spellings.length > 1 };
}

/** A name folded for near-miss checks: lower case, and `-`, `_`, spaces and dots removed. */
export function foldName(name: string): string {
	return name.toLowerCase().replace(/[-_\s.]/gu, "");
}
