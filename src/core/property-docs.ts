// The README's schema tables, written from the property table so that the documentation cannot
// drift from what the readers read (a test compares the README with this output).
import { ACTUAL_PROPERTIES, REVIEW_PROPERTIES, SCENARIO_PROPERTIES, STREAM_LINKS, STREAM_LISTS, STREAM_VALUES, type PropertySpec } from "./property-table";

type DocumentedSpec = Omit<PropertySpec, "read">;

/** The Markdown tables of the stream, review, actual and scenario properties, in table order. */
export function propertyTablesMarkdown(): string {
	return [
		"Stream note:",
		"",
		...table([...Object.values(STREAM_VALUES), ...Object.values(STREAM_LINKS), ...Object.values(STREAM_LISTS)]),
		"",
		"Quarterly review note:",
		"",
		...table(Object.values(REVIEW_PROPERTIES)),
		"",
		"Each item of `actuals`:",
		"",
		...table(Object.values(ACTUAL_PROPERTIES)),
		"",
		"Scenario note:",
		"",
		...table(Object.values(SCENARIO_PROPERTIES)),
	].join("\n");
}

function table(specs: readonly DocumentedSpec[]): string[] {
	const rows = specs.map((spec) => {
		const words = spec.words ? spec.words.map((word) => `\`${word}\``).join(", ") : "";
		return `| \`${spec.name}\` | ${spec.type} | ${words} | ${spec.unit} | ${spec.help.replace(/\|/gu, "\\|")} |`;
	});
	return ["| property | type | allowed words | unit | meaning |", "| --- | --- | --- | --- | --- |", ...rows];
}
