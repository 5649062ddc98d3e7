import "server-only";
import { prisma } from "@/lib/db";
import { enqueueMail } from "@/lib/mail/outbox";
import { consumeRateLimit, RateLimitedError } from "@/lib/rate-limit";
import { runAfterAnswer } from "@/lib/security/after-answer";
import { hashIp } from "@/lib/security/ip";
import { canonicalEmailKey } from "@/lib/signing/email-key";
import { emailSubject } from "@/lib/signing/secret-keys";
import { emailErrorOf, followEmailSchema, type FollowEmailError } from "@/lib/follows/follow-form";
import { followManageLinkMessage } from "@/lib/follows/follow-mails";

export type LostLinkOutcome =
  /** Answered the same whether or not the address follows anything. */
  | { status: "sent" }
  | { status: "invalid"; error: FollowEmailError; email: string }
  | { status: "rate-limited"; email: string };

/**
 * "E-mail me the link to my follows". The rate limits are counted for every address alike; the
 * look-up and the e-mail happen after the answer (lib/security/after-answer.ts), so neither the
 * answer nor its time tells whether an address follows anything. Only a follower with a
 * confirmed follow gets the link: an address that never confirmed has no page to manage.
 */
export async function requestManageLink(
  formData: FormData,
  context: { clientIp: string | null },
): Promise<LostLinkOutcome> {
  const typed = String(formData.get("email") ?? "");
  const parsed = followEmailSchema.safeParse(typed);
  if (!parsed.success) {
    return {
      status: "invalid",
      error: emailErrorOf(parsed.error.issues[0]?.message ?? ""),
      email: typed,
    };
  }
  const emailKey = canonicalEmailKey(parsed.data);
  try {
    await Promise.all([
      consumeRateLimit("follow-ip", hashIp(context.clientIp ?? "unknown-address")),
      consumeRateLimit("follow-email", emailSubject(emailKey)),
    ]);
  } catch (error) {
    if (error instanceof RateLimitedError) return { status: "rate-limited", email: typed };
    throw error;
  }
  runAfterAnswer("follow manage link", async () => {
    const follower = await prisma.follower.findUnique({
      where: { emailKey },
      select: { id: true, email: true, locale: true, cadence: true, confirmedAt: true },
    });
    if (!follower?.confirmedAt) return;
    await enqueueMail(prisma, followManageLinkMessage(follower, "requested"));
  });
  return { status: "sent" };
}
