// The helpers Obsidian adds to the DOM (createEl, empty, addClass, setText...), for happy-dom and
// for a real browser page alike. Real: https://docs.obsidian.md/Reference/TypeScript+API/DomElementInfo
// Knowingly differs: only the helpers the plugin and its tests use.

/** The options object of createEl and friends. */
interface ElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

type Callback = (el: Element) => void;
type Info = ElementInfo | string | undefined;

function applyInfo(el: Element, info: Info): void {
	const o: ElementInfo = typeof info === "string" ? { cls: info } : (info ?? {});
	const classes = Array.isArray(o.cls) ? o.cls : (o.cls ?? "").split(" ");
	for (const cls of classes) if (cls) el.classList.add(cls);
	// Text goes in as a text node: never parsed as markup.
	if (o.text !== undefined) el.append(o.text);
	for (const [name, value] of Object.entries(o.attr ?? {})) setAttr(el, name, value);
	for (const name of ["title", "value", "type", "placeholder", "href"] as const) {
		const value = o[name];
		if (value !== undefined) setAttr(el, name, value);
	}
	// The attribute sets an input's initial value; the property is what it shows now.
	if (o.value !== undefined && "value" in el) (el as HTMLInputElement).value = o.value;
}

function setAttr(el: Element, name: string, value: string | number | boolean | null): void {
	if (value === null || value === false) el.removeAttribute(name);
	else el.setAttribute(name, value === true ? "" : String(value));
}

function place(parent: Node, el: Element, info: Info, cb?: Callback): Element {
	const prepend = typeof info === "object" && info.prepend;
	if (prepend) parent.insertBefore(el, parent.firstChild);
	else parent.appendChild(el);
	cb?.(el);
	return el;
}

function isHidden(el: Element): boolean {
	const html = el as HTMLElement;
	return html.style?.display === "none" || html.hidden === true;
}

function docOf(node: Node): Document {
	return node.ownerDocument ?? (node as Document);
}

/** Installs Obsidian's DOM helpers on a window's prototypes and globals; safe to call twice. */
export function installDomHelpers(win: Window & typeof globalThis): void {
	const nodeProto = win.Node.prototype as unknown as Record<string, unknown>;
	if (nodeProto.createEl) return;
	const elProto = win.Element.prototype as unknown as Record<string, unknown>;
	const doc = win.document;

	nodeProto.createEl = function (this: Node, tag: string, info?: Info, cb?: Callback) {
		const el = docOf(this).createElement(tag);
		applyInfo(el, info);
		return place(this, el, info, cb);
	};
	nodeProto.createDiv = function (this: Node, info?: Info, cb?: Callback) {
		return (this as unknown as { createEl: (t: string, i?: Info, c?: Callback) => Element }).createEl("div", info, cb);
	};
	nodeProto.createSpan = function (this: Node, info?: Info, cb?: Callback) {
		return (this as unknown as { createEl: (t: string, i?: Info, c?: Callback) => Element }).createEl("span", info, cb);
	};
	nodeProto.createSvg = function (this: Node, tag: string, info?: Info, cb?: Callback) {
		const el = docOf(this).createElementNS("http://www.w3.org/2000/svg", tag);
		applyInfo(el, info);
		return place(this, el, info, cb);
	};
	nodeProto.empty = function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	};
	nodeProto.detach = function (this: Node) {
		this.parentNode?.removeChild(this);
	};
	nodeProto.instanceOf = function (this: Node, type: new () => unknown) {
		return this instanceof type;
	};
	// Real: obsidian.d.ts `Node.doc` and `Node.win`, "the document (window) this node belongs to, or
	// the global document (window)": a pop-out window's nodes answer with that window's.
	Object.defineProperty(nodeProto, "doc", { configurable: true, get: function (this: Node) { return docOf(this); } });
	Object.defineProperty(nodeProto, "win", { configurable: true, get: function (this: Node) { return docOf(this).defaultView ?? window; } });
	elProto.setText = function (this: Element, text: string | DocumentFragment) {
		this.replaceChildren(text);
	};
	elProto.getText = function (this: Element) {
		return this.textContent ?? "";
	};
	elProto.addClass = function (this: Element, ...classes: string[]) {
		this.classList.add(...classes.filter(Boolean));
	};
	elProto.addClasses = function (this: Element, classes: string[]) {
		this.classList.add(...classes.filter(Boolean));
	};
	elProto.removeClass = function (this: Element, ...classes: string[]) {
		this.classList.remove(...classes);
	};
	elProto.toggleClass = function (this: Element, classes: string | string[], value: boolean) {
		for (const cls of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(cls, value);
	};
	elProto.hasClass = function (this: Element, cls: string) {
		return this.classList.contains(cls);
	};
	elProto.setAttr = function (this: Element, name: string, value: string | number | boolean | null) {
		setAttr(this, name, value);
	};
	elProto.setAttrs = function (this: Element, attrs: Record<string, string | number | boolean | null>) {
		for (const [name, value] of Object.entries(attrs)) setAttr(this, name, value);
	};
	elProto.getAttr = function (this: Element, name: string) {
		return this.getAttribute(name);
	};
	elProto.find = function (this: Element, selector: string) {
		return this.querySelector(selector);
	};
	elProto.findAll = function (this: Element, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	};
	// Obsidian: attached to the document and no ancestor hidden with display: none.
	elProto.isShown = function (this: Element) {
		if (!this.isConnected || isHidden(this)) return false;
		for (let el = this.parentElement; el; el = el.parentElement) if (isHidden(el)) return false;
		return true;
	};

	const globals = win as unknown as Record<string, unknown>;
	globals.createEl = (tag: string, info?: Info, cb?: Callback) => {
		const el = doc.createElement(tag);
		applyInfo(el, info);
		if (typeof info === "object" && info.parent) place(info.parent, el, info);
		cb?.(el);
		return el;
	};
	globals.createDiv = (info?: Info, cb?: Callback) => (globals.createEl as (t: string, i?: Info, c?: Callback) => Element)("div", info, cb);
	globals.createSpan = (info?: Info, cb?: Callback) => (globals.createEl as (t: string, i?: Info, c?: Callback) => Element)("span", info, cb);
	globals.createFragment = (cb?: (frag: DocumentFragment) => void) => {
		const frag = doc.createDocumentFragment();
		cb?.(frag);
		return frag;
	};
	globals.activeDocument = doc;
	globals.activeWindow = win;
}
