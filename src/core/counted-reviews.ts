// The one rule of which reviews count. A draft holds the figures of the day the plugin made it, not
// what the quarter took: its actuals count nowhere (measures, findings, trends, allocation, export,
// the next review note) until the person clears the mark.

/** True when a review's actuals count: it is not marked `draft: true`. */
export function reviewCounts(review: { readonly draft?: boolean }): boolean {
	return review.draft !== true;
}

/** The reviews whose actuals count, in their given order (drafts left out). */
export function countedReviews<T extends { readonly draft?: boolean }>(reviews: readonly T[]): T[] {
	return reviews.filter(reviewCounts);
}
