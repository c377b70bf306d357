// Placeholder until the write commands land (issue 4).
import type { Plugin } from "obsidian";
import type { PortfolioHost } from "../plugin-host";

/** Registers the commands that write notes: tag as stream, quarterly review, learnings, links. */
export function registerWriteCommands(_plugin: Plugin, _host: PortfolioHost): void {}
