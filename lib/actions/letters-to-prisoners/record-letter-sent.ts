"use server";

import { headers } from "next/headers";
import { recordLetterSent } from "@/lib/letters-to-prisoners/record-letter-sent";
import {
  LETTER_SENT_SLUG_FIELD,
  LETTER_SENT_SLUG_MAX,
  type LetterSentFormState,
} from "@/lib/letters-to-prisoners/letter-sent-state";
import { reportDatabaseUnavailable } from "@/lib/logging/outage-log";
import { answerUnavailable } from "@/lib/logging/request-id";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import { RateLimitedError } from "@/lib/rate-limit";
import { clientIpFromHeaders } from "@/lib/security/ip";
import { CONTENT_SLUG_PATTERN } from "@/lib/validation/reference-item";

/**
 * "I sent a letter" on a prisoner's "Write a letter" page: a public action (no session, no
 * cookie), used with useActionState so that it works with and without JavaScript. It posts the
 * prisoner's slug only; the client address keys the rate limits and is stored nowhere
 * (lib/letters-to-prisoners/record-letter-sent.ts).
 */
export async function recordLetterSentAction(
  _previous: LetterSentFormState,
  formData: FormData,
): Promise<LetterSentFormState> {
  const slug = formData.get(LETTER_SENT_SLUG_FIELD);
  if (
    typeof slug !== "string" ||
    slug.length > LETTER_SENT_SLUG_MAX ||
    !CONTENT_SLUG_PATTERN.test(slug)
  ) {
    return { status: "rejected" };
  }
  const clientIp = clientIpFromHeaders(await headers());
  try {
    const outcome = await recordLetterSent(slug, { clientIp });
    return { status: outcome.status };
  } catch (error) {
    if (error instanceof RateLimitedError) return { status: "rate-limited" };
    if (!isDatabaseUnavailable(error)) throw error;
    reportDatabaseUnavailable(error);
    answerUnavailable(DATABASE_RETRY_AFTER_SECONDS);
    return { status: "unavailable" };
  }
}
