// FileManager.processFrontMatter over a note's text, as far as its behaviour is known.
// Real: https://docs.obsidian.md/Reference/TypeScript+API/FileManager/processFrontMatter
// What it does: parses the frontmatter, calls `fn` synchronously with the object, re-serialises
// it and keeps the body. Known differences of the real API that the fake copies on purpose:
// the YAML is rewritten by stringifyYaml, so comments, quoting styles and flow lists in the
// frontmatter are lost; that is why the plugin prefers surgical edits through Vault.process.
// Invalid YAML throws and nothing is written. A note without frontmatter gets one.
import { parse, stringify } from "yaml";
import { locateFrontmatter } from "../../src/core/frontmatter-locator";

/** The note's text after `fn` has changed its frontmatter; throws on invalid YAML. */
export function processFrontMatterText(text: string, fn: (frontmatter: Record<string, unknown>) => void): string {
	// The block Obsidian finds (its fence rule is the product's one locator), so a `--- ` fence is edited, not doubled.
	const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
	const at = locateFrontmatter(text);
	const block = at === null || at === "unclosed" ? null : at;
	const parsed: unknown = block ? parse(text.slice(block.from, block.to)) : null;
	if (parsed !== null && parsed !== undefined && (typeof parsed !== "object" || Array.isArray(parsed))) {
		throw new Error("The frontmatter is not a set of properties.");
	}
	const frontmatter = (parsed ?? {}) as Record<string, unknown>;
	fn(frontmatter);
	const body = block ? text.slice(block.contentStart) : text.slice(bom.length);
	const yaml = Object.keys(frontmatter).length > 0 ? stringify(frontmatter) : "";
	return `${bom}---\n${yaml}---\n${body}`;
}
