import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { routing, type Locale } from "@/lib/i18n/routing";
import { enqueueMail } from "@/lib/mail/outbox";
import { consumeRateLimit, RateLimitedError } from "@/lib/rate-limit";
import { runAfterAnswer } from "@/lib/security/after-answer";
import { hashIp } from "@/lib/security/ip";
import { canonicalEmailKey } from "@/lib/signing/email-key";
import { confirmUrl, withdrawUrl } from "@/lib/signing/links";
import { emailSubject, newLinkToken } from "@/lib/signing/secret-keys";
import { CONFIRM_TOKEN_DAYS, DAY_MS, WITHDRAW_TOKEN_DAYS } from "@/lib/signing/token-lifetimes";
import { acceptsSignatures, getSignableLetter } from "@/lib/signing/signable-letter";
import { SIGNATURE_LIMITS } from "@/lib/validation/signature";

const resendSchema = z.object({
  email: z
    .string()
    .trim()
    .refine((value) => value.length > 0, { error: "required", abort: true })
    .refine((value) => value.length <= SIGNATURE_LIMITS.email, { error: "tooLong", abort: true })
    .pipe(z.email({ error: "invalid" })),
  locale: z.enum(routing.locales),
});

export type ResendOutcome =
  /** Answered the same whether or not a pending signature exists for the address. */
  | { status: "sent" }
  | { status: "invalid"; error: "required" | "tooLong" | "invalid" }
  | { status: "rate-limited" }
  | { status: "closed" }
  | { status: "rejected" };

/**
 * "Send me a new confirmation link": when the address has a signature of this letter still
 * waiting for confirmation, a new link is e-mailed (the old ones keep working until they expire).
 * The answer never says whether the address has signed.
 */
export async function resendConfirmation(
  formData: FormData,
  context: { slug: string; clientIp: string | null; origin: string },
): Promise<ResendOutcome> {
  const parsed = resendSchema.safeParse({
    email: String(formData.get("email") ?? ""),
    locale: String(formData.get("locale") ?? ""),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues.find((entry) => entry.path[0] === "email");
    if (!issue) return { status: "rejected" };
    const code =
      issue.message === "required" || issue.message === "tooLong" ? issue.message : "invalid";
    return { status: "invalid", error: code };
  }
  const letter = await getSignableLetter(context.slug);
  if (!letter) return { status: "rejected" };
  if (!acceptsSignatures(letter)) return { status: "closed" };

  const emailKey = canonicalEmailKey(parsed.data.email);
  try {
    await Promise.all([
      consumeRateLimit(
        "signature-ip",
        context.clientIp ? hashIp(context.clientIp) : "unknown-address",
      ),
      consumeRateLimit("signature-email", emailSubject(emailKey)),
    ]);
  } catch (error) {
    if (error instanceof RateLimitedError) return { status: "rate-limited" };
    throw error;
  }

  // The look-up and the e-mail happen after answering: a pending address must take as long to
  // answer as any other, or the response time would tell who has signed (lib/security/after-answer.ts).
  runAfterAnswer("confirmation link resend", async () => {
    const signature = await prisma.signature.findUnique({
      where: { letterId_emailKey: { letterId: letter.id, emailKey } },
      select: { id: true, status: true, email: true, name: true, locale: true },
    });
    if (!signature || signature.status !== "PENDING" || !signature.email) return;

    const locale: Locale = signature.locale === "ru" ? "ru" : "en";
    const confirm = newLinkToken();
    const withdraw = newLinkToken();
    const expiresAt = new Date(Date.now() + CONFIRM_TOKEN_DAYS * DAY_MS);
    await prisma.$transaction(async (tx) => {
      await tx.signatureToken.createMany({
        data: [
          {
            tokenHash: confirm.tokenHash,
            signatureId: signature.id,
            purpose: "CONFIRM",
            expiresAt,
          },
          {
            tokenHash: withdraw.tokenHash,
            signatureId: signature.id,
            purpose: "WITHDRAW",
            expiresAt: new Date(Date.now() + WITHDRAW_TOKEN_DAYS * DAY_MS),
          },
        ],
      });
      await enqueueMail(tx, {
        kind: "signature.confirm",
        // The address the signature was made with, not the one typed now (they share a key only).
        to: signature.email!,
        locale,
        payload: {
          name: signature.name ?? "",
          letterTitle: letter.title[locale],
          confirmUrl: confirmUrl(context.origin, locale, letter.slug, confirm.token),
          withdrawUrl: withdrawUrl(context.origin, locale, letter.slug, withdraw.token),
          expiresAt: expiresAt.toISOString(),
        },
      });
    });
  });
  return { status: "sent" };
}
