// The fake metadata cache's lookup of files by lower-case path and by name, so that resolving a link
// costs what it costs in Obsidian (a map lookup) rather than a scan of every file: without it, the
// stand-in's O(N) scan, not the plugin, dominates the benchmark's figures on a 50,000-note vault.
// Same answers as the scan it replaces: files are visited in the vault's order, the first one wins.
import type { TFile, Vault } from "./vault";

/** Files by lower-case path and by lower-case name, rebuilt when the set of files changes. */
export class LinkIndex {
	private byPath: Map<string, TFile> | null = null;
	private byName = new Map<string, TFile[]>();

	constructor(private readonly vault: Vault) {}

	/** Forgets the maps: a file was added, removed or renamed (a modify changes no path). */
	invalidate(): void {
		this.byPath = null;
	}

	/** Whether a path is known already (a write to a known path needs no rebuild). */
	has(path: string): boolean {
		return this.byPath?.has(path.toLowerCase()) ?? false;
	}

	/** The first file whose path, lower-cased, is `lowerPath`. */
	exact(lowerPath: string): TFile | undefined {
		return this.paths().get(lowerPath);
	}

	/** The files whose lower-cased path ends with `/` + `lowerPath`, in the vault's order. */
	endingWith(lowerPath: string): TFile[] {
		this.paths();
		const name = lowerPath.slice(lowerPath.lastIndexOf("/") + 1);
		return (this.byName.get(name) ?? []).filter((f) => f.path.toLowerCase().endsWith(`/${lowerPath}`));
	}

	private paths(): Map<string, TFile> {
		if (this.byPath) return this.byPath;
		const byPath = new Map<string, TFile>();
		const byName = new Map<string, TFile[]>();
		for (const file of this.vault.getFiles()) {
			const lower = file.path.toLowerCase();
			if (!byPath.has(lower)) byPath.set(lower, file);
			const name = lower.slice(lower.lastIndexOf("/") + 1);
			const list = byName.get(name);
			if (list) list.push(file);
			else byName.set(name, [file]);
		}
		this.byName = byName;
		this.byPath = byPath;
		return byPath;
	}
}
