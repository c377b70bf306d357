// A file the system refused, in words a user can act on: the reason without Node's error text, and
// what to do about it. The CLI's reader and writers use it, so a permission problem reads the same
// wherever it happens.

/** Why a file operation failed, in plain words: `permission denied`, `no such file or folder`; else the error code or message. */
export function fileErrorReason(error: unknown): string {
	const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
	switch (code) {
		case "EACCES":
		case "EPERM":
			return "permission denied";
		case "EROFS":
			return "the disk is read-only";
		case "ENOENT":
			return "no such file or folder";
		case "EISDIR":
			return "it is a folder";
		case "ENOSPC":
			return "the disk is full";
		default:
			return typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
	}
}

/** What to do about `error` on `what` (`the note`, `the folder Reviews`), as a sentence, or "" when there is no simple advice. */
export function fileErrorAdvice(error: unknown, what: string, access: "read" | "write"): string {
	const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
	if (code === "EACCES" || code === "EPERM") return ` Give yourself ${access} permission on ${what} (for example chmod u+${access === "read" ? "r" : "w"}), then run the command again.`;
	if (code === "EROFS" || code === "ENOSPC") return " Free or remount the disk, then run the command again.";
	return "";
}
