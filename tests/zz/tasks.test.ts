import { it } from "vitest";
import { measureEdits, measureIndexStarts, measureLoads } from "../support/bench-tasks";
import { measureCliOnDisk } from "../support/bench-cli";
import { generateVault } from "../support/generate-vault";
it("tasks", async () => {
	const out: Record<string, unknown> = {};
	const starts = [];
	for (const o of [{ notes: 50_000, streams: 50 }, { notes: 10_000, streams: 50 }, { notes: 200_000, streams: 50 }, { notes: 50_000, streams: 500 }]) {
		starts.push(...(await measureIndexStarts([generateVault({ ...o, quarters: 12 })])));
	}
	out.indexStarts = starts.map((v) => Math.round(v * 10) / 10);
	const edits = await measureEdits([5, 50, 500].map((s) => generateVault({ notes: 1000, streams: s, quarters: s === 500 ? 40 : 12 })), 5);
	out.edits = edits.map((v) => Math.round(v * 10) / 10);
	out.loadMs = await measureLoads(generateVault({ notes: 10_000, streams: 50, quarters: 12 }), 7);
	const cli = await measureCliOnDisk(process.cwd(), generateVault({ notes: 10_000, streams: 2, quarters: 1 }), 5);
	out.cliVsFloorForeign = cli.cliVsFloor;
	const cli2 = await measureCliOnDisk(process.cwd(), generateVault({ notes: 10_000, streams: 50, quarters: 12 }), 5);
	out.cliVsFloor = cli2.cliVsFloor;
	console.log("TASKS " + JSON.stringify(out));
}, 900000);
