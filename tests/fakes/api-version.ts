// Fake of Obsidian's version gate. Real (obsidian.d.ts 1.13.1): `export let apiVersion: string` ("the API
// version of the app, which follows the release cycle of the desktop app") and
// `requireApiVersion(version)`, true when apiVersion is equal or higher.
// https://docs.obsidian.md/Reference/TypeScript+API/requireApiVersion
// Tests pretend to be an older Obsidian with setApiVersion; the pieces an older app lacks (BasesView,
// Plugin.registerBasesView, Plugin.registerCliHandler, declarative settings) look at it and behave as
// absent, so a plugin that forgets a guard fails here as it would in the real app.

/** The version the stand-in imitates by default: the typings' version. */
export const LATEST_API_VERSION = "1.13.1";

/** The app's version, as Obsidian exports it. */
export let apiVersion = LATEST_API_VERSION;

/** Fake only: imitate another Obsidian version (restore with LATEST_API_VERSION). */
export function setApiVersion(version: string): void {
	apiVersion = version;
	for (const listener of listeners) listener();
}

const listeners: (() => void)[] = [];

/** Fake only: lets the pieces that appear in a given version follow setApiVersion. */
export function onApiVersionChange(listener: () => void): void {
	listeners.push(listener);
}

/** True when the app's version is `version` or newer (numeric compare of dotted parts). */
export function requireApiVersion(version: string): boolean {
	return compareVersions(apiVersion, version) >= 0;
}

function compareVersions(a: string, b: string): number {
	const pa = a.split(".").map(Number);
	const pb = b.split(".").map(Number);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const d = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (d !== 0) return d;
	}
	return 0;
}

/** Fake only: throws as calling a method the running version does not have would. */
export function requireMethod(name: string, since: string): void {
	if (!requireApiVersion(since)) throw new TypeError(`${name} is not a function (added in Obsidian ${since}; this is ${apiVersion})`);
}
