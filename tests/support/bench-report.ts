// The benchmark's result: the figures (null with a reason when one could not be measured), the
// budgets they are judged against, and the readable table printed above the JSON line.
import { round } from "./bench-stats";

/** Every figure the JSON line carries; the smoke test checks that each is present. */
export const FIGURE_KEYS = [
	"coreBuild10kMedianMs",
	"coreBuild10kP95Ms",
	"coreBuild50kMedianMs",
	"coreBuild50kP95Ms",
	"growth10kTo50k",
	"singleChangeMs",
	"fullRebuild10kMs",
	"burstRebuilds",
	"cliMs",
	"floorMs",
	"cliVsFloor",
	"dashboard5Ms",
	"dashboard50Ms",
	"dashboard500Ms",
	"mainJsBytes",
	"mainJsGzipBytes",
	"onloadMs",
	"indexStartLongestTaskMs",
	"indexStartLongestTask10kMs",
	"indexStartLongestTask200kMs",
	"indexStartLongestTask500StreamsMs",
	"editLongestTask5Ms",
	"editLongestTaskMs",
	"editLongestTask500Ms",
	"loadMs",
	"cliForeignMs",
	"floorForeignMs",
	"cliVsFloorForeign",
	"explore20Ms",
] as const;

/** One figure's name. */
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** The figures; null when a part could not run (its reason is in `unmeasured`). */
export type Figures = Record<FigureKey, number | null>;

/** A budget's verdict: pass is null when its figure is missing. */
export interface BudgetVerdict {
	limit: string;
	value: number | null;
	pass: boolean | null;
}

/** What the bench prints as its last line. */
export interface BenchResult extends Figures {
	budgets: Record<string, BudgetVerdict>;
	/** Why a figure is null, by figure name. */
	unmeasured: Partial<Record<FigureKey, string>>;
	/** Sanity checks that make the timings meaningful (e.g. incremental equals full rebuild). */
	checks: Record<string, boolean | number | string | null>;
	/** The sizes actually measured, so a reader knows what "10k" meant in this run. */
	sizes: Record<string, string>;
	benchSeconds: number;
}

function verdict(value: number | null, limit: string, ok: (v: number) => boolean): BudgetVerdict {
	return { limit, value, pass: value === null ? null : ok(value) };
}

/** Judges the figures against the budgets of this project (2-core machine). */
export function judge(f: Figures, benchSeconds: number): Record<string, BudgetVerdict> {
	const single = f.singleChangeMs;
	const full = f.fullRebuild10kMs;
	return {
		coreBuild10k: verdict(f.coreBuild10kMedianMs, "median < 5 ms", (v) => v < 5),
		coreBuild50k: verdict(f.coreBuild50kMedianMs, "median < 30 ms", (v) => v < 30),
		growth10kTo50k: verdict(f.growth10kTo50k, "<= 1 (no worse than linear)", (v) => v <= 1),
		singleChange: {
			limit: "< 2 ms, or <= a tenth of a full rebuild",
			value: single,
			pass: single === null ? null : single < 2 || (full !== null && single <= full / 10),
		},
		burstRebuilds: verdict(f.burstRebuilds, "<= 4 rebuilds", (v) => v <= 4),
		cliVsFloor: verdict(f.cliVsFloor, "<= 1.0 x floor", (v) => v <= 1.0),
		cliVsFloorForeign: verdict(f.cliVsFloorForeign, "<= 0.6 x floor", (v) => v <= 0.6),
		indexStartLongestTask: verdict(f.indexStartLongestTaskMs, "<= 16 ms (one frame)", (v) => v <= 16),
		indexStartLongestTask200k: verdict(f.indexStartLongestTask200kMs, "<= 33 ms (two frames)", (v) => v <= 33),
		editLongestTask: verdict(f.editLongestTaskMs, "<= 16 ms (one frame)", (v) => v <= 16),
		editLongestTask500: verdict(f.editLongestTask500Ms, "<= 50 ms", (v) => v <= 50),
		loadMs: verdict(f.loadMs, "<= 8 ms", (v) => v <= 8),
		dashboard50: verdict(f.dashboard50Ms, "< 150 ms", (v) => v < 150),
		dashboard500: verdict(f.dashboard500Ms, "< 500 ms", (v) => v < 500),
		explore20: verdict(f.explore20Ms, "median < 250 ms", (v) => v < 250),
		mainJsSize: verdict(f.mainJsBytes, "<= 300 KiB minified", (v) => v <= 300 * 1024),
		benchDuration: verdict(benchSeconds, "< 300 s in all", (v) => v < 300),
	};
}

/** Rounds every figure for printing: ratios to 3 decimals, the rest to 2. */
export function roundFigures(f: Figures): Figures {
	const out = { ...f };
	for (const key of FIGURE_KEYS) out[key] = round(f[key], key === "growth10kTo50k" || key.startsWith("cliVsFloor") ? 3 : 2);
	return out;
}

function show(value: number | null): string {
	return value === null ? "n/a" : String(value);
}

/** The readable table: one line per figure, then one per budget with its verdict. */
export function formatTable(result: BenchResult): string {
	const lines: string[] = ["figure                     value", "-------------------------  ------------"];
	for (const key of FIGURE_KEYS) {
		const reason = result.unmeasured[key];
		lines.push(`${key.padEnd(25)}  ${show(result[key])}${reason ? `  (${reason})` : ""}`);
	}
	lines.push("", "budget            limit                                      value         verdict", "-".repeat(84));
	for (const [name, b] of Object.entries(result.budgets)) {
		const mark = b.pass === null ? "not measured" : b.pass ? "pass" : "FAIL";
		lines.push(`${name.padEnd(16)}  ${b.limit.padEnd(41)}  ${show(b.value).padEnd(12)}  ${mark}`);
	}
	return lines.join("\n");
}
