// For generated notes with every fence Obsidian accepts (a trailing space or tab, CRLF, a BOM) and
// property names in any case: an edit changes only the intended key, in the one block the reader
// sees, and never adds a second block or a second spelling of the key.
import fc from "fast-check";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { addListItem, setScalar } from "../../src/core/frontmatter-edit";
import { locateFrontmatter } from "../../src/core/frontmatter-locator";
import { PropertyLookup } from "../../src/core/property-lookup";

const yaml = (text: string): unknown => parse(text) as unknown;

describe("edits in any fence, any case", () => {
	const spelling = fc.constantFrom("learnings", "Learnings", "LEARNINGS", "teaches", "Teaches", "role", "Role");
	const other = fc.dictionary(fc.constantFrom("status", "funds", "note", "hours-per-week"), fc.oneof(fc.string(), fc.integer({ min: 0, max: 500 }), fc.array(fc.string(), { maxLength: 2 })), { maxKeys: 3 });
	const note = fc.record({
		key: fc.option(spelling, { nil: null }),
		listValue: fc.array(fc.string(), { maxLength: 2 }),
		other,
		fence: fc.constantFrom("---", "--- ", "---\t", "---  "),
		closing: fc.constantFrom("---", "--- "),
		crlf: fc.boolean(),
		bom: fc.boolean(),
		body: fc.string().map((s) => `${s}\n---\nnot: frontmatter\n`),
	});
	const op = fc.oneof(fc.record({ kind: fc.constant("add" as const), name: fc.constantFrom("learnings", "teaches"), text: fc.string() }), fc.record({ kind: fc.constant("set" as const), name: fc.constant("role"), text: fc.constantFrom("anchor", "seed") }));

	it("changes only the intended key, in the block the reader sees", () => {
		fc.assert(
			fc.property(note, op, (n, o) => {
				const eol = n.crlf ? "\r\n" : "\n";
				const fm: Record<string, unknown> = { ...n.other };
				const written = n.key !== null && n.key.toLowerCase() === o.name ? n.key : null;
				if (written !== null) fm[written] = o.kind === "add" ? n.listValue : "client";
				const yamlText = Object.keys(fm).length ? stringify(fm) : "";
				const text = `${n.bom ? "\uFEFF" : ""}${n.fence}\n${yamlText}${n.closing}\n`.replace(/\n/g, eol) + n.body;
				const r = o.kind === "add" ? addListItem(text, o.name, o.text, yaml) : setScalar(text, o.name, o.text, yaml);
				if (!r.ok) throw new Error(r.detail);
				// The same block: its opening line and everything after its closing fence are as they were.
				const before = locateFrontmatter(text);
				const after = locateFrontmatter(r.text);
				if (before === null || before === "unclosed" || after === null || after === "unclosed") throw new Error("no block");
				expect(r.text.slice(0, after.from)).toBe(text.slice(0, before.from));
				expect(r.text.slice(after.to)).toBe(text.slice(before.to));
				const data = parse(r.text.slice(after.from, after.to)) as Record<string, unknown>;
				for (const [key, value] of Object.entries(n.other)) expect(data[key]).toEqual(value);
				// The key as the note spelt it, never a second spelling.
				const lookup = new PropertyLookup(data);
				expect(lookup.spellings(o.name)).toEqual([written ?? o.name]);
				const value = lookup.get(o.name);
				if (o.kind === "add") expect(value).toEqual(written !== null && n.listValue.includes(o.text) ? n.listValue : [...(written !== null ? n.listValue : []), o.text]);
				else expect(value).toBe(o.text);
			}),
			{ numRuns: 400 },
		);
	});
});
