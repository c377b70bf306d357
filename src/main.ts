// Placeholder until the plugin lifecycle lands (issue 3).
import { Plugin } from "obsidian";

export default class PortfolioJournalPlugin extends Plugin {}
