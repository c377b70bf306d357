// Options every dashboard chart shares: no animation, a height from its box, theme colours.
import type { ThemeColors } from "./theme-colors";

/**
 * Options for charts that fill a CSS-sized box and draw at once: no animation, and no pointer
 * events, since nothing happens on hover (values are in the tables beside each chart).
 */
export function baseOptions(colors: ThemeColors) {
	return {
		animation: false as const,
		responsive: true,
		maintainAspectRatio: false,
		color: colors.text,
		events: [],
	};
}

// One function for every chart, not one per draw: drawChart compares a redraw's options with the
// last ones (a new function each time would always differ).
const percentTick = (value: string | number): string => `${value}%`;

/** A linear scale of percent shares, labelled with `%`; a stacked one runs from 0 to 100. */
export function percentScale(colors: ThemeColors, stacked = false) {
	return {
		type: "linear" as const,
		beginAtZero: true,
		stacked,
		...(stacked ? { min: 0, max: 100 } : { suggestedMax: 50 }),
		ticks: { color: colors.muted, stepSize: stacked ? 25 : undefined, callback: percentTick },
		grid: { color: colors.grid },
	};
}

/** A category scale (stream names or quarters). */
export function categoryScale(colors: ThemeColors, stacked = false) {
	return {
		type: "category" as const,
		stacked,
		ticks: { color: colors.text, autoSkip: true },
		grid: { color: colors.grid, display: false },
	};
}
