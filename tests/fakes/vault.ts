// Fake of Obsidian's Vault: an in-memory tree of files and folders that fires Obsidian's events.
// Real: https://docs.obsidian.md/Reference/TypeScript+API/Vault
// Knowingly differs: every change is synchronous and the metadata cache is updated (and fires
// `changed`) right after the vault event, where Obsidian parses in a worker a moment later.
import { Events } from "./events";
import { normalizePath } from "./util";

// Real: https://docs.obsidian.md/Reference/TypeScript+API/TAbstractFile
/** A file or a folder. */
export abstract class TAbstractFile {
	vault: Vault;
	path: string;
	name: string;
	parent: TFolder | null;

	constructor(vault: Vault, path: string, parent: TFolder | null) {
		this.vault = vault;
		this.path = path;
		this.name = path.split("/").pop() ?? path;
		this.parent = parent;
	}
}

// Real: https://docs.obsidian.md/Reference/TypeScript+API/TFile
/** A file, with its basename and extension as Obsidian splits them. */
export class TFile extends TAbstractFile {
	basename = "";
	extension = "";
	stat = { ctime: 0, mtime: 0, size: 0 };

	/** Fake only: recomputes the name parts after a create or a rename. */
	setPath(path: string, parent: TFolder | null): void {
		this.path = path;
		this.name = path.split("/").pop() ?? path;
		this.parent = parent;
		const dot = this.name.lastIndexOf(".");
		this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
		this.extension = dot > 0 ? this.name.slice(dot + 1) : "";
	}
}

// Real: https://docs.obsidian.md/Reference/TypeScript+API/TFolder
/** A folder; the root's path is "/". */
export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.path === "/";
	}
}

/** Hook the metadata cache installs so that it sees each change before listeners of `changed` do. */
export interface VaultObserver {
	fileSeeded(file: TFile, text: string): void;
	fileWritten(file: TFile, text: string): void;
	fileDeleted(file: TFile): void;
	fileRenamed(file: TFile, oldPath: string): void;
}

/** In-memory vault. */
export class Vault extends Events {
	private readonly texts = new Map<string, string>();
	private readonly entries = new Map<string, TAbstractFile>();
	private readonly root: TFolder;
	private clock = 1_700_000_000_000;
	/** Fake only: set by the MetadataCache fake. */
	observer: VaultObserver | null = null;
	/** Fake only: the vault folder's name (Obsidian shows it in the vault switcher). */
	vaultName = "Vault";

	constructor() {
		super();
		this.root = new TFolder(this, "/", null);
		this.root.name = "";
	}

	/** Fake only: fills the vault without events, as if Obsidian had just started on it. */
	seed(files: Record<string, string>): void {
		for (const [path, text] of Object.entries(files)) {
			const file = this.fileAt(normalizePath(path), true);
			this.write(file, text, false);
			this.observer?.fileSeeded(file, text);
		}
	}

	// Real: https://docs.obsidian.md/Reference/TypeScript+API/Vault/getName
	getName(): string {
		return this.vaultName;
	}

	getRoot(): TFolder {
		return this.root;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		const normal = normalizePath(path);
		return normal === "/" ? this.root : (this.entries.get(normal) ?? null);
	}

	getFileByPath(path: string): TFile | null {
		const found = this.getAbstractFileByPath(path);
		return found instanceof TFile ? found : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const found = this.getAbstractFileByPath(path);
		return found instanceof TFolder ? found : null;
	}

	getFiles(): TFile[] {
		return [...this.entries.values()].filter((f): f is TFile => f instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}

	async read(file: TFile): Promise<string> {
		return this.textOf(file);
	}

	async cachedRead(file: TFile): Promise<string> {
		return this.textOf(file);
	}

	async create(path: string, data: string): Promise<TFile> {
		const normal = normalizePath(path);
		if (this.entries.has(normal)) throw new Error("File already exists.");
		const file = this.fileAt(normal, false);
		this.write(file, data, true);
		this.trigger("create", file);
		this.observer?.fileWritten(file, data);
		return file;
	}

	async createFolder(path: string): Promise<TFolder> {
		const normal = normalizePath(path);
		if (this.entries.has(normal)) throw new Error("Folder already exists.");
		const folder = this.folderAt(normal, true);
		this.trigger("create", folder);
		return folder;
	}

	async modify(file: TFile, data: string): Promise<void> {
		this.textOf(file);
		this.write(file, data, true);
		this.trigger("modify", file);
		this.observer?.fileWritten(file, data);
	}

	// Real: https://docs.obsidian.md/Reference/TypeScript+API/Vault/process
	/** Reads, transforms and writes in one step, so no other write can slip in between. */
	async process(file: TFile, fn: (data: string) => string): Promise<string> {
		const next = fn(this.textOf(file));
		await this.modify(file, next);
		return next;
	}

	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		const normal = normalizePath(newPath);
		if (this.entries.has(normal)) throw new Error("Destination file already exists!");
		if (!(file instanceof TFile)) throw new Error("The fake renames files only.");
		const oldPath = file.path;
		const text = this.textOf(file);
		this.detachEntry(file);
		this.texts.delete(oldPath);
		file.setPath(normal, this.folderAt(parentPath(normal), true));
		file.parent?.children.push(file);
		this.entries.set(normal, file);
		this.texts.set(normal, text);
		this.observer?.fileRenamed(file, oldPath);
		this.trigger("rename", file, oldPath);
	}

	async delete(file: TAbstractFile): Promise<void> {
		if (!(file instanceof TFile)) throw new Error("The fake deletes files only.");
		this.textOf(file);
		this.detachEntry(file);
		this.texts.delete(file.path);
		this.trigger("delete", file);
		this.observer?.fileDeleted(file);
	}

	/** Fake only: the text of a path, for assertions. */
	textAt(path: string): string | undefined {
		return this.texts.get(normalizePath(path));
	}

	private textOf(file: TFile): string {
		const text = this.texts.get(file.path);
		if (text === undefined || this.entries.get(file.path) !== file) throw new Error(`ENOENT: no such file '${file.path}'`);
		return text;
	}

	private write(file: TFile, text: string, touch: boolean): void {
		this.texts.set(file.path, text);
		if (touch) this.clock += 1000;
		file.stat = { ctime: file.stat.ctime || this.clock, mtime: this.clock, size: text.length };
	}

	private fileAt(path: string, makeFolders: boolean): TFile {
		const parent = this.folderAt(parentPath(path), makeFolders);
		const file = new TFile(this, path, parent);
		file.setPath(path, parent);
		parent.children.push(file);
		this.entries.set(path, file);
		return file;
	}

	// Obsidian's create fails when the folder is missing; seeding (a vault on disk) makes folders.
	private folderAt(path: string, create: boolean): TFolder {
		if (path === "/") return this.root;
		const found = this.entries.get(path);
		if (found instanceof TFolder) return found;
		if (!create || found) throw new Error(`ENOENT: no such folder '${path}'`);
		const parent = this.folderAt(parentPath(path), true);
		const folder = new TFolder(this, path, parent);
		parent.children.push(folder);
		this.entries.set(path, folder);
		return folder;
	}

	private detachEntry(file: TAbstractFile): void {
		this.entries.delete(file.path);
		if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
	}
}

function parentPath(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash <= 0 ? "/" : path.slice(0, slash);
}
