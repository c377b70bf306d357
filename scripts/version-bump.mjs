// Run by `npm version <new>` (package.json's "version" script): writes the new version into
// manifest.json and adds it to versions.json with the manifest's minAppVersion, so Obsidian offers
// each release only to apps that can run it. The sample plugin documents the same step:
// https://github.com/obsidianmd/obsidian-sample-plugin ("npm version patch ... update manifest.json
// and versions.json"). Usage outside npm: npm_package_version=1.2.3 node scripts/version-bump.mjs [dir]
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const version = process.env.npm_package_version;
const dir = process.argv[2] ?? process.cwd();

if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
	console.error(`version-bump: expected npm_package_version like 1.2.3 (run it through npm version), got "${version ?? ""}".`);
	process.exit(2);
}

const manifestPath = join(dir, "manifest.json");
const versionsPath = join(dir, "versions.json");
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
const versions = JSON.parse(readFileSync(versionsPath, "utf8"));
if (typeof manifest.minAppVersion !== "string") {
	console.error("version-bump: manifest.json has no minAppVersion.");
	process.exit(2);
}

manifest.version = version;
versions[version] = manifest.minAppVersion;
// Both files are written only after both were read and checked: a failure leaves them as they were.
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, "\t")}\n`);
writeFileSync(versionsPath, `${JSON.stringify(versions, null, "\t")}\n`);
console.error(`version-bump: manifest.json and versions.json now at ${version} (Obsidian ${manifest.minAppVersion} or later).`);
