/**
 * Why staff removed signatures. Published on the letter page ("N signatures removed: …"), so a
 * fixed list with a translated label each (Signing.removedReasons, FlaggedSignatures.reasons), never
 * free text. Free of server-only imports: the dashboard's form lists them in the browser.
 */
export const INVALIDATION_REASONS = [
  "automated",
  "disposable-address",
  "address-pattern",
  "duplicate-person",
  "false-identity",
  "other",
] as const;

export type InvalidationReason = (typeof INVALIDATION_REASONS)[number];

export function isInvalidationReason(value: string): value is InvalidationReason {
  return (INVALIDATION_REASONS as readonly string[]).includes(value);
}
