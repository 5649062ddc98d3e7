import "server-only";
import { prisma } from "@/lib/db";
import { enqueueMail } from "@/lib/mail/outbox";
import { consumeRateLimit, RateLimitedError } from "@/lib/rate-limit";
import { keyedHash, newLinkToken } from "@/lib/signing/secret-keys";
import { followConfirmMessage, followManageLinkMessage } from "@/lib/follows/follow-mails";
import { followColumnsOf, type FollowTarget } from "@/lib/follows/follow-target";

/**
 * The follow form sent for a target the address already follows (or has asked to follow). Runs
 * after the answer (record-follow.ts), so it adds nothing to the response time. At most once per
 * RATE_LIMITS["follow-repeat-mail"] window per target and address, so that the form cannot flood
 * a mailbox: a confirmed follow gets "you already follow this" with the link to one's follows; a
 * pending one gets a new confirmation link (the old one stops working, and the follow's 7 days
 * start again).
 */
export async function answerRepeatedFollow(request: {
  emailKey: string;
  target: FollowTarget;
}): Promise<void> {
  const { emailKey, target } = request;
  try {
    await consumeRateLimit(
      "follow-repeat-mail",
      keyedHash("email-subject", `follow:${target.kind}:${target.id}:${emailKey}`),
    );
  } catch (error) {
    if (error instanceof RateLimitedError) return;
    throw error;
  }
  const follow = await prisma.follow.findFirst({
    where: { follower: { emailKey }, ...followColumnsOf(target) },
    select: {
      id: true,
      confirmedAt: true,
      follower: { select: { id: true, email: true, locale: true, cadence: true } },
    },
  });
  if (!follow) return; // Forgotten or pruned in between.

  if (follow.confirmedAt) {
    await enqueueMail(
      prisma,
      followManageLinkMessage(follow.follower, "already-following", target),
    );
    return;
  }
  const confirm = newLinkToken();
  await prisma.$transaction(async (tx) => {
    const renewed = await tx.follow.updateMany({
      where: { id: follow.id, confirmedAt: null },
      data: { confirmTokenHash: confirm.tokenHash, createdAt: new Date() },
    });
    if (renewed.count === 0) return;
    await enqueueMail(
      tx,
      followConfirmMessage(follow.follower, target, confirm.token, follow.follower.cadence),
    );
  });
}
