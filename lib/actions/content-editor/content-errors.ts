/** The message namespace of the content editors' error codes (lib/validation/reference-item.ts). */
export const CONTENT_ERRORS = "ContentEditor.errors";

/**
 * staffAction never echoes fields named "code" (one-time sign-in codes). A country's ISO code
 * and an article's criminal code are ordinary fields: only passwords are left out here.
 */
export function keepCodeField(name: string): boolean {
  return /password/i.test(name);
}
