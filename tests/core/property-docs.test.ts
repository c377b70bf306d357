// The README's schema tables are the property table's: a property added to the table and not to
// the README (or the other way round) fails here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { propertyTablesMarkdown } from "../../src/core/property-docs";
import { STREAM_PROPERTY_NAMES } from "../../src/core/property-table";

const README = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");

describe("the README's property tables", () => {
	it("equal the tables written from the property table", () => {
		const start = README.indexOf("<!-- property-table:start -->\n");
		const end = README.indexOf("\n<!-- property-table:end -->");
		expect(start).toBeGreaterThan(-1);
		expect(README.slice(start + "<!-- property-table:start -->\n".length, end)).toBe(propertyTablesMarkdown());
	});

	it("name every stream property once", () => {
		const rows = propertyTablesMarkdown().split("Quarterly review note:")[0] ?? "";
		for (const name of STREAM_PROPERTY_NAMES) expect(rows.split(`| \`${name}\` |`)).toHaveLength(2);
	});
});
