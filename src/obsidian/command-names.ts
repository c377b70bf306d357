// The commands' names as the command palette shows them, in one place so that the dashboard's
// start screen always names the commands that exist.
import { CREATE_REVIEW_COMMAND } from "../core/review-due";

/** Sentence-case command names, by command id. */
export const COMMAND_NAMES = {
	"open-dashboard": "Open portfolio dashboard",
	"tag-note-as-stream": "Tag note as portfolio stream",
	"create-quarterly-review": CREATE_REVIEW_COMMAND,
	"create-previous-quarterly-review": "Create review for previous quarter",
	"link-learning": "Link a learning",
	"link-streams": "Add link between streams",
	"map-portfolio": "Map your portfolio",
	"export-week-to-calendar": "Export week to calendar",
	"new-scenario": "New scenario",
} as const;
