// Explore over 20 candidate streams (every combination of 3 to 5: 1,140 + 4,845 + 15,504 = 21,489),
// as `explore` runs after the portfolio is built: the build is outside the timing.
import { buildPortfolio } from "../../src/core/build-portfolio";
import { explore, exploreConstraints } from "../../src/core/explore";
import { createPathResolver } from "../../src/core/resolver";
import type { NoteInput, PortfolioSettings } from "../../src/core/types";
import { timeRepeated, type Timing } from "./bench-stats";

const ROLES = ["anchor", "client", "leverage", "seed"] as const;

/** Stream notes with varied hours and income (two anchors), each teaching the next. */
export function exploreNotes(count: number): NoteInput[] {
	return Array.from({ length: count }, (_, i) => ({
		path: `Streams/Candidate ${i + 1}.md`,
		frontmatter: {
			tags: ["portfolio/stream"],
			role: i < 2 ? "anchor" : ROLES[i % ROLES.length],
			"hours-per-week": 4 + ((i * 7) % 19),
			"annual-revenue": 5000 + ((i * 7919) % 60000),
			teaches: [`[[Candidate ${((i + 1) % count) + 1}]]`],
		},
		// As a tag index hands them over: the core reads a note's kind from these, not from the frontmatter.
		tags: ["portfolio/stream"],
	}));
}

/** Median time of explore over `count` candidates; also how many combinations it considered. */
export function measureExplore(settings: PortfolioSettings, count: number, runs: number): Timing & { considered: number } {
	const notes = exploreNotes(count);
	const portfolio = buildPortfolio(notes, { settings, resolver: createPathResolver(notes.map((n) => n.path)), today: "2026-11-21" });
	// Generous hours so most combinations fit and are ranked, the costlier case.
	const constraints = exploreConstraints(settings, { maxHours: 80 });
	const considered = explore(portfolio, constraints, settings.currency).considered;
	return { ...timeRepeated(() => explore(portfolio, constraints, settings.currency), runs, 2), considered };
}
