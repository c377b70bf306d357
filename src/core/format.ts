// Figures as people read them, shared by the CLI and the dashboard. The model keeps full precision;
// rounding happens only here.

const DASH = "—";

/** An amount in the vault's currency: Intl formatting for an ISO code (`USD`), else the symbol in front (`£85,000`). */
export function formatAmount(n: number | null, currency: string, locale = "en-US"): string {
	if (n === null || !Number.isFinite(n)) return DASH;
	const code = currency.trim();
	if (/^[A-Za-z]{3}$/u.test(code)) {
		try {
			return numberFormat(locale, { style: "currency", currency: code.toUpperCase(), maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(n);
		} catch {
			// An unknown locale or code falls through to the plain form below.
		}
	}
	return `${code}${groupDigits(n, 0, locale)}`;
}

/** A percent for display (`42%`); `digits` decimals. */
export function formatPercent(n: number | null, digits = 0, locale = "en-US"): string {
	if (n === null || !Number.isFinite(n)) return DASH;
	return `${groupDigits(n, digits, locale, digits)}%`;
}

/** Points of drift, signed (`+17 pts`, `-1 pt`); a drift that rounds to 0 reads `on target`. */
export function formatPoints(n: number | null): string {
	if (n === null || !Number.isFinite(n)) return DASH;
	const rounded = Math.round(n);
	if (rounded === 0) return "on target";
	const size = Math.abs(rounded);
	return `${rounded > 0 ? "+" : "-"}${size} ${size === 1 ? "pt" : "pts"}`;
}

/** Hours per week (`38 h`, `7.5 h`). */
export function formatHours(n: number | null, locale = "en-US"): string {
	if (n === null || !Number.isFinite(n)) return DASH;
	return `${groupDigits(n, 1, locale)} h`;
}

// Building an Intl.NumberFormat costs far more than using one, and a dashboard formats thousands of
// figures with a handful of formats: keep each format once made.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, options);
		formats.set(key, format);
	}
	return format;
}

function groupDigits(n: number, maxDigits: number, locale: string, minDigits = 0): string {
	try {
		return numberFormat(locale, { maximumFractionDigits: maxDigits, minimumFractionDigits: minDigits }).format(n);
	} catch {
		return n.toFixed(maxDigits);
	}
}
