// Wires the benchmark to the real parts under test: the core, the live index and plugin with the
// stand-in, and the browser dashboard. One place to change when a part moves.
import { assemblePortfolio, buildPortfolio, createPathResolver, readNote, type NoteRecord } from "../../src/core";
import type { CoreApi } from "./bench-core";
import { measureDashboards } from "./bench-browser";
import { measureBurst, measureOnload } from "./bench-index";
import { measureEdits, measureIndexStarts, measureLoads } from "./bench-tasks";
import type { BenchDeps } from "./bench-run";

/** The core functions the measurements call. */
export const CORE: CoreApi<NoteRecord> = { buildPortfolio, readNote, assemblePortfolio, createPathResolver };

/** Every dependency wired; `checks` collects the sanity checks the parts make; `repeats` = onload runs and dashboard opens. */
export function realDeps(checks: Record<string, boolean | number | string | null>, repeats: number): BenchDeps<NoteRecord> {
	return {
		core: CORE,
		burst: {
			run: async (vault, events, withinMs) => {
				const burst = await measureBurst(vault, events, withinMs);
				checks.burstLastEditShown = burst.lastEditShown;
				checks.burstSentWithinMs = Math.round(burst.sentWithinMs);
				return burst.rebuilds;
			},
		},
		onload: { run: (vault) => measureOnload(vault, repeats) },
		dashboards: {
			run: async (vaults) => {
				const timings = await measureDashboards(vaults, repeats);
				checks.dashboardFirstOpenMs = timings.map((t) => Math.round(t.firstMs)).join(" / ");
				checks.dashboardChartsDrawn = timings.every((t) => t.charts > 0);
				return timings.map((t) => t.medianMs);
			},
		},
		tasks: { run: { indexStarts: measureIndexStarts, edits: measureEdits, load: measureLoads } },
	};
}
