// The in-memory stand-in for the `obsidian` module (vitest aliases `obsidian` here; the browser
// harness bundles it). Each piece lives in its own file and links to the real API it imitates.
import { installDomHelpers } from "./dom-helpers";

export { apiVersion, requireApiVersion, setApiVersion, LATEST_API_VERSION } from "./api-version";
export { App, FileManager } from "./app";
export { BasesEntry, BasesHost, BasesQueryResult, BasesView, BasesViewConfig, QueryController } from "./bases";
export { Component, MarkdownRenderChild } from "./component";
export { installDomHelpers } from "./dom-helpers";
export { Events, type EventRef } from "./events";
export { Keymap, Menu, MenuItem, type PaneType } from "./menu-keymap";
export { getAllTags, MetadataCache, parseNote, type CachedMetadata } from "./metadata-cache";
export { Plugin, type Command, type MarkdownPostProcessorContext, type PluginManifest } from "./plugin";
export { ButtonComponent, DropdownComponent, Modal, Notice, PluginSettingTab, Setting, TextAreaComponent, TextComponent, ToggleComponent } from "./ui";
export { debounce, normalizePath, parseYaml, setIcon, stringifyYaml, type Debouncer } from "./util";
export { TAbstractFile, TFile, TFolder, Vault } from "./vault";
export { ItemView, MarkdownView, View, Workspace, WorkspaceLeaf } from "./workspace";
export * from "./obsidian-suggest";

// Obsidian installs its DOM helpers before any plugin runs; so does the stand-in, wherever a DOM exists.
if (typeof window !== "undefined" && typeof window.document !== "undefined") installDomHelpers(window);

// ---- Added by the write-commands helper (small on purpose; the rest of this file is not theirs) ----
// MetadataCache.fileToLinktext, which the write commands use to store the shortest link.
// Real: https://docs.obsidian.md/Reference/TypeScript+API/MetadataCache/fileToLinktext
// Same rule as Obsidian's "shortest path when possible": the name alone when it resolves back to
// the file from `sourcePath`, else the full path; `.md` dropped when omitMdExtension is true.
import { MetadataCache as LinktextCache } from "./metadata-cache";
import type { TFile as LinktextFile } from "./vault";

declare module "./metadata-cache" {
	interface MetadataCache {
		fileToLinktext(file: LinktextFile, sourcePath: string, omitMdExtension?: boolean): string;
	}
}

LinktextCache.prototype.fileToLinktext = function (this: LinktextCache, file: LinktextFile, sourcePath: string, omitMdExtension = true): string {
	const strip = (text: string) => (omitMdExtension && file.extension === "md" ? text.slice(0, -3) : text);
	const byName = this.getFirstLinkpathDest(file.basename, sourcePath);
	return byName === file ? strip(file.name) : strip(file.path);
};
// ---- End of the write-commands helper's block ----
