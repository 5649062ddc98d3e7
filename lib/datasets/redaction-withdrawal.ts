import type { ContentType } from "@/lib/auth/policy";
import type { Snapshot } from "@/lib/content-store/types";

/**
 * Whether a write withheld a field of a profile that stays public (Prisoner.redactedFields grew
 * while PUBLISHED): every kept dataset still holds the field, so the write withdraws them as a
 * removal does (withdraw-datasets.ts, run by runWrite). Pure, on the write's snapshots. Lifting
 * a redaction, or redacting a draft (which no dataset holds), withdraws nothing.
 */
export function redactionWithdrawsDatasets(
  type: ContentType,
  before: Snapshot | null,
  after: Snapshot | null,
): boolean {
  if (type !== "prisoner" || before?.state !== "PUBLISHED" || after?.state !== "PUBLISHED") {
    return false;
  }
  const withheldBefore = new Set(redactedFieldsOf(before));
  return redactedFieldsOf(after).some((field) => !withheldBefore.has(field));
}

function redactedFieldsOf(snapshot: Snapshot): string[] {
  const fields = snapshot.redactedFields;
  return Array.isArray(fields)
    ? fields.filter((field): field is string => typeof field === "string")
    : [];
}
