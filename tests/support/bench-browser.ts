// Times the dashboard in real Chromium through the browser harness: the built main.js with the
// stand-in, over a generated vault; from running the open command to the frame after the charts drew.
import { startHarness, type PluginPage } from "../browser/harness";
import { median } from "./bench-stats";
import { noteText, type GeneratedVault } from "./generate-vault";

/** One vault's dashboard timing. */
export interface DashboardTiming {
	/** Median over the opens, in ms. */
	medianMs: number;
	/** The first open of the page (chart.js and the plugin code still cold), in ms. */
	firstMs: number;
	/** Canvases chart.js drew on in the last open: a check that the charts really exist. */
	charts: number;
}

/**
 * Runs in the page: opens the dashboard with the plugin's own command, waits until the pane holds the
 * dashboard with every section filled, then for the next animation frame (layout and paint of what
 * was drawn), and returns the time.
 */
async function openOnce(pj: PluginPage): Promise<{ ms: number; charts: number }> {
	return pj.page.evaluate(async () => {
		const start = performance.now();
		window.__pj.app!.commands.executeCommandById("portfolio-journal:open-dashboard");
		// The pane's content element itself carries pj-dashboard once renderDashboard ran (synchronously).
		const drawn = (): boolean => document.querySelector(".pj-view.pj-dashboard, .pj-view .pj-dashboard") !== null;
		if (!drawn()) {
			await new Promise<void>((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error("the dashboard did not draw within 30 s")), 30_000);
				const observer = new MutationObserver(() => {
					if (!drawn()) return;
					observer.disconnect();
					clearTimeout(timer);
					resolve();
				});
				observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["class"] });
			});
		}
		// The pane draws its first sections at once and each of the others from a task of its own: wait
		// until none is empty.
		while (document.querySelector(".pj-view .pj-slot:empty") !== null) await new Promise<void>((resolve) => setTimeout(resolve, 0));
		await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
		return { ms: performance.now() - start, charts: window.__pj.liveCharts() };
	});
}

/** Opens each vault in its own page and times `opens` dashboard opens (closing the pane in between). */
export async function measureDashboards(vaults: readonly GeneratedVault[], opens: number): Promise<DashboardTiming[]> {
	const harness = await startHarness();
	try {
		const timings: DashboardTiming[] = [];
		for (const vault of vaults) {
			const files: Record<string, string> = {};
			for (const note of vault.notes) files[note.path] = noteText(note);
			const pj = await harness.open({ vault: files, width: 1200, height: 900 });
			const samples: number[] = [];
			let charts = 0;
			for (let i = 0; i < opens; i++) {
				const run = await openOnce(pj);
				samples.push(run.ms);
				charts = run.charts;
				await pj.closeDashboard();
			}
			timings.push({ medianMs: median(samples), firstMs: samples[0] ?? Number.NaN, charts });
			await pj.close();
		}
		return timings;
	} finally {
		await harness.close();
	}
}
