import type { Action } from "@/lib/auth/policy";
import type { WorkflowState } from "./types";

const PUBLICATION_STATES = ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"] as const;
const LETTER_STATES = ["DRAFT", "OPEN", "CLOSED", "DELIVERED"] as const;

/** The states an item of this kind can be in. */
export function statesOf(stateEnum: "PublicationState" | "LetterState"): readonly WorkflowState[] {
  return stateEnum === "LetterState" ? LETTER_STATES : PUBLICATION_STATES;
}

/**
 * The policy action a move from one state to another needs, or null when the move does not exist.
 * Draft → in review is a submission; back to draft is a return (leaving ARCHIVED for DRAFT is an
 * editor's update); anything public is a publication; archiving is its own action. Letters have no
 * review: leaving DRAFT, and moving between their public states, is publishing.
 */
export function transitionAction(
  stateEnum: "PublicationState" | "LetterState",
  from: WorkflowState,
  to: WorkflowState,
): Action | null {
  if (from === to || !statesOf(stateEnum).includes(to)) return null;
  if (stateEnum === "LetterState") return to === "DRAFT" ? "returnToDraft" : "publish";
  if (to === "IN_REVIEW") return from === "DRAFT" ? "submitForReview" : null;
  if (to === "DRAFT") return from === "ARCHIVED" ? "update" : "returnToDraft";
  if (to === "PUBLISHED") return "publish";
  return "archive";
}

/** Whether reaching this state makes the item public (sets publishedAt the first time). */
export function isPublicState(
  stateEnum: "PublicationState" | "LetterState",
  state: WorkflowState,
): boolean {
  return stateEnum === "LetterState" ? state !== "DRAFT" : state === "PUBLISHED";
}
