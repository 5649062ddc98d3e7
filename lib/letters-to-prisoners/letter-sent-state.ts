/** The "I sent a letter" form's state, between the server action and the form (no zod: client-safe). */
export type LetterSentFormState =
  | { status: "idle" }
  | { status: "counted" }
  | { status: "rate-limited" }
  | { status: "rejected" }
  | { status: "unavailable" };

/** The form's one field: the prisoner's slug (no personal data is posted). */
export const LETTER_SENT_SLUG_FIELD = "prisoner";
/** A slug is at most this long (CONTENT_SLUG_PATTERN's bound is larger; the form never nears it). */
export const LETTER_SENT_SLUG_MAX = 200;
