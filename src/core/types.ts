// The shapes that the core, the plugin adapter, the CLI and the tests share.
// Everything here is plain data: no class instances, so a Portfolio can be serialised as it is.
import type { Measures } from "./measure-types";
import type { MeasureSettings, MeasureThresholds } from "./measure-settings";
import type { Scenario } from "./plan-types";
import type { NumberFormat } from "./number-format";
import type { StreamValues } from "./property-table";

/** The words each enum property allows; any other word is reported as a data problem. */
export const ROLES = ["anchor", "client", "leverage", "seed"] as const;
export const CATEGORIES = ["employment", "services", "products", "content", "applications", "equity"] as const;
export const STATUSES = ["active", "planned", "paused", "retired"] as const;
export const VOLATILITIES = ["stable", "variable", "volatile"] as const;
export const AUTOMATION_RISKS = ["low", "medium", "high"] as const;
export const DESIGNED_EDGE_TYPES = ["funds", "teaches", "protects"] as const;

/** The enum properties' types, and the edge types: designed ones plus the `learned` edges drawn from learnings. */
export type Role = (typeof ROLES)[number];
export type Category = (typeof CATEGORIES)[number];
export type Status = (typeof STATUSES)[number];
export type Volatility = (typeof VOLATILITIES)[number];
export type AutomationRisk = (typeof AUTOMATION_RISKS)[number];
export type DesignedEdgeType = (typeof DESIGNED_EDGE_TYPES)[number];
export type EdgeType = DesignedEdgeType | "learned";

/** One note as the adapter (metadataCache) or the CLI (yaml) hands it to the core. */
export interface NoteInput {
	/** Vault-relative path with extension, forward slashes: `Streams/Consulting.md`. */
	path: string;
	/** Parsed frontmatter, or null when the note has none. */
	frontmatter: Record<string, unknown> | null;
	/** Every tag of the note (frontmatter and inline, code blocks excluded), with or without `#`. */
	tags: readonly string[];
	/**
	 * Set when the frontmatter exists but could not be read as properties: a clause saying what and
	 * where (core/yaml-problem.ts: `the frontmatter is not valid YAML at line 4 (...)`), which the core
	 * turns into a diagnostic and the CLI's writers into a refusal.
	 */
	frontmatterError?: string;
	/** The note's text and list items; only reviews need it (for the answers under their prompts). */
	body?: NoteBody;
}

/** A note's whole text with its list items, as Obsidian's metadata cache gives them (`CachedMetadata.listItems`). */
export interface NoteBody {
	/** The file's text; list item lines count from its first line (the frontmatter's `---`). */
	text: string;
	listItems: readonly ListItemInput[];
}

/**
 * One list item in the shape of Obsidian's `ListItemCache` (obsidian.d.ts): `position` lines are
 * 0-based and cover the item's own lines, not its children; `parent` is the parent item's start
 * line, or negative for an item at the root of its list.
 */
export interface ListItemInput {
	position: { start: { line: number; col: number; offset: number }; end: { line: number; col: number; offset: number } };
	parent: number;
	/** The checkbox character for a task (`" "` open), absent for a plain item. */
	task?: string | undefined;
}

/**
 * Resolves a link path (the part of `[[...]]` before `#` and `|`) as Obsidian does:
 * returns the vault path of the target note, or null when no note matches.
 */
export interface LinkResolver {
	resolve(linkpath: string, sourcePath: string): string | null;
	/**
	 * Optional: true for a note that exists but was left out of the notes given (a Base's selection).
	 * A link to it is dropped without a diagnostic: it is outside this portfolio, not a mistake.
	 */
	isLeftOut?(path: string): boolean;
}

/** Thresholds of the findings; every one is a setting. */
export interface Thresholds extends MeasureThresholds {
	minStreams: number;
	maxStreams: number;
	/** Points of drift (share minus target) beyond which over-target / under-target fire. */
	driftPoints: number;
	/** How far the targets of active streams may sum away from 100. */
	targetsSumTolerance: number;
	/** Hours per week of all active streams beyond which overload fires. */
	overloadHours: number;
	/** Percent of income from one stream beyond which income-concentration fires. */
	incomeConcentration: number;
	/** Percent of income from high automation-risk streams beyond which automation-exposure fires. */
	automationExposure: number;
	/** Streams running in one roadmap quarter beyond which too-many-nodes fires. */
	maxNodes: number;
	/** boundary-mismatch fires when time-blocks and hours-per-week differ by more than these hours AND this percent of hours-per-week. */
	boundaryMismatchHours: number;
	boundaryMismatchPercent: number;
	/** Streams with weekly blocks on one day at which context-switching fires. */
	contextSwitchStreams: number;
	/** Minutes a block needs to count as deep work (no-deep-work: every block of a stream is shorter). */
	deepWorkMinutes: number;
}

/** The plugin's settings (data.json); the CLI reads the same file. */
export interface PortfolioSettings extends MeasureSettings {
	streamTag: string;
	reviewTag: string;
	/** Folder where new quarterly reviews are created ("" = vault root). */
	reviewsFolder: string;
	/** File name of a new review, without `.md`; placeholders `{quarter}`, `{year}`, `{q}`. */
	reviewFileFormat: string;
	/** Month (1-12) in which the fiscal year starts; 1 = calendar quarters. */
	fiscalYearStartMonth: number;
	/** Currency code or symbol used to show amounts, e.g. `USD`, `EUR`, `£`. */
	currency: string;
	/** Optional note used as the template of new reviews ("" = the built-in one). */
	reviewTemplatePath: string;
	/** How numbers written as text are read: `1,234.5` (default), `1.234,5`, `1 234,5` or `1'234.5`. */
	numberFormat: NumberFormat;
	/** Vault path of the calendar file "Export week to calendar" writes. */
	icsPath: string;
	thresholds: Thresholds;
	/** Tag of scenario notes: other designs of the same portfolio. */
	scenarioTag: string;
	/** Default of explore's --min-income: income a year a combination must bring at least. */
	exploreMinIncome: number;
	/** Default of explore: a combination must hold an anchor stream (--no-anchor lifts it). */
	exploreRequireAnchor: boolean;
}

/** What buildPortfolio needs besides the notes. */
export interface BuildOptions {
	settings: PortfolioSettings;
	resolver: LinkResolver;
	/** The day the portfolio is looked at, `YYYY-MM-DD`; it decides the last finished quarter. */
	today: string;
}

/** How serious an issue is: `check` exits 1 on any error. */
export type Severity = "error" | "warning" | "info";

/** A diagnostic (about the data) or a finding (about the portfolio's design). */
export interface Issue {
	/** Stable kebab-case code, e.g. `invalid-number`, `over-target`. */
	code: string;
	severity: Severity;
	/** The note it is about, when there is one. */
	path: string | null;
	/** A sentence a person can act on: names the file, the property and the value as written. */
	message: string;
	/** The property concerned, for diagnostics about one value. */
	property?: string;
}

/**
 * A value stream, read from a stream note, with the figures derived from all active streams.
 * Its own values (role, status, hoursPerWeek...) are the entries of STREAM_VALUES in property-table.ts.
 */
export interface Stream extends StreamValues {
	/** The file's basename, as links name it. */
	name: string;
	path: string;
	/** Percent of the active streams' hours; null when not active or the total is 0. */
	timeShare: number | null;
	/** Percent of the active streams' revenue; null when not active or the total is 0. */
	incomeShare: number | null;
	/** timeShare minus targetTime, in points; null when either is null. */
	timeDrift: number | null;
	/** incomeShare minus targetIncome, in points; null when either is null. */
	incomeDrift: number | null;
}

/** A directed edge between two streams (vault paths). */
export interface Edge {
	from: string;
	to: string;
	type: EdgeType;
	/** For `learned` edges: how many learnings, in all and per quarter (`YYYY-Qn`, or `undated`). */
	count?: number;
	byQuarter?: Record<string, number>;
}

/** One learning that one stream gave another. */
export interface Learning {
	/** Vault path of the stream that taught. */
	from: string;
	/** Vault path of the stream that learned. */
	to: string;
	/** `YYYY-Qn`: the review's quarter, or the quarter of the learning's date; null when undated. */
	quarter: string | null;
	/** `YYYY-MM-DD` when the learning carries a date. */
	date: string | null;
	text: string;
	/** The note it was written in. */
	source: string;
}

/** What one stream really took and brought in a reviewed quarter. */
export interface Actual {
	/** Vault path of the stream. */
	stream: string;
	hoursPerWeek: number | null;
	income: number | null;
	/** Percent of the quarter's total hours and income; null when that total is 0. */
	timeShare: number | null;
	incomeShare: number | null;
	/** How alive the stream felt, 1 to 5; null when not rated. */
	energy: number | null;
}

/** A quarterly review note. */
export interface Review {
	path: string;
	/** `YYYY-Qn`. */
	quarter: string;
	actuals: Actual[];
	totals: { hoursPerWeek: number; income: number };
	/**
	 * True while the note says `draft: true`: its actuals are the figures of the day it was made, so
	 * they do not count as the quarter's actuals (allocation, trends, silent-stream) until the person
	 * corrects them and removes the property. Absent means false.
	 */
	draft?: boolean;
}

/** Everything the dashboard, the CLI and the review writer show. */
export interface Portfolio {
	/** All streams, sorted by name (case-insensitive), then path. */
	streams: Stream[];
	totals: { hoursPerWeek: number; annualRevenue: number; activeStreams: number };
	/** Designed edges (funds, teaches, protects) then learned edges, each group sorted. */
	edges: Edge[];
	/** Newest first (by quarter, then date), then by source path. */
	learnings: Learning[];
	/** Oldest quarter first. */
	reviews: Review[];
	/** Quarter (`YYYY-Qn`) that contains `today`, under the fiscal-year setting. */
	currentQuarter: string;
	/** The quarter before currentQuarter: the last finished one. */
	lastFinishedQuarter: string;
	diagnostics: Issue[];
	findings: Issue[];
	/** Hourly rates, measured volatility, concentration, correlation, runway and forecasts. */
	measures: Measures;
	/** Scenario notes (other designs of this portfolio), sorted by path. */
	scenarios: Scenario[];
}
