import "server-only";
import { prisma } from "@/lib/db";
import { runSigningStatement } from "@/lib/signing/signing-pool";
import { Prisma } from "@/lib/generated/prisma/client";
import { shardUpsert } from "@/lib/signing/counter-shards";
import { noteSignatureCountChanged } from "@/lib/signing/count-refresh";
import { hashLinkToken, isWellFormedLinkToken } from "@/lib/signing/secret-keys";
import { isLetterSlug } from "@/lib/signing/signable-letter";
import { recordCrossingsAfterConfirmation } from "@/lib/letter-answers/threshold-crossings";

/**
 * The state of a confirmation link, for the page that shows it (a GET changes nothing, so a link
 * scanner that fetches the URL neither confirms the signature nor spends the link).
 */
export type ConfirmLinkState =
  "ready" | "confirmed" | "expired" | "withdrawn" | "invalidated" | "unknown";

export async function getConfirmLinkState(slug: string, token: string): Promise<ConfirmLinkState> {
  if (!isWellFormedLinkToken(token)) return "unknown";
  const row = await prisma.signatureToken.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: {
      purpose: true,
      expiresAt: true,
      signature: { select: { status: true, letter: { select: { slug: true } } } },
    },
  });
  if (!row || row.purpose !== "CONFIRM" || row.signature.letter.slug !== slug) return "unknown";
  switch (row.signature.status) {
    case "CONFIRMED":
      return "confirmed";
    case "WITHDRAWN":
      return "withdrawn";
    case "INVALIDATED":
      return "invalidated";
    case "PENDING":
      return row.expiresAt > new Date() ? "ready" : "expired";
  }
}

export type ConfirmOutcome =
  /** This request confirmed the signature (it now counts). */
  | "confirmed"
  /** It was confirmed before: nothing changed. */
  | "already-confirmed"
  | Exclude<ConfirmLinkState, "ready" | "confirmed">;

/**
 * Confirms the signature of a confirmation link, once: the token's first use, the signature's
 * status (PENDING → CONFIRMED) and +1 on a counter shard happen in one statement, and each step
 * only proceeds from the rows the previous one changed. Two simultaneous confirmations of one
 * link queue on the token's row lock; the second finds it used and changes nothing, so a
 * signature is counted exactly once.
 */
export async function confirmSignature(slug: string, token: string): Promise<ConfirmOutcome> {
  if (!isWellFormedLinkToken(token) || !isLetterSlug(slug)) return "unknown";
  const utcNow = Prisma.sql`(now() AT TIME ZONE 'UTC')`;
  const rows = await runSigningStatement<{ letterId: string }>(
    "vigil-confirm-signature",
    Prisma.sql`
    WITH token AS (
      UPDATE "SignatureToken" AS t SET "usedAt" = ${utcNow}
      FROM "Signature" AS s, "Letter" AS l
      WHERE t."tokenHash" = ${hashLinkToken(token)} AND t."purpose" = 'CONFIRM'
        AND t."usedAt" IS NULL AND t."expiresAt" > ${utcNow}
        AND s."id" = t."signatureId" AND s."status" = 'PENDING'
        AND l."id" = s."letterId" AND l."slug" = ${slug}
      RETURNING t."signatureId"
    ),
    confirmed AS (
      UPDATE "Signature" AS s SET "status" = 'CONFIRMED', "confirmedAt" = ${utcNow}
      FROM token
      WHERE s."id" = token."signatureId" AND s."status" = 'PENDING'
      RETURNING s."letterId"
    ),
    counted AS (${shardUpsert("confirmed", 1)})
    SELECT "letterId" FROM confirmed`,
  );
  if (rows.length === 1) {
    await recordCrossingsAfterConfirmation({ id: rows[0]!.letterId, slug });
    await noteSignatureCountChanged();
    return "confirmed";
  }
  const state = await getConfirmLinkState(slug, token);
  return state === "confirmed" ? "already-confirmed" : state === "ready" ? "unknown" : state;
}
