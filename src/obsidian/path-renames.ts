// Where a note that was renamed or moved is now. What a reader picked by path (the learnings filter)
// must follow the note across a rename, or the pick is lost with the old path.

/** The renames seen this session, from each old path straight to the current one. */
export class PathRenames {
	// A handful of entries a session: people rename notes one at a time.
	private readonly moves = new Map<string, string>();

	/** Records that the note at `from` is now at `to`. */
	moved(from: string, to: string): void {
		// Older names of the note lead to its newest one in one step, even after A -> B -> A.
		for (const [old, now] of this.moves) if (now === from) this.moves.set(old, to);
		this.moves.set(from, to);
		// A note now at `to` is no longer somewhere else.
		this.moves.delete(to);
	}

	/** Where the note that was at `path` is now: `path` itself when it never moved. */
	current(path: string): string {
		return this.moves.get(path) ?? path;
	}
}
