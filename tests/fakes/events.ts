// Fake of Obsidian's Events: named events with refs that can be detached one by one.
// Real: https://docs.obsidian.md/Reference/TypeScript+API/Events

/** What `on` returns; `offref` (or a Component's registerEvent) detaches it. */
export interface EventRef {
	e: Events;
	name: string;
	fn: (...data: unknown[]) => unknown;
	ctx?: unknown;
}

/** Named events as Obsidian's Vault, MetadataCache and Workspace have them. */
export class Events {
	private readonly handlers = new Map<string, EventRef[]>();

	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		const ref: EventRef = { e: this, name, fn: callback as (...data: unknown[]) => unknown, ctx };
		const list = this.handlers.get(name) ?? [];
		list.push(ref);
		this.handlers.set(name, list);
		return ref;
	}

	off(name: string, callback: (...data: never[]) => unknown): void {
		const list = this.handlers.get(name);
		if (list) this.handlers.set(name, list.filter((ref) => ref.fn !== (callback as unknown)));
	}

	offref(ref: EventRef): void {
		const list = this.handlers.get(ref.name);
		if (list) this.handlers.set(ref.name, list.filter((r) => r !== ref));
	}

	trigger(name: string, ...data: unknown[]): void {
		// A copy: a handler that detaches itself must not make the loop skip the next one.
		for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	tryTrigger(ref: EventRef, args: unknown[]): void {
		// Obsidian logs a throwing handler and goes on with the others; so does the fake.
		try {
			ref.fn.apply(ref.ctx, args);
		} catch (error) {
			console.error(error);
		}
	}

	/** Fake only: how many handlers listen to an event (tests check that unload detaches them). */
	listenerCount(name: string): number {
		return this.handlers.get(name)?.length ?? 0;
	}
}
