// What a section reads of the model, recorded while it reads: the model is handed to it behind
// proxies that note each top-level part, each list's length and each field of a list's items (or of
// an object part) it touches, as the keys model-changes.ts reports changes in. A section that shows
// stream names then redraws when a name changes, not when hours do. An object part's lists and
// objects are parts of their own (`measures.streams.forecast`, `measures.total.hourlyRate`): a
// section that shows forecasts does not redraw when an hourly rate changes.
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
	// The key of a list's field, built once: a section can read 100,000 fields (500 streams over 8
	// quarters), and a key built on each read is garbage the next moment.
	const fieldKeys = new Map<string, Map<string, string>>();
	const keyOf = (part: string, field: string): string => {
		let keys = fieldKeys.get(part);
		if (!keys) fieldKeys.set(part, (keys = new Map<string, string>()));
		let key = keys.get(field);
		if (key === undefined) keys.set(field, (key = `${part}.${field}`));
		return key;
	};
	// A list's item: each field read is a key of its own (`streams.name`), whatever its value.
	const item = (part: string): ProxyHandler<Record<string, unknown>> => ({
		get(target, key, receiver) {
			if (typeof key === "string") reads.add(keyOf(part, key));
			return Reflect.get(target, key, receiver) as unknown;
		},
		ownKeys(target) {
			for (const key of Reflect.ownKeys(target)) if (typeof key === "string") reads.add(keyOf(part, key));
			return Reflect.ownKeys(target);
		},
	});
	// A list part: its length is the part's own key; its items are tracked field by field.
	const list = (part: string): ProxyHandler<unknown[]> => ({
		get(target, key, receiver) {
			const value = Reflect.get(target, key, receiver) as unknown;
			if (key === "length") reads.add(part);
			if (typeof key !== "string" || !isIndex(key)) return value;
			if (isPlainObject(value) && !frozenProperty(target, key)) return wrap(value, () => item(part));
			reads.add(part);
			return value;
		},
	});
	// An object part (the model itself, `totals`, `measures`): each field is a part of its own.
	const object = (prefix: string): ProxyHandler<Record<string, unknown>> => ({
		get(target, key, receiver) {
			const value = Reflect.get(target, key, receiver) as unknown;
			if (typeof key !== "string") return value;
			return part(prefix + key, value, frozenProperty(target, key));
		},
		ownKeys(target) {
			// A spread or a loop over the object reads all of it.
			for (const key of Reflect.ownKeys(target)) if (typeof key === "string") reads.add(prefix + key);
			return Reflect.ownKeys(target);
		},
	});
	// The value of part `key` as the section sees it. An object's own key is noted too: it changes
	// when the object turns into something else (a runway that becomes null).
	const part = (key: string, value: unknown, frozen: boolean): unknown => {
		// A proxy may not stand in for a frozen property's value: count the whole part as read.
		if (frozen) {
			reads.add(key);
			return value;
		}
		if (Array.isArray(value)) return wrap(value as unknown[], () => list(key));
		if (!isPlainObject(value)) {
			reads.add(key);
			return value;
		}
		reads.add(key);
		return wrap(value, () => object(`${key}.`));
	};
	return new Proxy(portfolio as unknown as Record<string, unknown>, object("")) as unknown as Portfolio;
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
