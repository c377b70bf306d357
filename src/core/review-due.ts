// Which quarter's review the person owes: the one "Create quarterly review" and the CLI's `review`
// both default to, so the plugin and the terminal never disagree.
import type { Portfolio } from "./types";

/** The command's name as the command palette shows it; findings and empty states point to it. */
export const CREATE_REVIEW_COMMAND = "Create quarterly review";

/** The quarter a review is owed for, and whether that quarter is over. */
export interface OwedReview {
	/** `YYYY-Qn`. */
	quarter: string;
	/** False when the quarter is still in progress: creating its review early should be confirmed. */
	finished: boolean;
}

/**
 * The last finished quarter while it has no review (draft or not), else the quarter in progress.
 * Takes the portfolio's own quarters, so it agrees with the `missing-review` finding.
 */
export function owedReview(portfolio: Pick<Portfolio, "reviews" | "currentQuarter" | "lastFinishedQuarter">): OwedReview {
	const lastReviewed = portfolio.reviews.some((review) => review.quarter === portfolio.lastFinishedQuarter);
	return lastReviewed ? { quarter: portfolio.currentQuarter, finished: false } : { quarter: portfolio.lastFinishedQuarter, finished: true };
}
