import { CONTENT_TYPES } from "@/lib/auth/policy";

/** A translator of the Audit namespace (next-intl's, or createTranslator's in a test). */
export interface AuditTranslator {
  (key: string): string;
  has: (key: string) => boolean;
}

const CODE = /^[A-Za-z_]+(?:\.[A-Za-z_]+)*$/;

/**
 * An audit action in words ("Published" for `prisoner.publish`, "Signed in" for `auth.sign_in`).
 * Content actions are `<type>.<verb>` (lib/content-store/record-revision.ts): their verb is said
 * once for every type, the kind of item is the next column. An action without words (a new one,
 * a test's) is shown as its code; the code is always in the entry's raw data.
 */
export function auditActionWords(action: string, t: AuditTranslator): string {
  if (!CODE.test(action)) return action;
  if (t.has(`actions.${action}`)) return t(`actions.${action}`);
  const [type, verb, ...rest] = action.split(".");
  if (
    rest.length === 0 &&
    verb &&
    (CONTENT_TYPES as readonly string[]).includes(type!) &&
    t.has(`contentActions.${verb}`)
  ) {
    return t(`contentActions.${verb}`);
  }
  return action;
}
