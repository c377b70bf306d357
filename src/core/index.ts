// The core's public API: pure functions over plain data, shared by the plugin, the CLI and the tests.
export * from "./types";
export { DEFAULT_SETTINGS, DEFAULT_THRESHOLDS, mergeSettings } from "./settings";
export { readNumber, type NumberKind, type NumberReading, type NumberProblemCode } from "./numbers";
export { parseWikilink, splitLinkList, type ParsedLink, type LinkList } from "./wikilink";
export { createPathResolver } from "./resolver";
export { normalizeTag, hasTag, frontmatterTags, inlineTags } from "./tags";
export { parseQuarter, quarterOfDate, quarterOfDateText, previousQuarter, nextQuarter, compareQuarters, quarterBounds } from "./quarter";
export { readNote } from "./read-note";
export type { NoteRecord, StreamRecord, ReviewRecord, OtherRecord, RawLink, RawLearning, RawActual } from "./records";
export { assemblePortfolio, buildPortfolio } from "./build-portfolio";
export { findFindings } from "./findings";
export { readLearning } from "./learnings";
export { formatAmount, formatPercent, formatPoints, formatHours } from "./format";
export { describeValue } from "./describe";
export type * from "./measure-types";
export type { MeasureSettings, MeasureThresholds } from "./measure-settings";
export { herfindahlIndex, effectiveNumber } from "./concentration";
