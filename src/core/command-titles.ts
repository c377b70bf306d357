// The plugin's command names that the core's texts tell a person to run, in one place with the
// command palette's list (src/obsidian/command-names.ts reads them from here).

/** The command that walks a person through listing their streams and writes one note each. */
export const MAP_PORTFOLIO_COMMAND = "Map your portfolio";

/** The command that makes the open note a stream note, asking for its role, hours, income and targets. */
export const TAG_STREAM_COMMAND = "Tag note as portfolio stream";
