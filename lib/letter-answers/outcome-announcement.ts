import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { knownLocaleOr, routing, type Locale } from "@/lib/i18n/routing";
import { resolveLocalizedTextOr } from "@/lib/i18n/resolved-text";
import {
  outcomeUnsubscribeToken,
  outcomeUnsubscribeUrl,
} from "@/lib/letter-answers/outcome-unsubscribe";
import { MAIL_PAYLOAD_SCHEMAS, type MailPayloads } from "@/lib/mail/mail-kinds";
import { localized, publicRoutes } from "@/lib/routes";
import { publicUrl } from "@/lib/security/public-origin";

/**
 * Tells the signers who ticked "tell me what happens to this letter" about its deliveries and
 * published answers: one e-mail per signer per announcement, queued in the outbox in batches by
 * a job (never in the editor's save). See README.md.
 *
 * An announcement (LetterOutcomeMailing) covers every delivery and published answer of the
 * letter that no earlier one covered and that is older than the delay, so a delivery recorded
 * and an answer published together make one e-mail, and a change undone within the delay makes
 * none. Its cursor moves in the transaction that queues a batch, so a job retried after a crash
 * queues no e-mail twice.
 */

/** Signatures per transaction: 500 outbox rows is one short insert. */
export const OUTCOME_BATCH_SIZE = 500;

/** pg_advisory_xact_lock namespace of "one open announcement per letter". */
const ANNOUNCE_LOCK = 0x766967_6c; // "vigl"

type LetterRow = { id: string; slug: string; title: Prisma.JsonValue };

/** Letters with something to announce, or an announcement half sent. */
async function lettersToAnnounce(cutoff: Date, letterId?: string): Promise<string[]> {
  const only = letterId ?? null;
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT l."id" FROM "Letter" AS l
    WHERE l."state" <> 'DRAFT' AND (${only}::text IS NULL OR l."id" = ${only})
      AND (
        EXISTS (SELECT 1 FROM "LetterOutcomeMailing" AS m
                WHERE m."letterId" = l."id" AND m."finishedAt" IS NULL)
        OR EXISTS (SELECT 1 FROM "LetterAnswer" AS a
                   WHERE a."letterId" = l."id" AND a."state" = 'PUBLISHED'
                     AND a."publishedAt" <= ${cutoff}
                     AND NOT EXISTS (SELECT 1 FROM "LetterOutcomeMailing" AS m
                                     WHERE m."letterId" = l."id" AND a."id" = ANY(m."answerIds")))
        OR EXISTS (SELECT 1 FROM "LetterDelivery" AS d
                   WHERE d."letterId" = l."id" AND d."createdAt" <= ${cutoff}
                     AND NOT EXISTS (SELECT 1 FROM "LetterOutcomeMailing" AS m
                                     WHERE m."letterId" = l."id" AND d."id" = ANY(m."deliveryIds")))
      )`;
  return rows.map((row) => row.id);
}

/** The letter's unfinished announcement, or a new one for what is not yet announced, or null. */
async function openAnnouncement(letterId: string, cutoff: Date): Promise<string | null> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ANNOUNCE_LOCK}::int, hashtext(${letterId}))`;
    const open = await tx.letterOutcomeMailing.findFirst({
      where: { letterId, finishedAt: null },
      select: { id: true },
    });
    if (open) return open.id;
    const earlier = await tx.letterOutcomeMailing.findMany({
      where: { letterId },
      select: { deliveryIds: true, answerIds: true },
    });
    const announced = new Set(earlier.flatMap((m) => [...m.deliveryIds, ...m.answerIds]));
    const [answers, deliveries] = await Promise.all([
      tx.letterAnswer.findMany({
        where: { letterId, state: "PUBLISHED", publishedAt: { lte: cutoff } },
        select: { id: true },
      }),
      tx.letterDelivery.findMany({
        where: { letterId, createdAt: { lte: cutoff } },
        select: { id: true },
      }),
    ]);
    const answerIds = answers.map((a) => a.id).filter((id) => !announced.has(id));
    const deliveryIds = deliveries.map((d) => d.id).filter((id) => !announced.has(id));
    if (answerIds.length === 0 && deliveryIds.length === 0) return null;
    const created = await tx.letterOutcomeMailing.create({
      data: { letterId, answerIds, deliveryIds },
      select: { id: true },
    });
    return created.id;
  });
}

type LocalePayload = Omit<MailPayloads["letter.outcome"], "unsubscribeUrl">;

/** What the e-mail says in each locale (the same for every signer but the unsubscribe link). */
async function payloadsOf(
  letter: LetterRow,
  mailing: { answerIds: string[]; deliveryIds: string[] },
): Promise<Map<Locale, LocalePayload>> {
  const [answers, deliveries] = await Promise.all([
    prisma.letterAnswer.findMany({
      // Still published: an answer withdrawn since the announcement opened is not sent.
      where: { id: { in: mailing.answerIds }, state: "PUBLISHED" },
      select: { receivedOn: true, answeredBy: true, summary: true },
      orderBy: [{ receivedOn: "asc" }, { id: "asc" }],
    }),
    prisma.letterDelivery.findMany({
      where: { id: { in: mailing.deliveryIds } },
      select: { deliveredOn: true, recipient: true },
      orderBy: [{ deliveredOn: "asc" }, { id: "asc" }],
    }),
  ]);
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return new Map(
    routing.locales.map((locale) => [
      locale,
      {
        letterTitle: resolveLocalizedTextOr(letter.title, locale, letter.slug).text,
        letterUrl: publicUrl(localized(locale, publicRoutes.letter(letter.slug))),
        deliveries: deliveries.map((d) => ({
          deliveredOn: day(d.deliveredOn),
          recipient: d.recipient,
        })),
        answers: answers.map((a) => ({
          receivedOn: day(a.receivedOn),
          answeredBy: a.answeredBy,
          summary: resolveLocalizedTextOr(a.summary, locale, "").text,
        })),
      },
    ]),
  );
}

/**
 * Queues one batch of the announcement's e-mails and moves its cursor, in one transaction that
 * first locks the announcement's row (two workers cannot queue the same batch). Returns how
 * many it queued; 0 means the announcement is finished.
 */
async function queueBatch(
  mailingId: string,
  letter: LetterRow,
  payloads: Map<Locale, LocalePayload>,
): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const [mailing] = await tx.$queryRaw<{ cursor: string | null; finishedAt: Date | null }[]>`
      SELECT "cursor"::text AS "cursor", "finishedAt" FROM "LetterOutcomeMailing"
      WHERE "id" = ${mailingId} FOR UPDATE`;
    if (!mailing || mailing.finishedAt) return 0;
    const signers = await tx.$queryRaw<{ id: string; email: string; locale: string }[]>`
      SELECT s."id"::text AS "id", s."email", s."locale" FROM "Signature" AS s
      WHERE s."letterId" = ${letter.id} AND s."notifyOutcome" AND s."status" = 'CONFIRMED'
        AND s."email" IS NOT NULL AND s."anonymisedAt" IS NULL
        AND (${mailing.cursor}::uuid IS NULL OR s."id" > ${mailing.cursor}::uuid)
      ORDER BY s."id" LIMIT ${OUTCOME_BATCH_SIZE}`;
    if (signers.length === 0) {
      await tx.letterOutcomeMailing.update({
        where: { id: mailingId },
        data: { finishedAt: new Date() },
      });
      return 0;
    }
    const now = new Date();
    await tx.outboxMessage.createMany({
      data: signers.map((signer) => {
        const locale = knownLocaleOr(signer.locale);
        const token = outcomeUnsubscribeToken(signer.id);
        const payload = MAIL_PAYLOAD_SCHEMAS["letter.outcome"].parse({
          ...payloads.get(locale)!,
          unsubscribeUrl: outcomeUnsubscribeUrl(letter.slug, token, locale),
        });
        return { kind: "letter.outcome", to: signer.email, locale, payload, nextAttemptAt: now };
      }),
    });
    await tx.letterOutcomeMailing.update({
      where: { id: mailingId },
      data: { cursor: signers.at(-1)!.id, queued: { increment: signers.length } },
    });
    return signers.length;
  });
}

/**
 * Announces what there is to announce: for one letter (the job queued by a publication or a
 * delivery) or for all (the periodic sweep, which also finishes an announcement a crash cut
 * short). `delayMs`: only outcomes at least this old are announced.
 */
export async function announceLetterOutcomes(options: {
  delayMs: number;
  letterId?: string;
  now?: Date;
  signal?: AbortSignal;
}): Promise<{ announcements: number; queued: number }> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.delayMs);
  let announcements = 0;
  let queued = 0;
  for (const letterId of await lettersToAnnounce(cutoff, options.letterId)) {
    const mailingId = await openAnnouncement(letterId, cutoff);
    if (!mailingId) continue;
    const [letter, mailing] = await Promise.all([
      prisma.letter.findUniqueOrThrow({
        where: { id: letterId },
        select: { id: true, slug: true, title: true },
      }),
      prisma.letterOutcomeMailing.findUniqueOrThrow({
        where: { id: mailingId },
        select: { answerIds: true, deliveryIds: true },
      }),
    ]);
    const payloads = await payloadsOf(letter, mailing);
    const first = payloads.get(routing.defaultLocale)!;
    if (first.answers.length === 0 && first.deliveries.length === 0) {
      // Everything it was opened for was withdrawn since: nothing to say, so nothing is sent.
      await prisma.letterOutcomeMailing.update({
        where: { id: mailingId },
        data: { finishedAt: new Date() },
      });
      continue;
    }
    announcements++;
    for (;;) {
      options.signal?.throwIfAborted();
      const count = await queueBatch(mailingId, letter, payloads);
      if (count === 0) break;
      queued += count;
    }
  }
  return { announcements, queued };
}
