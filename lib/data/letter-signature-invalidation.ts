import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { shardUpsert } from "@/lib/signing/counter-shards";
import { noteSignatureCountChanged } from "@/lib/signing/count-refresh";
import { isInvalidationReason, type InvalidationReason } from "@/lib/signing/invalidation-reasons";

const MAX_IDS_PER_CALL = 5000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The ticked signatures of one letter invalidated with a reason (the flagged signatures form of
 * its Signatures tab). Ids of other letters' signatures are ignored, so a forged form cannot
 * reach beyond the letter it names.
 */
export async function invalidateLetterSignatures(
  actor: Actor,
  input: { letterId: string; signatureIds: readonly string[]; reason: InvalidationReason },
  request?: { ip?: string | null; userAgent?: string | null },
): Promise<{ invalidated: number; uncounted: number }> {
  authorize(actor, "invalidate", { type: "signature" });
  const letter = await prisma.letter.findUnique({
    where: { id: input.letterId },
    select: { id: true },
  });
  if (!letter) throw new NotFoundError("Letter", input.letterId);
  const own = await prisma.signature.findMany({
    where: { letterId: letter.id, id: { in: input.signatureIds.filter((id) => UUID.test(id)) } },
    select: { id: true },
  });
  return invalidateSignatures(
    actor,
    own.map((row) => row.id),
    input.reason,
    request,
  );
}

/**
 * Invalidates signatures in bulk: status INVALIDATED with the reason, −1 on the letter's counter
 * shards for each one that was counted, and one audit row, in one transaction. Signatures that
 * are already withdrawn or invalidated are left as they are (so repeating a call is harmless).
 * Returns how many changed.
 */
export async function invalidateSignatures(
  actor: Actor,
  ids: readonly string[],
  reason: InvalidationReason,
  request?: { ip?: string | null; userAgent?: string | null },
): Promise<{ invalidated: number; uncounted: number }> {
  authorize(actor, "invalidate", { type: "signature" });
  if (!isInvalidationReason(reason)) throw new Error(`Unknown invalidation reason "${reason}".`);
  const unique = [...new Set(ids)].filter((id) => UUID.test(id));
  if (unique.length === 0) return { invalidated: 0, uncounted: 0 };
  if (unique.length > MAX_IDS_PER_CALL) {
    throw new Error(`At most ${MAX_IDS_PER_CALL} signatures per call.`);
  }

  const changed = await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; letterId: string; wasConfirmed: boolean }[]>`
      WITH target AS (
        SELECT "id", "letterId", "status" = 'CONFIRMED' AS "wasConfirmed"
        FROM "Signature"
        WHERE "id" = ANY(${unique}::uuid[]) AND "status" IN ('PENDING', 'CONFIRMED')
        ORDER BY "id"
        FOR UPDATE
      ),
      invalidated AS (
        UPDATE "Signature" AS s
        SET "status" = 'INVALIDATED', "invalidatedAt" = (now() AT TIME ZONE 'UTC'),
            "invalidationReason" = ${reason}
        FROM target
        WHERE s."id" = target."id"
        RETURNING s."id", s."letterId", target."wasConfirmed"
      ),
      uncounted AS (SELECT "letterId" FROM invalidated WHERE "wasConfirmed"),
      counted AS (${shardUpsert("uncounted", -1)})
      SELECT "id"::text AS "id", "letterId", "wasConfirmed" FROM invalidated`;
    if (rows.length > 0) {
      await recordAudit(tx, {
        actor,
        action: "signature.invalidate",
        entityType: "Letter",
        entityId: [...new Set(rows.map((row) => row.letterId))].join(","),
        ip: request?.ip,
        userAgent: request?.userAgent,
        details: {
          reason,
          count: rows.length,
          uncounted: rows.filter((row) => row.wasConfirmed).length,
          signatureIds: rows.map((row) => row.id),
        } satisfies Prisma.InputJsonValue,
      });
    }
    return rows;
  });
  if (changed.some((row) => row.wasConfirmed)) await noteSignatureCountChanged();
  return {
    invalidated: changed.length,
    uncounted: changed.filter((row) => row.wasConfirmed).length,
  };
}
