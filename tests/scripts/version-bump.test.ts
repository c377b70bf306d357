// `npm version` keeps manifest.json and versions.json in step with package.json, in one commit and
// under a tag without a "v" (the release workflow and Obsidian look the release up by that tag).
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const root = join(__dirname, "../..");
const scratches: string[] = [];

function readJson(dir: string, file: string): Record<string, unknown> {
	return JSON.parse(readFileSync(join(dir, file), "utf8")) as Record<string, unknown>;
}

function git(dir: string, ...args: string[]): string {
	return execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", ...args], { cwd: dir, encoding: "utf8" });
}

// The release files in a scratch git repository, where a maintainer's `npm version` can run.
function scratch(): string {
	const dir = mkdtempSync(join(tmpdir(), "pj-version-"));
	scratches.push(dir);
	for (const file of ["package.json", "manifest.json", "versions.json", ".npmrc"]) copyFileSync(join(root, file), join(dir, file));
	mkdirSync(join(dir, "scripts"));
	copyFileSync(join(root, "scripts/version-bump.mjs"), join(dir, "scripts/version-bump.mjs"));
	git(dir, "init", "-q");
	git(dir, "add", "-A");
	git(dir, "commit", "-qm", "start");
	return dir;
}

describe("npm version", () => {
	afterEach(() => {
		for (const dir of scratches.splice(0)) rmSync(dir, { recursive: true, force: true });
	});

	it("writes the new version into manifest.json and versions.json, commits them and tags it", () => {
		const dir = scratch();
		const before = { manifest: readJson(dir, "manifest.json"), versions: readJson(dir, "versions.json") };
		execFileSync("npm", ["version", "9.8.7"], { cwd: dir, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "Test", GIT_AUTHOR_EMAIL: "test@example.com", GIT_COMMITTER_NAME: "Test", GIT_COMMITTER_EMAIL: "test@example.com" } });

		expect(readJson(dir, "package.json").version).toBe("9.8.7");
		// Only the version changes in the manifest; its minAppVersion becomes the new release's entry.
		expect(readJson(dir, "manifest.json")).toEqual({ ...before.manifest, version: "9.8.7" });
		expect(readJson(dir, "versions.json")).toEqual({ ...before.versions, "9.8.7": before.manifest.minAppVersion });
		expect(git(dir, "tag", "--list").trim()).toBe("9.8.7");
		expect(git(dir, "show", "--name-only", "--format=", "HEAD").trim().split("\n").sort()).toEqual(["manifest.json", "package.json", "versions.json"]);
	});

	it("refuses to run without a version, and changes nothing", () => {
		const dir = scratch();
		const env = { ...process.env };
		delete env.npm_package_version;
		const run = spawnSync(process.execPath, ["scripts/version-bump.mjs"], { cwd: dir, encoding: "utf8", env });
		expect(run.status).toBe(2);
		expect(run.stderr).toContain("npm_package_version");
		expect(git(dir, "status", "--porcelain")).toBe("");
	});
});
