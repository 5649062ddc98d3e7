/** How long the links e-mailed to signers work. */

/** How long a confirmation link works; a new one can be requested afterwards. */
export const CONFIRM_TOKEN_DAYS = 7;
/** How long the withdrawal link in the confirmation e-mail works (until anonymisation at most). */
export const WITHDRAW_TOKEN_DAYS = 5 * 365;

export const DAY_MS = 24 * 60 * 60 * 1000;
