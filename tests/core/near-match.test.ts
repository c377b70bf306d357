import { describe, expect, it } from "vitest";
import { nearMatch } from "../../src/core/near-match";

describe("near match of a mistyped link", () => {
	const streams = ["Housing organising", "Union job", "Labour journalism", "Union consulting"];

	it("suggests the stream one slip away, whatever the case", () => {
		// "organizing" -> "organising": one substitution (z -> s); a quarter of 18 letters allows 3.
		expect(nearMatch("Housing organizing", streams)).toBe("Housing organising");
		expect(nearMatch("union JOB", streams)).toBeNull(); // the same name in other case resolves; 0 edits is no suggestion
		expect(nearMatch("Unoin job", streams)).toBe("Union job"); // two substitutions, 9 letters allow 2
	});

	it("suggests nothing for a name that is merely different, or a short one far off", () => {
		expect(nearMatch("Consulting", streams)).toBeNull();
		expect(nearMatch("Job", streams)).toBeNull();
	});

	it("takes the nearer of two candidates", () => {
		// "Union job" is 2 edits from "Union jobs!" ... "Union jobs" is 1: the nearer wins.
		expect(nearMatch("Union jobs!", ["Union job", "Union jobs"])).toBe("Union jobs");
	});
});
