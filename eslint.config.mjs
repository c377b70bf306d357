// Lint: the Obsidian community review rules on the plugin; Node allowed only in the CLI, tests and scripts.
import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

const nodeOnly = ["src/cli/**", "tests/**", "scripts/**", "*.config.*", "*.mjs"];

export default defineConfig([
	{ ignores: ["node_modules/**", "main.js", "dist/**", "seeds/**", "tests/browser/.out/**"] },
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				// The scripts are plain .mjs outside tsconfig: more than typescript-eslint's default of 8.
				projectService: {
					allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "scripts/*.mjs"],
					maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 20,
				},
			},
		},
	},
	{
		// The core is pure: it runs in Node, the browser and tests alike.
		files: ["src/core/**"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					patterns: [
						{ group: ["obsidian", "chart.js", "chart.js/*", "node:*", "fs", "path", "yaml"], message: "src/core is pure: no Obsidian, DOM, chart.js, Node or yaml imports." },
					],
				},
			],
		},
	},
	{
		// chart.js is evaluated on the first draw: only chart-library.ts, imported dynamically, may load it.
		files: ["src/obsidian/**", "src/main.ts"],
		ignores: ["src/obsidian/dashboard/chart-library.ts"],
		rules: {
			"@typescript-eslint/no-restricted-imports": [
				"error",
				{
					patterns: [{ group: ["chart.js", "chart.js/*"], allowTypeImports: true, message: "Import chart.js through chart-setup.ts (evaluated on first draw), types aside." }],
				},
			],
		},
	},
	{
		files: nodeOnly,
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"import/no-nodejs-modules": "off",
			"obsidianmd/no-nodejs-modules": "off",
			"no-console": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/ui/sentence-case": "off",
		},
	},
]);
