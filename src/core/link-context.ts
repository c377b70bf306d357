// Resolving the links of one note against the vault, reporting links that lead nowhere useful.
import { propertyIssue } from "./issues";
import { nearMatch } from "./near-match";
import type { RawLink, StreamRecord } from "./records";
import type { Issue, LinkResolver } from "./types";

/** What link resolution needs: the resolver, the stream notes by path, and where to report problems. */
export interface LinkContext {
	resolver: LinkResolver;
	streams: ReadonlyMap<string, StreamRecord>;
	diagnostics: Issue[];
}

/**
 * The vault path of the stream a link points to, or null (reported) when it resolves to no note,
 * to a note that is not a stream, or back to `selfPath` when that is given.
 */
export function resolveStreamLink(context: LinkContext, link: RawLink, sourcePath: string, property: string, selfPath: string | null): string | null {
	let target: string | null = null;
	try {
		target = context.resolver.resolve(link.linkpath, sourcePath);
	} catch {
		// A resolver that throws behaves as one that found nothing: the link is reported below.
		target = null;
	}
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
