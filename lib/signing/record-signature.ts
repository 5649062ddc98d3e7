import "server-only";
import { randomUUID } from "node:crypto";
import { runSigningStatement } from "@/lib/signing/signing-pool";
import { Prisma, type SignatureFlag } from "@/lib/generated/prisma/client";
import { MAIL_PAYLOAD_SCHEMAS } from "@/lib/mail/mail-kinds";
import { RATE_LIMITS } from "@/lib/rate-limit";
import { runAfterAnswer } from "@/lib/security/after-answer";
import { hashIp } from "@/lib/security/ip";
import { isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import { reportDatabaseUnavailable } from "@/lib/logging/outage-log";
import { canonicalEmailKey } from "@/lib/signing/email-key";
import {
  BURST_FROM_IP_THRESHOLD,
  BURST_FROM_NETWORK_THRESHOLD,
  BURST_WINDOW_MINUTES,
  cheapSignatureFlags,
} from "@/lib/signing/insert-flags";
import { confirmUrl, withdrawUrl } from "@/lib/signing/links";
import { hashNetwork } from "@/lib/signing/network";
import { noteStoredSignatureTime, paceLikeStoredSignature } from "@/lib/signing/answer-pacing";
import { answerRepeatedSignature } from "@/lib/signing/repeated-signature";
import { newLinkToken } from "@/lib/signing/secret-keys";
import { acceptsSignatures, getSignableLetter } from "@/lib/signing/signable-letter";
import { CONFIRM_TOKEN_DAYS, DAY_MS, WITHDRAW_TOKEN_DAYS } from "@/lib/signing/token-lifetimes";
import {
  CONSENT_TEXT_VERSION,
  parseSignatureForm,
  type ParsedSignatureForm,
  type SignatureFieldErrors,
  type SignatureInput,
  type SignatureValues,
} from "@/lib/validation/signature";

/**
 * The per-IP limit of new signatures, counted by the INSERT statement itself from the signatures
 * stored (index on ipHash, createdAt), not by a separate rate-limit upsert: two more round trips
 * per signature would cost a third of the signing throughput. The same numbers as the
 * "signature-ip" entry of RATE_LIMITS, which guards the paths that store nothing (a repeated
 * signature, a request for a new link). The per-address limit of new signatures is the unique
 * (letterId, emailKey) index: one per letter, ever; repeated attempts go through the
 * "signature-email" and "signature-already-signed-mail" limits.
 */
export const SIGNATURES_PER_IP = {
  max: RATE_LIMITS["signature-ip"].points,
  windowMinutes: RATE_LIMITS["signature-ip"].durationSeconds / 60,
};

export type SignOutcome =
  /** Stored, or answered as if stored: the signer is told to check their e-mail. */
  | { status: "accepted" }
  | { status: "invalid"; errors: SignatureFieldErrors; values: SignatureValues }
  /** The letter does not (or no longer) accept signatures. */
  | { status: "closed" }
  /** No such public letter, or the hidden fields were tampered with. */
  | { status: "rejected"; values: SignatureValues }
  | { status: "rate-limited"; values: SignatureValues; retryAfterSeconds: number }
  /** The database could not be reached: nothing was stored (lib/postgres/unavailable.ts). */
  | { status: "unavailable"; values: SignatureValues };

export interface SignContext {
  slug: string;
  clientIp: string | null;
  /** Origin for the links in the e-mails (see links.ts). */
  origin: string;
}

/**
 * Handles a submission of a petition's sign form: validates, rate-limits, and stores the
 * signature (PENDING) with its confirmation and withdrawal tokens and the confirmation e-mail in
 * one INSERT statement. A second signature with the same canonical address stores nothing and
 * e-mails the address's owner instead, after answering; the signer's screen and the time it takes
 * are the same either way (answer-pacing.ts). When the database cannot be reached, nothing is
 * stored and the outcome is "unavailable" with what was typed, for the form to come back with it.
 */
export async function submitSignature(
  formData: FormData,
  context: SignContext,
): Promise<SignOutcome> {
  const startedAt = performance.now();
  const parsed = parseSignatureForm(formData);
  // A filled honeypot is a robot: answered like a success (as late as one), stored nowhere, and
  // no e-mail goes to an address a robot typed.
  if (parsed.honeypotFilled) {
    await paceLikeStoredSignature(startedAt);
    return { status: "accepted" };
  }
  try {
    return await storeSubmission(parsed, context, startedAt);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    reportDatabaseUnavailable(error);
    return { status: "unavailable", values: parsed.values };
  }
}

async function storeSubmission(
  parsed: ParsedSignatureForm,
  context: SignContext,
  startedAt: number,
): Promise<SignOutcome> {
  const letter = await getSignableLetter(context.slug);
  if (!letter) return { status: "rejected", values: parsed.values };
  if (!acceptsSignatures(letter)) return { status: "closed" };

  if (!parsed.success) {
    return parsed.formTampered && Object.keys(parsed.errors).length === 0
      ? { status: "rejected", values: parsed.values }
      : { status: "invalid", errors: parsed.errors, values: parsed.values };
  }
  const input = parsed.data;
  // The version the signer read; any version of this letter will do (an editor may have
  // published a new one while the form was open), another letter's will not.
  if (!letter.versionIds.has(input.letterVersionId)) {
    return { status: "rejected", values: parsed.values };
  }

  const emailKey = canonicalEmailKey(input.email);
  // Requests without an address (none in practice: Next.js always sets one) share one bucket.
  const ipHash = hashIp(context.clientIp ?? "unknown-address");

  const stored = await insertSignature({
    letter: { id: letter.id, slug: letter.slug, title: letter.title[input.locale] },
    input,
    emailKey,
    flags: cheapSignatureFlags({ emailKey, elapsedMs: parsed.elapsedMs }),
    ipHash,
    networkHash: context.clientIp ? hashNetwork(context.clientIp) : null,
    origin: context.origin,
  });
  if (stored === "rate-limited") {
    return {
      status: "rate-limited",
      values: parsed.values,
      retryAfterSeconds: SIGNATURES_PER_IP.windowMinutes * 60,
    };
  }
  if (stored === "stored") {
    noteStoredSignatureTime(performance.now() - startedAt);
    return { status: "accepted" };
  }
  // A repeated address must take as long to answer as a new one, or the response time would tell
  // anyone whether an address has signed: its follow-up (a notice, or renewing a withdrawn
  // signature) runs after the answer, and the answer waits as long as a new signature takes.
  const repeated = {
    letter: { id: letter.id, slug: letter.slug, title: letter.title },
    input,
    emailKey,
    ipHash,
    origin: context.origin,
  };
  runAfterAnswer("repeated signature", () => answerRepeatedSignature(repeated));
  await paceLikeStoredSignature(startedAt);
  return { status: "accepted" };
}

/**
 * The counts behind the per-IP limit and the burst flags, for the INSERT of a signature: recent
 * signatures from the signer's IP address (all letters, and this letter within the burst window)
 * and from their network (this letter). The letter is tested in FILTER clauses, never in WHERE:
 * the planner can then only read the (ipHash, createdAt) and (networkHash, createdAt) indexes,
 * whose entries for one address are few. With the letter in WHERE and statistics from before a
 * surge (a new letter "has few signatures"), PostgreSQL ANDed in the letter's index, and every
 * signature then scanned all the signatures of its letter: measured, 1 ms at 8,500 and growing.
 */
export function priorSignaturesQuery(subject: {
  letterId: string;
  ipHash: string;
  networkHash: string | null;
}): Prisma.Sql {
  const utcNow = Prisma.sql`(now() AT TIME ZONE 'UTC')`;
  const windowStart = Prisma.sql`${utcNow} - make_interval(mins => ${BURST_WINDOW_MINUTES})`;
  const limitStart = Prisma.sql`${utcNow} - make_interval(mins => ${SIGNATURES_PER_IP.windowMinutes})`;
  return Prisma.sql`
    SELECT from_ip.all_letters AS from_ip_all, from_ip.this_letter AS from_ip,
           from_network.this_letter AS from_network
    FROM (
      SELECT count(*) FILTER (WHERE "createdAt" > ${limitStart}) AS all_letters,
             count(*) FILTER (WHERE "createdAt" > ${windowStart}
                                AND "letterId" = ${subject.letterId}) AS this_letter
      FROM "Signature"
      WHERE "ipHash" = ${subject.ipHash} AND "createdAt" > LEAST(${limitStart}, ${windowStart})
    ) AS from_ip, (
      SELECT count(*) FILTER (WHERE "letterId" = ${subject.letterId}) AS this_letter
      FROM "Signature"
      WHERE "networkHash" = ${subject.networkHash} AND "createdAt" > ${windowStart}
    ) AS from_network`;
}

interface InsertRequest {
  letter: { id: string; slug: string; title: string };
  input: SignatureInput;
  emailKey: string;
  flags: SignatureFlag[];
  ipHash: string;
  networkHash: string | null;
  origin: string;
}

/**
 * One statement, one round trip: the signature (unless the address has signed this letter: ON
 * CONFLICT DO NOTHING), its two tokens and the confirmation e-mail in the outbox, all or nothing.
 * Burst flags are counted by the same statement from the (ipHash, createdAt) and
 * (networkHash, createdAt) indexes, and so is the per-IP limit (SIGNATURES_PER_IP).
 *
 * The outbox row is written here rather than through enqueueMail() so that it joins this single
 * statement (an interactive transaction would cost four more round trips per signature, the
 * difference between meeting the surge target and not); its payload is checked with the same
 * schema enqueueMail uses.
 */
async function insertSignature(
  request: InsertRequest,
): Promise<"stored" | "duplicate" | "rate-limited"> {
  const { letter, input, emailKey } = request;
  const id = randomUUID();
  const confirm = newLinkToken();
  const withdraw = newLinkToken();
  const now = Date.now();
  const confirmExpiresAt = new Date(now + CONFIRM_TOKEN_DAYS * DAY_MS).toISOString();
  const withdrawExpiresAt = new Date(now + WITHDRAW_TOKEN_DAYS * DAY_MS).toISOString();
  const payload = MAIL_PAYLOAD_SCHEMAS["signature.confirm"].parse({
    name: input.name,
    letterTitle: letter.title,
    confirmUrl: confirmUrl(request.origin, input.locale, letter.slug, confirm.token),
    withdrawUrl: withdrawUrl(request.origin, input.locale, letter.slug, withdraw.token),
    expiresAt: confirmExpiresAt,
  });
  const flags = `{${request.flags.join(",")}}`;
  const utcNow = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

  const rows = await runSigningStatement<{ id: string | null; limited: boolean }>(
    "vigil-insert-signature",
    Prisma.sql`
    WITH prior AS (${priorSignaturesQuery({
      letterId: letter.id,
      ipHash: request.ipHash,
      networkHash: request.networkHash,
    })}),
    inserted AS (
      INSERT INTO "Signature" (
        "id", "letterId", "letterVersionId", "locale", "name", "email", "emailKey",
        "countryCode", "city", "organisation", "title", "visibility", "consentGivenAt",
        "consentTextVersion", "status", "flags", "ipHash", "networkHash", "createdAt",
        "notifyOutcome")
      SELECT
        ${id}::uuid, ${letter.id}, ${input.letterVersionId}, ${input.locale}, ${input.name},
        ${input.email}, ${emailKey}, ${input.country}, ${input.city}, ${input.organisation},
        ${input.title}, ${input.visibility}::"SignatureVisibility", ${utcNow},
        ${CONSENT_TEXT_VERSION}, 'PENDING',
        ${flags}::"SignatureFlag"[]
          || CASE WHEN prior.from_ip >= ${BURST_FROM_IP_THRESHOLD}
               THEN ARRAY['BURST_FROM_IP']::"SignatureFlag"[] ELSE '{}' END
          || CASE WHEN prior.from_network >= ${BURST_FROM_NETWORK_THRESHOLD}
               THEN ARRAY['BURST_FROM_NETWORK']::"SignatureFlag"[] ELSE '{}' END,
        ${request.ipHash}, ${request.networkHash}, ${utcNow}, ${input.notifyOutcome}
      FROM prior
      WHERE prior.from_ip_all < ${SIGNATURES_PER_IP.max}
      ON CONFLICT ("letterId", "emailKey") DO NOTHING
      RETURNING "id"
    ),
    tokens AS (
      INSERT INTO "SignatureToken" ("id", "tokenHash", "signatureId", "purpose", "expiresAt", "createdAt")
      SELECT gen_random_uuid()::text, t.hash, inserted."id", t.purpose::"SignatureTokenPurpose",
             t.expires::timestamptz AT TIME ZONE 'UTC', ${utcNow}
      FROM inserted, (VALUES
        (${confirm.tokenHash}, 'CONFIRM', ${confirmExpiresAt}),
        (${withdraw.tokenHash}, 'WITHDRAW', ${withdrawExpiresAt})
      ) AS t(hash, purpose, expires)
    ),
    mail AS (
      INSERT INTO "OutboxMessage" ("id", "kind", "to", "locale", "payload", "nextAttemptAt", "createdAt")
      SELECT gen_random_uuid()::text, 'signature.confirm', ${input.email}, ${input.locale},
             ${JSON.stringify(payload)}::jsonb, ${utcNow}, ${utcNow}
      FROM inserted
    )
    SELECT (SELECT "id"::text FROM inserted) AS "id",
           prior.from_ip_all >= ${SIGNATURES_PER_IP.max} AS "limited"
    FROM prior`,
  );
  const row = rows[0]!;
  if (row.id) return "stored";
  return row.limited ? "rate-limited" : "duplicate";
}
