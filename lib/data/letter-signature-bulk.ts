import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { flaggedWhere, REVIEWABLE } from "@/lib/data/letter-flagged-signatures";
import { invalidateSignatures } from "@/lib/data/letter-signature-invalidation";
import { prisma } from "@/lib/db";
import { InvalidFieldsError, NotFoundError } from "@/lib/errors";
import type { SignatureFlag } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/security/request-context";
import type { InvalidationReason } from "@/lib/signing/invalidation-reasons";

/**
 * "All matching" on a letter's flagged signatures stops here: invalidateSignatures takes this many
 * in one statement; a larger burst is narrowed by reason first (the message says so).
 */
export const SIGNATURE_BULK_MAX_MATCHING = 5000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the flagged signatures form selects: ticked ids, or everything its filter matches. */
export interface SignatureSelection {
  letterId: string;
  ids: readonly string[];
  /** Everything matching the filter (`reason`, or every flag), resolved now. */
  allMatching: boolean;
  reason?: SignatureFlag;
}

/**
 * The ids of the selection that the server will act on: this letter's signatures that still
 * count or may count. Ids from the form are only candidates: an id of another letter's signature
 * (or no signature at all) is ignored and recorded in the audit log, since only a forged or
 * stale form sends one.
 */
export async function resolveSignatureSelection(
  actor: Actor,
  selection: SignatureSelection,
  context: RequestContext = { ip: null, userAgent: null },
): Promise<string[]> {
  authorize(actor, "invalidate", { type: "signature" });
  const letter = await prisma.letter.findUnique({
    where: { id: selection.letterId },
    select: { id: true },
  });
  if (!letter) throw new NotFoundError("Letter", selection.letterId);
  if (selection.allMatching) {
    const rows = await prisma.signature.findMany({
      where: flaggedWhere(letter.id, selection.reason),
      select: { id: true },
      orderBy: { id: "asc" },
      take: SIGNATURE_BULK_MAX_MATCHING + 1,
    });
    if (rows.length > SIGNATURE_BULK_MAX_MATCHING) {
      throw new InvalidFieldsError({ all: "tooManyMatchingSignatures" });
    }
    return rows.map((row) => row.id);
  }
  const candidates = [...new Set(selection.ids)];
  const rows = await prisma.signature.findMany({
    where: { id: { in: candidates.filter((id) => UUID.test(id)) } },
    select: { id: true, letterId: true, status: true },
  });
  const own = new Set(rows.filter((row) => row.letterId === letter.id).map((row) => row.id));
  const outOfScope = candidates.filter((id) => !own.has(id));
  if (outOfScope.length > 0) {
    await recordAudit(prisma, {
      actor,
      action: "signature.bulk_out_of_scope",
      entityType: "Letter",
      entityId: letter.id,
      ...context,
      details: { count: outOfScope.length, ids: outOfScope.slice(0, 50) },
    });
  }
  return rows
    .filter((row) => own.has(row.id) && REVIEWABLE.includes(row.status))
    .map((row) => row.id);
}

/**
 * Invalidates the selection with a reason: resolved again now (never the ids as posted), then
 * one transaction with the counter shards and an audit row (letter-signature-invalidation.ts).
 */
export async function invalidateSignatureSelection(
  actor: Actor,
  selection: SignatureSelection,
  reason: InvalidationReason,
  context: RequestContext = { ip: null, userAgent: null },
): Promise<{ attempted: number; invalidated: number; uncounted: number }> {
  const ids = await resolveSignatureSelection(actor, selection, context);
  const result = await invalidateSignatures(actor, ids, reason, context);
  return { attempted: ids.length, ...result };
}
