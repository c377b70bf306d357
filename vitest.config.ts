import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// `obsidian` ships types only: tests run against the in-memory stand-in.
export default defineConfig({
	resolve: {
		alias: { obsidian: fileURLToPath(new URL("./tests/fakes/obsidian.ts", import.meta.url)) },
	},
	test: {
		include: ["tests/**/*.test.ts"],
		reporters: ["default", "./tests/support/summary-reporter.ts"],
		testTimeout: 60_000,
		hookTimeout: 60_000,
	},
});
