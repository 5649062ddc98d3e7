import "server-only";
import { prisma } from "@/lib/db";
import { publishedPrisonerWhere } from "@/lib/data/prisoners";
import { consumeRateLimit } from "@/lib/rate-limit";
import { hashIp } from "@/lib/security/ip";
import {
  parseInaccuracyReportForm,
  type ReportFieldErrors,
  type ReportValues,
} from "@/lib/validation/inaccuracy-report";

/**
 * "Report an inaccuracy": a member of the public tells the editors that a published profile is
 * wrong. Reports are stored for the editors (InaccuracyReport, status OPEN) and never shown
 * publicly; the reporter's contact is personal data for staff only.
 */

export type InaccuracyReportOutcome =
  /** Stored for the editors. */
  | { status: "stored"; id: string }
  /** The honeypot was filled: answered like a success, stored nowhere. */
  | { status: "discarded" }
  /** A visible field is wrong; nothing stored. */
  | { status: "invalid"; errors: ReportFieldErrors; values: ReportValues }
  /** The hidden fields name no published profile (a tampered or outdated form). */
  | { status: "rejected"; values: ReportValues };

/**
 * Validates and stores a report sent with the profile's form. Throws RateLimitedError
 * (lib/rate-limit) after too many reports from one address; validation failures do not count
 * against the limit, so a person correcting a typo is never locked out.
 *
 * `clientIp` is used only to derive the keyed hash kept with the report and used as the rate-limit
 * subject; the address itself is stored nowhere.
 */
export async function submitInaccuracyReport(
  formData: FormData,
  context: { clientIp: string | null },
): Promise<InaccuracyReportOutcome> {
  const parsed = parseInaccuracyReportForm(formData);
  // Checked first: a robot gets the same answer as a person, whatever else it filled in.
  if (parsed.honeypotFilled) return { status: "discarded" };
  if (!parsed.success) {
    return Object.keys(parsed.errors).length > 0
      ? { status: "invalid", errors: parsed.errors, values: parsed.values }
      : { status: "rejected", values: parsed.values };
  }

  const report = parsed.data;
  const ipHash = context.clientIp ? hashIp(context.clientIp) : null;
  // Requests without an address (none in practice: Next.js always sets one) share one bucket.
  await consumeRateLimit("inaccuracy-report", ipHash ?? "unknown-address");

  const prisoner = await prisma.prisoner.findFirst({
    where: { ...publishedPrisonerWhere, slug: report.prisoner },
    select: { id: true },
  });
  if (!prisoner) {
    return {
      status: "rejected",
      values: {
        message: report.message,
        sourceUrl: report.sourceUrl ?? "",
        contact: report.contact ?? "",
      },
    };
  }

  const stored = await prisma.inaccuracyReport.create({
    data: {
      prisonerId: prisoner.id,
      message: report.message,
      sourceUrl: report.sourceUrl ?? null,
      contact: report.contact ?? null,
      locale: report.locale,
      ipHash,
    },
    select: { id: true },
  });
  return { status: "stored", id: stored.id };
}
