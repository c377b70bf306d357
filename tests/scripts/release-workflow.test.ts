// The release workflow as GitHub reads it: on a version tag it installs, runs the whole suite, and
// attaches exactly the files Obsidian installs to a release named after the tag.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Workflow {
	on: { push: { tags: string[] } };
	permissions: Record<string, string>;
	jobs: Record<string, { steps: { run?: string; uses?: string }[] }>;
}

const workflow = parse(readFileSync(join(__dirname, "../../.github/workflows/release.yml"), "utf8")) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = steps.map((step) => step.run ?? "");

describe("release workflow", () => {
	it("runs on every pushed tag and may write releases", () => {
		expect(workflow.on.push.tags).toEqual(["*"]);
		expect(workflow.permissions.contents).toBe("write");
	});

	it("installs from the lockfile and runs the full test suite before releasing", () => {
		const install = runs.findIndex((r) => r.trim() === "npm ci");
		const test = runs.findIndex((r) => r.trim() === "npm test");
		const release = runs.findIndex((r) => r.includes("gh release create"));
		expect(install).toBeGreaterThanOrEqual(0);
		expect(test).toBeGreaterThan(install);
		expect(release).toBeGreaterThan(test);
	});

	it("attaches main.js, manifest.json and styles.css to the tag's release", () => {
		const command = runs.find((r) => r.includes("gh release create")) ?? "";
		expect(command).toContain('"$GITHUB_REF_NAME"');
		expect(command.replace(/\\\n/g, " ").split(/\s+/).filter((word) => /\.(js|json|css)$/.test(word))).toEqual(["main.js", "manifest.json", "styles.css"]);
	});
});
