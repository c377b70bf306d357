// What must hold for any vault: the build never throws, totals add up, note order does not matter,
// and an incremental update equals a full rebuild.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assemblePortfolio, buildPortfolio } from "../../src/core/build-portfolio";
import { readNote } from "../../src/core/read-note";
import { createPathResolver } from "../../src/core/resolver";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { BuildOptions, NoteInput } from "../../src/core/types";

const NAMES = ["Anchor", "Clients", "Book", "Seed", "2026-Q1 review", "2026-Q2", "Journal"];
const FOLDERS = ["", "Streams/", "Reviews/", "Archive/"];
const LINK = fc.constantFrom(...NAMES).map((name) => `[[${name}]]`);
const NUMBERISH = fc.oneof(fc.integer({ min: -10, max: 200 }), fc.double(), fc.constantFrom("85k", "40h", "50%", "$1,200", "forty", ""), fc.anything());

// Values close enough to valid ones that the interesting code runs, mixed with anything at all.
const PROPERTY_VALUES: Record<string, fc.Arbitrary<unknown>> = {
	tags: fc.oneof(fc.constantFrom(["portfolio/stream"], ["portfolio/review"], "portfolio/stream, x", "#portfolio/review", ["portfolio/stream", "portfolio/review"]), fc.anything()),
	role: fc.oneof(fc.constantFrom("anchor", "client", "leverage", "seed", "boss"), fc.anything()),
	status: fc.oneof(fc.constantFrom("active", "paused", "Active", "gone"), fc.anything()),
	"automation-risk": fc.oneof(fc.constantFrom("low", "high"), fc.anything()),
	"hours-per-week": NUMBERISH,
	"annual-revenue": NUMBERISH,
	"target-time": NUMBERISH,
	"target-income": NUMBERISH,
	funds: fc.oneof(fc.array(LINK, { maxLength: 3 }), LINK, fc.anything()),
	teaches: fc.oneof(fc.array(LINK, { maxLength: 3 }), fc.anything()),
	protects: fc.oneof(fc.array(LINK, { maxLength: 2 }), fc.anything()),
	learnings: fc.oneof(
		fc.array(
			fc.oneof(
				LINK.map((to) => `${to}: a lesson`),
				fc.tuple(LINK, LINK).map(([from, to]) => `${from} -> ${to}: a lesson`),
				fc.record({ from: LINK, to: LINK, text: fc.string(), date: fc.constantFrom("2026-02-03", "bad", undefined) }),
				fc.anything(),
			),
			{ maxLength: 4 },
		),
		fc.anything(),
	),
	quarter: fc.oneof(fc.constantFrom("2026-Q1", "Q2 2026", "2026q2", "soon"), fc.anything()),
	actuals: fc.oneof(
		fc.array(fc.oneof(fc.record({ stream: LINK, "hours-per-week": NUMBERISH, income: NUMBERISH }, { requiredKeys: ["stream"] }), fc.anything()), { maxLength: 3 }),
		fc.anything(),
	),
};

const FRONTMATTER = fc.oneof(
	{ weight: 6, arbitrary: fc.record(PROPERTY_VALUES, { requiredKeys: [] }) },
	{ weight: 1, arbitrary: fc.constant(null) },
	{ weight: 1, arbitrary: fc.dictionary(fc.string(), fc.anything()) },
);

const NOTE: fc.Arbitrary<NoteInput> = fc.record({
	path: fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...NAMES)).map(([folder, name]) => `${folder}${name}.md`),
	frontmatter: FRONTMATTER,
	tags: fc.array(fc.constantFrom("#portfolio/stream", "#portfolio/review", "#idea"), { maxLength: 2 }),
});

const NOTES = fc.uniqueArray(NOTE, { selector: (note) => note.path, maxLength: 12 });

// Equal within float noise; two sums that overflowed alike (Infinity) are equal too.
function expectSameSum(actual: number, expected: number): void {
	if (actual === expected) return;
	expect(actual).toBeCloseTo(expected, 6);
}

function optionsFor(notes: readonly NoteInput[]): BuildOptions {
	return { settings: DEFAULT_SETTINGS, resolver: createPathResolver(notes.map((note) => note.path)), today: "2026-08-15" };
}

describe("build properties", () => {
	it("never throws, whatever the frontmatter holds", () => {
		fc.assert(
			fc.property(NOTES, (notes) => {
				const portfolio = buildPortfolio(notes, optionsFor(notes));
				// Plain data all the way down: it survives a JSON round trip.
				expect(() => JSON.stringify(portfolio)).not.toThrow();
			}),
			{ numRuns: 300 },
		);
	});

	it("never throws on notes that break the NoteInput contract", () => {
		fc.assert(
			fc.property(fc.array(fc.record({ path: fc.string(), frontmatter: fc.anything(), tags: fc.anything(), frontmatterError: fc.anything() })), (raw) => {
				const notes = raw as unknown as NoteInput[];
				expect(() => buildPortfolio(notes, optionsFor(notes))).not.toThrow();
			}),
			{ numRuns: 200 },
		);
	});

	it("totals equal the sum of the finite parts, and shares of a positive total sum to 100", () => {
		fc.assert(
			fc.property(NOTES, (notes) => {
				const portfolio = buildPortfolio(notes, optionsFor(notes));
				const active = portfolio.streams.filter((stream) => stream.status === "active");
				expect(portfolio.totals.activeStreams).toBe(active.length);
				expectSameSum(portfolio.totals.hoursPerWeek, active.reduce((acc, s) => acc + (s.hoursPerWeek ?? 0), 0));
				expectSameSum(portfolio.totals.annualRevenue, active.reduce((acc, s) => acc + (s.annualRevenue ?? 0), 0));
				if (portfolio.totals.hoursPerWeek > 0 && Number.isFinite(portfolio.totals.hoursPerWeek)) {
					expect(active.reduce((acc, s) => acc + (s.timeShare ?? 0), 0)).toBeCloseTo(100, 6);
				}
				for (const review of portfolio.reviews) {
					expectSameSum(review.totals.income, review.actuals.reduce((acc, a) => acc + (a.income ?? 0), 0));
				}
			}),
			{ numRuns: 300 },
		);
	});

	it("note order does not change the result", () => {
		const shuffled = NOTES.chain((notes) => fc.tuple(fc.constant(notes), fc.shuffledSubarray(notes, { minLength: notes.length, maxLength: notes.length })));
		fc.assert(
			fc.property(shuffled, ([notes, reordered]) => {
				expect(buildPortfolio(reordered, optionsFor(reordered))).toEqual(buildPortfolio(notes, optionsFor(notes)));
			}),
			{ numRuns: 300 },
		);
	});

	it("re-reading one changed note and re-assembling equals a full rebuild", () => {
		const edit = NOTES.filter((notes) => notes.length > 0).chain((notes) => fc.tuple(fc.constant(notes), fc.nat({ max: notes.length - 1 }), FRONTMATTER));
		fc.assert(
			fc.property(edit, ([notes, index, frontmatter]) => {
				const options = optionsFor(notes);
				const records = notes.map((note) => readNote(note, options.settings));
				const changed = notes.map((note, i) => (i === index ? { ...note, frontmatter: frontmatter } : note));
				const changedNote = changed[index];
				if (!changedNote) return;
				records[index] = readNote(changedNote, options.settings);
				expect(assemblePortfolio(records, options)).toEqual(buildPortfolio(changed, options));
			}),
			{ numRuns: 300 },
		);
	});
});
