import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { reportDatabaseUnavailable } from "@/lib/logging/outage-log";
import { enqueueMail } from "@/lib/mail/outbox";
import { isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import { consumeRateLimit, RateLimitedError } from "@/lib/rate-limit";
import { runAfterAnswer } from "@/lib/security/after-answer";
import { hashIp } from "@/lib/security/ip";
import { createAnswerPacer } from "@/lib/signing/answer-pacing";
import { canonicalEmailKey } from "@/lib/signing/email-key";
import { emailSubject, newLinkToken } from "@/lib/signing/secret-keys";
import {
  parseFollowForm,
  type FollowFieldErrors,
  type FollowInput,
  type FollowValues,
} from "@/lib/follows/follow-form";
import { followConfirmMessage, type FollowerAddress } from "@/lib/follows/follow-mails";
import { followColumnsOf, findFollowTarget, type FollowTarget } from "@/lib/follows/follow-target";
import { answerRepeatedFollow } from "@/lib/follows/repeated-follow";

export type FollowOutcome =
  /** Stored, or answered as if stored: "check your inbox". */
  | { status: "accepted" }
  | { status: "invalid"; errors: FollowFieldErrors; values: FollowValues }
  /** No such published target, or the hidden fields were altered. */
  | { status: "rejected"; values: FollowValues }
  | { status: "rate-limited"; values: FollowValues; retryAfterSeconds: number }
  /** The database could not be reached: nothing was stored. */
  | { status: "unavailable"; values: FollowValues };

/**
 * New follows' answer times: a repeat (or a robot) answers no sooner than one of them, drawn at
 * random, so that its times spread as theirs do (lib/signing/answer-pacing.ts).
 */
const pacer = createAnswerPacer(15, { drawn: true });

/**
 * A follow form's submission: validates, rate-limits (per IP and per address, in PostgreSQL), and
 * stores the follower (when the address is new), the follow with its confirmation token's hash and
 * the confirmation e-mail in one transaction. An address that already follows the target stores
 * nothing here: its e-mail ("you already follow this", or a new confirmation link) is written
 * after the answer (repeated-follow.ts), and the answer waits as long as a stored follow takes, so
 * neither the screen nor the time tells whether an address follows anything.
 */
export async function submitFollow(
  formData: FormData,
  context: { clientIp: string | null },
): Promise<FollowOutcome> {
  const startedAt = performance.now();
  const parsed = parseFollowForm(formData);
  // A filled honeypot is a robot: answered like a success (as late as one), stored nowhere, and
  // no e-mail goes to an address a robot typed.
  if (parsed.honeypotFilled) {
    await pacer.paceLikeStored(startedAt);
    return { status: "accepted" };
  }
  if (!parsed.success) {
    return parsed.formTampered && Object.keys(parsed.errors).length === 0
      ? { status: "rejected", values: parsed.values }
      : { status: "invalid", errors: parsed.errors, values: parsed.values };
  }
  try {
    return await storeFollow(parsed.data, parsed.values, context, startedAt);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    reportDatabaseUnavailable(error);
    return { status: "unavailable", values: parsed.values };
  }
}

async function storeFollow(
  input: FollowInput,
  values: FollowValues,
  context: { clientIp: string | null },
  startedAt: number,
): Promise<FollowOutcome> {
  const target = await findFollowTarget(input.target);
  if (!target) return { status: "rejected", values };
  const emailKey = canonicalEmailKey(input.email);
  try {
    await Promise.all([
      consumeRateLimit("follow-ip", hashIp(context.clientIp ?? "unknown-address")),
      consumeRateLimit("follow-email", emailSubject(emailKey)),
    ]);
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    return { status: "rate-limited", values, retryAfterSeconds: error.retryAfterSeconds };
  }

  if ((await insertFollow(input, target, emailKey)) === "stored") {
    pacer.noteStored(performance.now() - startedAt);
    return { status: "accepted" };
  }
  // Queued once the wait is over, so that its work cannot delay the answer past the pacing.
  await pacer.paceLikeStored(startedAt);
  runAfterAnswer("repeated follow", () => answerRepeatedFollow({ emailKey, target }));
  return { status: "accepted" };
}

/**
 * The follower (unless the canonical address has one: ON CONFLICT DO NOTHING), the follow
 * (unless it exists: the unique (follower, target) indexes) and its confirmation e-mail, all or
 * nothing. The first two are one statement, so that a repeat (which writes nothing) costs one
 * round trip and answers well within the pacing of a stored follow. The cadence on the form is
 * the follower's only when the follower is new.
 */
async function insertFollow(
  input: FollowInput,
  target: FollowTarget,
  emailKey: string,
): Promise<"stored" | "duplicate"> {
  const confirm = newLinkToken();
  const columns = followColumnsOf(target);
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<(FollowerAddress & { created: boolean })[]>(Prisma.sql`
      WITH new_follower AS (
        INSERT INTO "Follower" ("id", "email", "emailKey", "locale", "cadence")
        VALUES (${randomUUID()}::uuid, ${input.email}, ${emailKey}, ${input.locale},
                ${input.cadence}::"FollowCadence")
        ON CONFLICT ("emailKey") DO NOTHING
        RETURNING "id", "email", "locale", "cadence"
      ),
      follower AS (
        SELECT "id", "email", "locale", "cadence" FROM new_follower
        UNION ALL
        SELECT "id", "email", "locale", "cadence" FROM "Follower"
        WHERE "emailKey" = ${emailKey} AND NOT EXISTS (SELECT 1 FROM new_follower)
      ),
      new_follow AS (
        INSERT INTO "Follow" ("id", "followerId", "prisonerId", "countryCode", "letterId",
                              "confirmTokenHash")
        SELECT gen_random_uuid(), follower."id", ${columns.prisonerId ?? null},
               ${columns.countryCode ?? null}, ${columns.letterId ?? null}, ${confirm.tokenHash}
        FROM follower
        ON CONFLICT DO NOTHING
        RETURNING "followerId"
      )
      SELECT follower."id"::text AS "id", follower."email"::text AS "email", follower."locale",
             follower."cadence"::text AS "cadence",
             EXISTS (SELECT 1 FROM new_follow) AS "created"
      FROM follower`);
    const follower = rows[0];
    // No row: forgotten in between (nothing to follow with); not created: a repeat.
    if (!follower?.created) return "duplicate";
    await enqueueMail(tx, followConfirmMessage(follower, target, confirm.token, input.cadence));
    return "stored";
  });
}
