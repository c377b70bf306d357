// Bundles TypeScript from tests/ into one ESM file Node can run, with `obsidian` aliased to the
// in-memory stand-in; shared by `npm run bench` and `npm run screenshots`.
import esbuild from "esbuild";
import { join } from "node:path";

/** Bundles `entry` to `outfile`; the browser driver and esbuild stay external (resolved from the repo). */
export async function bundleTestCode(repoRoot, entry, outfile) {
	await esbuild.build({
		entryPoints: [entry],
		bundle: true,
		platform: "node",
		format: "esm",
		target: "node20",
		outfile,
		alias: { obsidian: join(repoRoot, "tests", "fakes", "obsidian.ts") },
		external: ["playwright-core", "@sparticuz/chromium", "esbuild", "happy-dom"],
		// yaml's Node build is CommonJS and calls require(): give the ESM bundle a real one.
		banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
		logLevel: "warning",
	});
}
