import "server-only";
import { revalidateContent } from "@/lib/data/cache";
import { publishedPrisonerWhere } from "@/lib/data/prisoners";
import { prisma } from "@/lib/db";
import { consumeRateLimit } from "@/lib/rate-limit";
import { hashIp } from "@/lib/security/ip";
import { effectiveLetterArrival } from "./letter-arrival";
import { monthStart } from "./letters-sent-month";
import { LETTERS_SENT_ALL_TAG, lettersSentTag } from "./letters-sent-tag";

export type LetterSentOutcome =
  /** Counted for this month. */
  | { status: "counted" }
  /** No published prisoner by that slug, or one whose letters do not arrive: nothing counted. */
  | { status: "rejected" };

/**
 * "I sent a letter": adds one to the prisoner's count for the current month. Stores nothing about
 * the sender: the client address only keys the rate limits (as a keyed hash, in the limiter's own
 * table, expiring by itself). Throws RateLimitedError after 20 clicks an hour from one address,
 * or a third click for the same prisoner within a day.
 *
 * One statement (INSERT … ON CONFLICT DO UPDATE count = count + 1): concurrent clicks each add
 * one, none is lost.
 */
export async function recordLetterSent(
  slug: string,
  context: { clientIp: string | null; now?: Date },
): Promise<LetterSentOutcome> {
  const prisoner = await prisma.prisoner.findFirst({
    where: { ...publishedPrisonerWhere, slug },
    select: {
      id: true,
      lettersArrive: true,
      lettersCheckedOn: true,
      detentions: {
        where: { endedOn: null },
        orderBy: [{ startedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }],
        take: 1,
        select: { facility: { select: { lettersArrive: true, lettersCheckedOn: true } } },
      },
    },
  });
  if (!prisoner) return { status: "rejected" };
  const facility = prisoner.detentions[0]?.facility;
  const iso = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
  const arrival = effectiveLetterArrival(
    { arrival: prisoner.lettersArrive, checkedOn: iso(prisoner.lettersCheckedOn) },
    facility
      ? { arrival: facility.lettersArrive, checkedOn: iso(facility.lettersCheckedOn) }
      : null,
  );
  if (arrival.arrival === "DO_NOT_ARRIVE") return { status: "rejected" };

  const subject = context.clientIp ? hashIp(context.clientIp) : "unknown-address";
  await consumeRateLimit("letter-sent-ip", subject);
  await consumeRateLimit("letter-sent-ip-prisoner", `${subject}:${prisoner.id}`);

  const month = monthStart(context.now ?? new Date());
  await prisma.lettersSentMonth.upsert({
    where: { prisonerId_month: { prisonerId: prisoner.id, month } },
    create: { prisonerId: prisoner.id, month, count: 1 },
    update: { count: { increment: 1 } },
  });
  revalidateContent(lettersSentTag(prisoner.id), LETTERS_SENT_ALL_TAG);
  return { status: "counted" };
}
