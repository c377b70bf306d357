// The CLI's commands import the terminal-safe text helpers from here; they live in the core, shared
// with the report the plugin prints through Obsidian's own command line.
export { printable, printableNote } from "../core/printable";
