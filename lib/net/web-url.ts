/**
 * An address typed by a person (an editor's source link, a reporter's "source"), kept only if it
 * is a web address: `javascript:`, `data:` and the like never become a link.
 */
export function webUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}
