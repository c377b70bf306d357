// What a section reads of the model, recorded while it reads: the model is handed to it behind
// proxies that note each top-level part, each list's length and each field of a list's items (or of
// an object part) it touches, as the keys model-changes.ts reports changes in. A section that shows
// stream names then redraws when a name changes, not when hours do.
import type { Portfolio } from "../../core/types";
import type { ModelKey } from "../model-changes";

/** The model as `reads` sees it: reading through it adds keys to `reads`, also later (lazy content). */
export function trackReads(portfolio: Portfolio, reads: Set<ModelKey>): Portfolio {
	const proxies = new WeakMap<object, object>();
	const wrap = <T extends object>(target: T, make: () => ProxyHandler<T>): T => {
		let proxy = proxies.get(target) as T | undefined;
		if (!proxy) {
			proxy = new Proxy(target, make());
			proxies.set(target, proxy);
		}
		return proxy;
	};
	// An item of a list part, or an object part: each field read is a key of its own.
	const fields = (part: string): ProxyHandler<Record<string, unknown>> => ({
		get(target, key, receiver) {
			if (typeof key === "string") reads.add(`${part}.${key}`);
			return Reflect.get(target, key, receiver) as unknown;
		},
		ownKeys(target) {
			for (const key of Reflect.ownKeys(target)) if (typeof key === "string") reads.add(`${part}.${key}`);
			return Reflect.ownKeys(target);
		},
	});
	// A list part: its length is the part's own key; its items are tracked field by field.
	const list = (part: string): ProxyHandler<unknown[]> => ({
		get(target, key, receiver) {
			const value = Reflect.get(target, key, receiver) as unknown;
			if (key === "length") reads.add(part);
			if (typeof key !== "string" || !isIndex(key)) return value;
			if (isPlainObject(value) && !frozenProperty(target, key)) return wrap(value, () => fields(part));
			reads.add(part);
			return value;
		},
	});
	return new Proxy(portfolio, {
		get(target, key, receiver) {
			const value = Reflect.get(target, key, receiver) as unknown;
			if (typeof key !== "string") return value;
			if (frozenProperty(target, key)) {
				// A proxy may not stand in for a frozen property's value: count the whole part as read.
				reads.add(key);
				return value;
			}
			if (Array.isArray(value)) return wrap(value as unknown[], () => list(key));
			if (isPlainObject(value)) return wrap(value, () => fields(key));
			reads.add(key);
			return value;
		},
		ownKeys(target) {
			// A spread or a loop over the model reads all of it.
			for (const key of Reflect.ownKeys(target)) if (typeof key === "string") reads.add(key);
			return Reflect.ownKeys(target);
		},
	});
}

function isIndex(key: string): boolean {
	return key !== "" && String(Number(key) >>> 0) === key;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function frozenProperty(target: object, key: string): boolean {
	const descriptor = Object.getOwnPropertyDescriptor(target, key);
	return descriptor !== undefined && descriptor.configurable === false && descriptor.writable === false;
}
