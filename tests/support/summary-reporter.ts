// Prints one plain closing line, `tests: N passed, N failed, N skipped`, after vitest's own
// summary, so that CI (which reads runners' closing lines) sees how many tests really ran.
import type { Reporter, SerializedError, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
		const counts = { passed: 0, failed: 0, skipped: 0 };
		for (const testModule of testModules) {
			let failedTests = 0;
			for (const test of testModule.children.allTests()) {
				const state = test.result().state;
				if (state === "passed") counts.passed++;
				else if (state === "failed") failedTests++;
				else counts.skipped++;
			}
			// A file that failed outside its tests (an import, a hook, a timeout) is a failure too.
			counts.failed += failedTests > 0 || testModule.ok() ? failedTests : 1;
		}
		counts.failed += unhandledErrors.length;
		process.stdout.write(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
	}
}
