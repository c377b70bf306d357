// Size of the plugin bundle as users download it: main.js minified (npm run build), and gzipped.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** Bytes of main.js, and of main.js gzipped at zlib's default level. */
export interface BundleSize {
	mainJsBytes: number;
	mainJsGzipBytes: number;
	/** Whether the bundle contains the `yaml` package, which DESIGN.md keeps out of the plugin. */
	bundlesYaml: boolean;
}

/** Reads main.js from the repository root; throws when the build has not run. */
export function measureBundle(repoRoot: string): BundleSize {
	const code = readFileSync(join(repoRoot, "main.js"));
	const text = code.toString("utf8");
	return {
		mainJsBytes: code.length,
		mainJsGzipBytes: gzipSync(code).length,
		// The yaml package's own error class names survive minification; Obsidian's parseYaml is external.
		bundlesYaml: text.includes("YAMLParseError"),
	};
}
