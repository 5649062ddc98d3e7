/** The cache tag of one prisoner's "I sent a letter" count (its pages re-render after a click). */
export function lettersSentTag(prisonerId: string): string {
  return `letters-sent:${prisonerId}`;
}

/** Every count: the "who needs a letter" list reads them all. */
export const LETTERS_SENT_ALL_TAG = "letters-sent";
