import "server-only";
import { prisma } from "@/lib/db";
import { runSigningStatement } from "@/lib/signing/signing-pool";
import { Prisma } from "@/lib/generated/prisma/client";
import { shardUpsert } from "@/lib/signing/counter-shards";
import { noteSignatureCountChanged } from "@/lib/signing/count-refresh";
import { hashLinkToken, isWellFormedLinkToken } from "@/lib/signing/secret-keys";
import { isLetterSlug } from "@/lib/signing/signable-letter";

export type WithdrawLinkState = "ready" | "withdrawn" | "expired" | "unavailable" | "unknown";

/** The state of a withdrawal link, for its page (a GET changes nothing). */
export async function getWithdrawLinkState(
  slug: string,
  token: string,
): Promise<WithdrawLinkState> {
  if (!isWellFormedLinkToken(token)) return "unknown";
  const row = await prisma.signatureToken.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: {
      purpose: true,
      expiresAt: true,
      signature: { select: { status: true, letter: { select: { slug: true } } } },
    },
  });
  if (!row || row.purpose !== "WITHDRAW" || row.signature.letter.slug !== slug) return "unknown";
  if (row.signature.status === "WITHDRAWN") return "withdrawn";
  // Removed by staff already: there is nothing left for the signer to withdraw.
  if (row.signature.status === "INVALIDATED") return "unavailable";
  return row.expiresAt > new Date() ? "ready" : "expired";
}

export type WithdrawOutcome =
  "withdrawn" | "already-withdrawn" | Exclude<WithdrawLinkState, "ready" | "withdrawn">;

/**
 * Withdraws the signature of a withdrawal link: status WITHDRAWN, the personal details the
 * signature no longer needs cleared (the canonical address stays, so that the same address can
 * sign again and renew it), and −1 on a counter shard when it had been counted, in one statement.
 * Idempotent: a second request finds nothing to change.
 */
export async function withdrawSignature(slug: string, token: string): Promise<WithdrawOutcome> {
  if (!isWellFormedLinkToken(token) || !isLetterSlug(slug)) return "unknown";
  const utcNow = Prisma.sql`(now() AT TIME ZONE 'UTC')`;
  const rows = await runSigningStatement<{ letterId: string; wasConfirmed: boolean }>(
    "vigil-withdraw-signature",
    Prisma.sql`
    WITH target AS (
      SELECT s."id", s."letterId", s."status" = 'CONFIRMED' AS "wasConfirmed"
      FROM "SignatureToken" AS t
      JOIN "Signature" AS s ON s."id" = t."signatureId"
      JOIN "Letter" AS l ON l."id" = s."letterId"
      WHERE t."tokenHash" = ${hashLinkToken(token)} AND t."purpose" = 'WITHDRAW'
        AND t."expiresAt" > ${utcNow} AND l."slug" = ${slug}
        AND s."status" IN ('PENDING', 'CONFIRMED')
      FOR UPDATE OF s
    ),
    withdrawn AS (
      UPDATE "Signature" AS s
      SET "status" = 'WITHDRAWN', "withdrawnAt" = ${utcNow}, "name" = NULL, "email" = NULL,
          "city" = NULL, "organisation" = NULL, "title" = NULL, "ipHash" = NULL,
          "networkHash" = NULL
      FROM target
      WHERE s."id" = target."id" AND s."status" IN ('PENDING', 'CONFIRMED')
      RETURNING s."letterId", target."wasConfirmed"
    ),
    spent AS (
      UPDATE "SignatureToken" SET "usedAt" = ${utcNow}
      WHERE "tokenHash" = ${hashLinkToken(token)} AND EXISTS (SELECT 1 FROM withdrawn)
    ),
    uncounted AS (
      SELECT "letterId" FROM withdrawn WHERE "wasConfirmed"
    ),
    counted AS (${shardUpsert("uncounted", -1)})
    SELECT "letterId", "wasConfirmed" FROM withdrawn`,
  );
  if (rows.length === 1) {
    if (rows[0]!.wasConfirmed) await noteSignatureCountChanged();
    return "withdrawn";
  }
  const state = await getWithdrawLinkState(slug, token);
  return state === "withdrawn" ? "already-withdrawn" : state === "ready" ? "unknown" : state;
}
