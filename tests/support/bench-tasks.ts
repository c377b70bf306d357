// The longest task the main thread runs, in real Chromium with the built main.js: while the index
// reads the vault after layout-ready, and while an edit reaches an open dashboard; and the time to
// evaluate main.js plus onload in a fresh page. A heartbeat in the page (heartbeat.ts) measures tasks.
import { startHarness, type Harness, type PluginPage } from "../browser/harness";
import { median } from "./bench-stats";
import { noteText, type GeneratedVault } from "./generate-vault";

function filesOf(vault: GeneratedVault): Record<string, string> {
	const files: Record<string, string> = {};
	for (const note of vault.notes) files[note.path] = noteText(note);
	return files;
}

/** Longest task from layout-ready until the index's first model, in ms: per vault, the median over `pages` fresh pages. */
export async function measureIndexStarts(vaults: readonly GeneratedVault[], pages: number): Promise<number[]> {
	return withHarness(async (harness) => {
		const out: number[] = [];
		for (const vault of vaults) {
			const files = filesOf(vault);
			const samples: number[] = [];
			for (let i = 0; i < pages; i++) {
				const pj = await harness.open({ vault: files, layoutReady: false });
				samples.push(await pj.page.evaluate(() => window.__pj.timeLayoutReady()));
				await pj.close();
			}
			out.push(median(samples));
		}
		return out;
	});
}

/**
 * Median over `edits` edits of the longest task from a stream note's edit until the open dashboard
 * shows it (the debounced rebuild, the redraw and the frame after it), one fresh page per vault.
 */
export async function measureEdits(vaults: readonly GeneratedVault[], edits: number): Promise<number[]> {
	return withHarness(async (harness) => {
		const out: number[] = [];
		for (const vault of vaults) {
			const pj = await harness.open({ vault: filesOf(vault), width: 1200, height: 900 });
			await pj.openDashboard();
			const stream = vault.notes.find((note) => note.path === vault.streamPaths[0]);
			if (!stream) throw new Error("the vault has no stream to edit");
			const samples: number[] = [];
			for (let i = 0; i < edits; i++) {
				// Each edit sets other hours, so every one changes the model.
				const text = noteText({ ...stream, frontmatter: { ...stream.frontmatter, "hours-per-week": 7 + (i % 2) * 5 + i } });
				samples.push(await pj.page.evaluate(([path, t]) => window.__pj.timeEdit(path, t), [stream.path, text] as const));
			}
			out.push(median(samples));
			await pj.close();
		}
		return out;
	});
}

/** Median over `pages` fresh pages of evaluating main.js plus the plugin's onload, in ms. */
export async function measureLoads(vault: GeneratedVault, pages: number): Promise<number> {
	return withHarness(async (harness) => {
		const samples: number[] = [];
		for (let i = 0; i < pages; i++) {
			const pj: PluginPage = await harness.open({ vault: filesOf(vault) });
			samples.push(await pj.loadMs());
			await pj.close();
		}
		return median(samples);
	});
}

async function withHarness<T>(work: (harness: Harness) => Promise<T>): Promise<T> {
	const harness = await startHarness();
	try {
		return await work(harness);
	} finally {
		await harness.close();
	}
}
