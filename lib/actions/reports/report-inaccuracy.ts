"use server";

import { headers } from "next/headers";
import { submitInaccuracyReport } from "@/lib/data/inaccuracy-reports";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@/lib/postgres/unavailable";
import { RateLimitedError } from "@/lib/rate-limit";
import { reportDatabaseUnavailable } from "@/lib/logging/outage-log";
import { answerUnavailable } from "@/lib/logging/request-id";
import { clientIpFromHeaders } from "@/lib/security/ip";
import type { InaccuracyReportFormState } from "@/lib/validation/inaccuracy-report";

/**
 * The "Report an inaccuracy" form's server action. Used with useActionState, it works with
 * JavaScript (the form updates in place) and without (the browser posts the form and gets the
 * page back with the result), keeping what was typed when something is wrong.
 *
 * Reading the request headers here does not make the profile dynamic: an action runs only
 * when the form is posted, never when the cached page is rendered.
 *
 * A database outage comes back as "unavailable" with what was typed, never as the error page;
 * posted without JavaScript, the page comes back as 503 with Retry-After (answerUnavailable:
 * Next.js itself offers no way to set either from an action).
 */
export async function reportInaccuracy(
  _previous: InaccuracyReportFormState,
  formData: FormData,
): Promise<InaccuracyReportFormState> {
  const clientIp = clientIpFromHeaders(await headers());
  try {
    const outcome = await submitInaccuracyReport(formData, { clientIp });
    switch (outcome.status) {
      case "stored":
      case "discarded":
        // A filled honeypot gets the same answer: nothing tells a robot it was caught.
        return { status: "sent" };
      case "invalid":
        return { status: "invalid", errors: outcome.errors, values: outcome.values };
      case "rejected":
        return { status: "failed", values: outcome.values };
    }
  } catch (error) {
    if (error instanceof RateLimitedError) {
      return { status: "rate-limited", values: typedValues(formData) };
    }
    if (!isDatabaseUnavailable(error)) throw error;
    reportDatabaseUnavailable(error);
    answerUnavailable(DATABASE_RETRY_AFTER_SECONDS);
    return { status: "unavailable", values: typedValues(formData) };
  }
}

function typedValues(formData: FormData) {
  return {
    message: String(formData.get("message") ?? ""),
    sourceUrl: String(formData.get("sourceUrl") ?? ""),
    contact: String(formData.get("contact") ?? ""),
  };
}
