// An esbuild plugin for the plugin bundle: lets tree-shaking drop the chart.js classes we never use.
//
// chart.js ships one ES module whose classes carry static fields such as
// `static defaults = { ticks: { callback: Ticks.formatters.logarithmic } }`. esbuild cannot prove a
// property read free of side effects (it could be a getter), so it keeps every class whose static
// fields read a property, used or not: the logarithmic, radial, time and time-series scales (about
// 19 KB minified), although the dashboard registers only bar charts with category and linear scales.
// chart.js's classes only describe themselves when defined, so each top-level class declaration is
// rewritten as the same class returned by an IIFE marked pure, which esbuild may drop when unused:
//     class X extends Y { ... }   ->   const X = /* @__PURE__ */ (() => class X extends Y { ... })();
// The rewrite touches chart.js's dist/chart.js only, and fails the build if it finds no class, so a
// chart.js upgrade that changes the file's layout is noticed (the bench's size budget would also catch it).
import { readFile } from "node:fs/promises";

const CLASS_DECLARATION = /^class (\w+)((?: extends [\w.$]+)?) \{\n([\s\S]*?)^\}$/gm;

/** Marks chart.js's top-level class declarations pure so unused ones are tree-shaken. */
export const pureChartClasses = {
	name: "pure-chart-classes",
	setup(build) {
		build.onLoad({ filter: /[\\/]node_modules[\\/]chart\.js[\\/]dist[\\/]chart\.js$/ }, async (args) => {
			const source = await readFile(args.path, "utf8");
			let count = 0;
			const contents = source.replace(CLASS_DECLARATION, (_match, name, heritage, body) => {
				count++;
				return `const ${name} = /* @__PURE__ */ (() => class ${name}${heritage} {\n${body}})();`;
			});
			if (count === 0) throw new Error(`pure-chart-classes: no class declaration found in ${args.path}; check the chart.js version.`);
			return { contents, loader: "js" };
		});
	},
};
