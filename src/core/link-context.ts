// Resolving the links of one note against the vault, reporting links that lead nowhere useful.
import { propertyIssue } from "./issues";
import { unlinkableMark, unreachableTarget } from "./link-names";
import { nearMatch } from "./near-match";
import type { RawLink, StreamRecord } from "./records";
import type { Issue, LinkResolver } from "./types";

/** What link resolution needs: the resolver, the stream notes by path, and where to report problems. */
export interface LinkContext {
	resolver: LinkResolver;
	streams: ReadonlyMap<string, StreamRecord>;
	diagnostics: Issue[];
}

// The streams whose names no link can reach, found once per set of streams rather than once per link
// (a review of 500 streams resolves 500 links; most vaults have no such stream at all).
const unlinkableCache = new WeakMap<ReadonlyMap<string, StreamRecord>, StreamRecord[]>();

function unlinkableStreams(streams: ReadonlyMap<string, StreamRecord>): StreamRecord[] {
	let found = unlinkableCache.get(streams);
	if (!found) {
		found = [...streams.values()].filter((stream) => unlinkableMark(stream.name) !== null);
		unlinkableCache.set(streams, found);
	}
	return found;
}

// Where a link path leads depends on the linking note's folder only (relative paths, and the nearest
// note of that name), so within one assembly each is resolved once per folder: 12 quarters of reviews
// of 50 streams resolve 600 links, to 50 notes.
const resolvedCache = new WeakMap<LinkContext, Map<string, string | null>>();

function resolveOnce(context: LinkContext, linkpath: string, sourcePath: string): string | null {
	// A link to a heading of the note itself (`[[#Plan]]`) leads to the note: no sharing by folder.
	const key = linkpath.trim() === "" || linkpath.startsWith("#") ? null : `${sourcePath.slice(0, sourcePath.lastIndexOf("/") + 1)}\u0000${linkpath}`;
	let resolved = resolvedCache.get(context);
	if (!resolved) {
		resolved = new Map();
		resolvedCache.set(context, resolved);
	}
	if (key !== null && resolved.has(key)) return resolved.get(key) ?? null;
	let target: string | null;
	try {
		target = context.resolver.resolve(linkpath, sourcePath);
	} catch {
		// A resolver that throws behaves as one that found nothing: the link is reported by the caller.
		target = null;
	}
	if (key !== null) resolved.set(key, target);
	return target;
}

/**
 * The vault path of the stream a link points to, or null (reported) when it spells a stream that no
 * link can reach (see unreachableTarget), resolves to no note, to a note that is not a stream, or
 * back to `selfPath` when that is given.
 */
export function resolveStreamLink(context: LinkContext, link: RawLink, sourcePath: string, property: string, selfPath: string | null): string | null {
	// `[[C# tutoring]]` resolves to note `C` (heading ` tutoring`): never count it for C.
	const unlinkable = unlinkableStreams(context.streams);
	const unreachable = unlinkable.length === 0 ? null : unreachableTarget(link.written, unlinkable);
	if (unreachable !== null) {
		context.diagnostics.push(
			propertyIssue("unreachable-link", sourcePath, property, `${link.written} is meant for ${unreachable.path}, but Obsidian reads it as a link to another note, since "${unlinkableMark(unreachable.name) ?? ""}" ends a link's note name; it is counted for no stream. Rename ${unreachable.path} without it, then fix the link.`),
		);
		return null;
	}
	const target = resolveOnce(context, link.linkpath, sourcePath);
	if (target === null) {
		const written = link.linkpath.split("/").pop() ?? link.linkpath;
		const near = nearMatch(written, [...context.streams.values()].map((s) => s.name));
		const hint = near === null ? "fix the name or create the note" : `did you mean [[${near}]]? Otherwise fix the name or create the note`;
		context.diagnostics.push(propertyIssue("unresolved-link", sourcePath, property, `${link.written} does not match any note; ${hint}.`));
		return null;
	}
	if (!context.streams.has(target)) {
		if (context.resolver.isLeftOut?.(target) === true) return null;
		context.diagnostics.push(propertyIssue("link-not-stream", sourcePath, property, `${link.written} points to ${target}, which is not a stream note; tag it as a stream or remove the link.`));
		return null;
	}
	if (selfPath !== null && target === selfPath) {
		context.diagnostics.push(propertyIssue("self-link", sourcePath, property, `${link.written} links the stream to itself; link another stream.`));
		return null;
	}
	return target;
}
