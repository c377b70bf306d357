// The floor the CLI is measured against: read every .md file of a vault and parse only its
// frontmatter with `yaml`, nothing else. Run as its own Node process so it pays Node's start-up too.
// Usage: node scripts/bench-floor.mjs <vault>
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parse } from "yaml";

const vault = process.argv[2];
if (!vault) {
	console.error("usage: node scripts/bench-floor.mjs <vault>");
	process.exit(2);
}

let files = 0;
let properties = 0;
for (const entry of readdirSync(vault, { recursive: true, withFileTypes: true })) {
	if (!entry.isFile() || !entry.name.endsWith(".md")) continue;
	const parent = entry.parentPath ?? entry.path;
	// Dot-folders (the config folder, .trash, .git) hold no notes, as for Obsidian and the CLI.
	if (relative(vault, parent).split(sep).some((part) => part.startsWith("."))) continue;
	const text = readFileSync(join(parent, entry.name), "utf8");
	files++;
	if (!text.startsWith("---")) continue;
	const end = text.indexOf("\n---", 3);
	if (end < 0) continue;
	const data = parse(text.slice(text.indexOf("\n") + 1, end));
	// Counted and printed so the parse cannot be skipped as unused work.
	if (data && typeof data === "object") properties += Object.keys(data).length;
}
process.stdout.write(`${JSON.stringify({ files, properties })}\n`);
