// The quarterly loop of issue 11, walked on a copy of the executive example through the CLI, as a
// person would: the missing review is the one the review command offers, a fresh review is a
// draft that changes nothing it should not, and the answers written under its prompts count.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cli, reportOf, seed } from "./helpers";

const TODAY = "2026-11-21"; // calendar quarters: 2026-Q4 runs, 2026-Q3 is the last finished one
let root = "";

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), "pj-loop-"));
	cpSync(seed("portfolio-executive"), root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** What `review` would create (stdout: the note alone), written where it says (stderr). */
function writeOwedReview(): string {
	const run = cli(["review", root, "--today", TODAY]);
	const match = /Would create (.+\.md) /u.exec(run.err);
	if (!match?.[1]) throw new Error(`no note printed: ${run.out}${run.err}`);
	writeFileSync(join(root, match[1]), run.out, "utf8");
	return match[1];
}

function codes(): string[] {
	return reportOf(root, TODAY).findings.map((f) => f.code);
}

describe("the executive example's quarterly loop", () => {
	it("offers the missing 2026-Q3 review first, then 2026-Q4 with a word that it is still running (defects 1 and 4)", () => {
		expect(reportOf(root, TODAY).findings.find((f) => f.code === "missing-review")?.message).toBe(
			'There is no review of 2026-Q3 yet: run "Create quarterly review" to record what each stream took and taught.',
		);
		const first = cli(["review", root, "--today", TODAY]);
		expect(first.err).toBe("Would create Reviews/2026-Q3 review.md (run with --write to create it):\n");
		expect(first.out.startsWith("---\n")).toBe(true);
		expect(writeOwedReview()).toBe("Reviews/2026-Q3 review.md");
		const second = cli(["review", root, "--today", TODAY]);
		expect(second.err).toContain("Would create Reviews/2026-Q4 review.md");
		expect(second.err).toContain("2026-Q4 is still in progress (it ends on 2026-12-31)");
	});

	it("clears the missing-review warning with a draft that leaves allocation, trends and silent-stream alone (defects 1 and 2)", () => {
		const before = codes();
		// missing-review, isolated-stream (Advisor shares), silent-stream (Advisor shares in 2026-Q2) and
		// the planted overlapping-blocks (the newsletter's Wednesday morning).
		expect(before.sort()).toEqual(["isolated-stream", "missing-review", "overlapping-blocks", "silent-stream"]);
		writeOwedReview();
		const after = reportOf(root, TODAY);
		expect(after.findings.map((f) => f.code).sort()).toEqual(["draft-review", "isolated-stream", "overlapping-blocks", "silent-stream"]);
		// Still one silent stream, still about the last review that is done (2026-Q2), not five about the draft.
		expect(after.findings.filter((f) => f.code === "silent-stream").map((f) => f.message)).toEqual([
			"Advisor shares taught no other stream in 2026-Q2: note what it gave the others, or ask why it gave nothing.",
		]);
		expect(after.reviews.map((r) => [r.quarter, r.draft === true])).toContainEqual(["2026-Q3", true]);
	});

	it("counts the answers under the review's prompts as learnings of the quarter, once the draft is done (defect 2)", () => {
		const path = join(root, writeOwedReview());
		const text = readFileSync(path, "utf8")
			.replace("- What did [[AI tools]] teach [[Newsletter]] this quarter?\n  - ", "- What did [[AI tools]] teach [[Newsletter]] this quarter?\n  - The prompt library became three issues.\n  - Readers want the checker's source")
			.replace("- What did [[Book and courses]] teach [[Fractional people chief]] this quarter?\n  - ", "- What did [[Book and courses]] teach [[Fractional people chief]] this quarter?\n  - Cohort exercises work as workshop openers.");
		writeFileSync(path, text, "utf8");
		const draft = reportOf(root, TODAY);
		const q3 = draft.learnings.filter((l) => l.quarter === "2026-Q3");
		expect(q3.map((l) => [l.from, l.to, l.text, l.source])).toEqual(
			expect.arrayContaining([
				["Streams/AI tools.md", "Streams/Newsletter.md", "The prompt library became three issues.", "Reviews/2026-Q3 review.md"],
				["Streams/AI tools.md", "Streams/Newsletter.md", "Readers want the checker's source", "Reviews/2026-Q3 review.md"],
				["Streams/Book and courses.md", "Streams/Fractional people chief.md", "Cohort exercises work as workshop openers.", "Reviews/2026-Q3 review.md"],
			]),
		);
		// The four prompts left empty are no learnings.
		expect(q3).toHaveLength(3);
		expect(draft.edges).toContainEqual(expect.objectContaining({ from: "Streams/AI tools.md", to: "Streams/Newsletter.md", type: "learned" }));

		writeFileSync(path, text.replace("draft: true\n", ""), "utf8");
		const done = reportOf(root, TODAY);
		// 2026-Q3 is the last finished quarter with a finished review: of 5 active streams, AI tools and
		// Book and courses taught someone, so 5 - 2 = 3 are silent in it.
		const silent = done.findings.filter((f) => f.code === "silent-stream");
		expect(silent.map((f) => f.path).sort()).toEqual(["Streams/Advisor shares.md", "Streams/Fractional people chief.md", "Streams/Newsletter.md"]);
		expect(silent[0]?.message).toContain("in 2026-Q3:");
		expect(done.findings.map((f) => f.code)).not.toContain("draft-review");
	});
});
