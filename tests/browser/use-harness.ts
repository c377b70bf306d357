// One real browser per test file: started before its tests, closed after them.
import { afterAll, beforeAll } from "vitest";
import { startHarness, type Harness } from "./harness";

/** Starts the harness before the file's tests and closes it after; call the result inside a test. */
export function useHarness(): () => Harness {
	let harness: Harness | undefined;
	beforeAll(async () => {
		harness = await startHarness();
	});
	afterAll(async () => {
		await harness?.close();
	});
	return () => {
		if (harness === undefined) throw new Error("the browser harness is not started: call useHarness() at the top of a describe block");
		return harness;
	};
}
