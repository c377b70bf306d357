// Builds the plugin bundle (main.js, for Obsidian: browser, cjs) and the CLI (dist/cli.js, for Node).
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import { pureChartClasses } from "./scripts/esbuild-pure-classes.mjs";

const production = process.argv[2] === "production";
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const plugin = {
	entryPoints: ["src/main.ts"],
	bundle: true,
	format: "cjs",
	target: "es2020",
	platform: "browser",
	outfile: "main.js",
	external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...nodeBuiltins],
	minify: production,
	sourcemap: production ? false : "inline",
	treeShaking: true,
	logLevel: "info",
	legalComments: "none",
	plugins: [pureChartClasses],
};

const cli = {
	entryPoints: ["src/cli/cli.ts"],
	bundle: true,
	format: "esm",
	platform: "node",
	target: "node20",
	outfile: "dist/cli.js",
	// yaml's Node build is CommonJS and calls require("process"): give the ESM bundle a real require.
	banner: { js: '#!/usr/bin/env node\nimport { createRequire as __cliRequire } from "node:module";\nconst require = __cliRequire(import.meta.url);' },
	logLevel: "info",
};

if (production) {
	await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
} else {
	const ctx = await esbuild.context(plugin);
	await ctx.watch();
}
