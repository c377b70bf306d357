// `link <vault> --from <stream> --to <stream> --type funds|teaches|protects`: the edit "Add link
// between streams" makes, appended to the first stream's list of that type.
import { parseWikilink, splitLinkList } from "../../core/wikilink";
import { PropertyLookup } from "../../core/property-lookup";
import { addEdge, streamLink } from "../../core/stream-edits";
import { DESIGNED_EDGE_TYPES, type DesignedEdgeType, type LinkResolver, type NoteInput, type Portfolio } from "../../core/types";
import type { CliRequest } from "../args";
import { printable } from "../printable";
import type { CliIo } from "../run-cli";
import { cliYaml, editNote } from "../write-note";
import { findStream } from "./find-stream";
import { notFound, refuse, usage } from "./learn";

/** Exit 0 when written or already linked, 1 when the note refuses the edit, 2 on bad arguments. */
export function runLink(root: string, request: CliRequest, portfolio: Portfolio, notes: readonly NoteInput[], resolver: LinkResolver, io: CliIo): number {
	const type = request.type;
	if (type === null) return usage(io, `The link command needs --type: ${listed(DESIGNED_EDGE_TYPES)}.`);
	if (!isEdgeType(type)) return usage(io, `The link type "${type}" is not one we know; use --type ${listed(DESIGNED_EDGE_TYPES)}.`);
	const from = findStream(portfolio, notes, request.from ?? "", "--from");
	if ("error" in from) return notFound(io, from);
	const to = findStream(portfolio, notes, request.to ?? "", "--to");
	if ("error" in to) return notFound(io, to);
	if (from.stream.path === to.stream.path) return usage(io, "The streams after --from and --to are the same; a stream cannot link to itself.");
	const note = notes.find((n) => n.path === from.stream.path);
	const current = note?.frontmatter ? new PropertyLookup(note.frontmatter).get(type) : undefined;
	// Already linked, however the link is written (`[[Name]]`, a path, an alias): nothing to do.
	const linked = splitLinkList(current).items.some((item) => {
		const parsed = parseWikilink(item);
		return parsed !== null && resolver.resolve(parsed.linkpath, from.stream.path) === to.stream.path;
	});
	if (linked) {
		io.err(`Nothing to do: ${printable(from.stream.name)} already ${type} ${printable(to.stream.name)}.\n`);
		return 0;
	}
	const link = streamLink(to.stream, portfolio.streams);
	if ("refused" in link) return refuse(io, link.refused);
	const outcome = editNote(root, from.stream.path, (text) => addEdge(text, type, link.link, cliYaml));
	if (outcome.kind === "refused") return refuse(io, outcome.reason);
	io.err(`Saved: ${printable(from.stream.name)} now ${type} ${printable(to.stream.name)}.\n`);
	return 0;
}

function isEdgeType(value: string): value is DesignedEdgeType {
	return (DESIGNED_EDGE_TYPES as readonly string[]).includes(value);
}

// `funds, teaches or protects`: the words a person may give, in the order the docs list them.
function listed(words: readonly string[]): string {
	return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1] ?? ""}`;
}
