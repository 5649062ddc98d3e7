/**
 * The web links in a plain-text e-mail, in order. The text part puts each address on a line of
 * its own, so a link ends at whitespace.
 */
export function extractLinks(text: string): string[] {
  return [...text.matchAll(/https?:\/\/\S+/g)].map((match) => match[0]);
}

/** The first link of a plain-text e-mail, for log lines in development. */
export function firstLink(text: string): string | undefined {
  return extractLinks(text)[0];
}
