// Copies the built plugin (main.js, manifest.json, styles.css) into an example vault, so a person
// can open seeds/<vault> in Obsidian and see the plugin at work. Run `npm run build` first.
// Usage: node scripts/install-plugin.mjs [vault name under seeds/, default freelance-researcher]
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const vault = process.argv[2] ?? "freelance-researcher";
const vaultDir = join(root, "seeds", vault);
if (!existsSync(vaultDir)) {
	console.error(`No example vault at seeds/${vault}.`);
	process.exit(2);
}
// The example vaults are ours and use the default config folder (the lint warning is about plugin code).
const target = join(vaultDir, ".obsidian", "plugins", "portfolio-journal");
mkdirSync(target, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) {
	const source = join(root, file);
	if (!existsSync(source)) {
		console.error(`${file} is missing: run npm run build first.`);
		process.exit(1);
	}
	copyFileSync(source, join(target, file));
}
process.stdout.write(`Installed Portfolio Journal into seeds/${vault}/.obsidian/plugins/portfolio-journal/. Open seeds/${vault} as a vault in Obsidian.\n`);
