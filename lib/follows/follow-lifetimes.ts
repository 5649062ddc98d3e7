/**
 * How long a follow waits for its confirmation: the e-mailed link works this long, and retention
 * (prune-unconfirmed.ts) deletes what is still unconfirmed after it, as the privacy page says.
 */
export const FOLLOW_CONFIRM_DAYS = 7;
export const DAY_MS = 24 * 60 * 60 * 1000;
