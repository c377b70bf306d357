// Options every dashboard chart shares: no animation, a height from its box, theme colours.
import type { ThemeColors } from "./theme-colors";

/** Options for charts that fill a CSS-sized box and draw at once (no animation). */
export function baseOptions(colors: ThemeColors) {
	return {
		animation: false as const,
		responsive: true,
		maintainAspectRatio: false,
		color: colors.text,
		plugins: {
			legend: { labels: { color: colors.text, boxWidth: 12 } },
			tooltip: { enabled: true },
		},
	};
}

/** A linear scale of percent shares, labelled with `%`. */
export function percentScale(colors: ThemeColors) {
	return {
		type: "linear" as const,
		beginAtZero: true,
		suggestedMax: 50,
		ticks: { color: colors.muted, callback: (value: string | number) => `${value}%` },
		grid: { color: colors.grid },
	};
}

/** A category scale (stream names or quarters). */
export function categoryScale(colors: ThemeColors) {
	return {
		type: "category" as const,
		ticks: { color: colors.text, autoSkip: true },
		grid: { color: colors.grid, display: false },
	};
}
