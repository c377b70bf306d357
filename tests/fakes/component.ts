// Fakes of Obsidian's Component and MarkdownRenderChild: lifecycles that release what they registered.
// Real: https://docs.obsidian.md/Reference/TypeScript+API/Component
import type { EventRef } from "./events";

/** Something with a load/unload lifecycle and children. */
export class Component {
	private loaded = false;
	/** What the last onload returned: a plugin's onload is async and Obsidian awaits it. */
	protected onloadResult: unknown = undefined;
	private readonly children: Component[] = [];
	private cleanups: (() => unknown)[] = [];

	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		this.onloadResult = this.onload();
		for (const child of this.children) child.load();
	}

	onload(): void | Promise<void> {}

	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		// Children first, then cleanups newest first: the order Obsidian unwinds in.
		for (const child of this.children.splice(0)) child.unload();
		for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(component: T): T {
		this.children.push(component);
		if (this.loaded) component.load();
		return component;
	}

	removeChild<T extends Component>(component: T): T {
		const at = this.children.indexOf(component);
		if (at >= 0) {
			this.children.splice(at, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => unknown): void {
		this.cleanups.push(cb);
	}

	registerEvent(ref: EventRef): void {
		this.register(() => ref.e.offref(ref));
	}

	registerDomEvent(el: EventTarget, type: string, callback: (evt: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}

	registerInterval(id: number): number {
		this.register(() => clearInterval(id));
		return id;
	}

	/** Fake only: whether load() ran and unload() did not since. */
	get isLoaded(): boolean {
		return this.loaded;
	}
}

// Real: https://docs.obsidian.md/Reference/TypeScript+API/MarkdownRenderChild
/** A component tied to a rendered block's element. */
export class MarkdownRenderChild extends Component {
	containerEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}
