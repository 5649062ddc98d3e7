import "server-only";
import { accountSubject } from "@/lib/auth/credentials";
import { hashLinkToken, newLinkToken } from "@/lib/auth/link-token";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { enqueueMail } from "@/lib/mail/outbox";
import { consumeRateLimit } from "@/lib/rate-limit";
import { runAfterAnswer } from "@/lib/security/after-answer";
import { hashIp } from "@/lib/security/ip";
import type { RequestContext } from "@/lib/security/request-context";

/**
 * "Forgot your password?": a single-use link valid for an hour, sent only to an existing,
 * enabled account that has a password. The request answers the same whatever the address, so the
 * form does not tell who works here. Resetting increments the session version: every session of
 * the account (perhaps an intruder's) ends.
 */

export const PASSWORD_RESET_TTL_MINUTES = 60;

/**
 * Sends a reset link if the address is a staff account's, after the caller has answered (the
 * look-up and the e-mail are not awaited). Throws RateLimitedError.
 */
export async function requestPasswordReset(
  input: { email: string; locale: Locale },
  linkFor: (token: string) => string,
  context: RequestContext,
): Promise<void> {
  await consumeRateLimit("password-reset-ip", hashIp(context.ip ?? "unknown"));
  await consumeRateLimit("password-reset-account", accountSubject(input.email));

  // Everything past the rate limits only a staff address causes: it runs after the answer, so
  // the response time does not tell who works here (lib/security/after-answer.ts).
  runAfterAnswer("password reset request", async () => {
    const user = await prisma.user.findUnique({
      where: { email: input.email },
      select: { id: true, email: true, name: true, disabledAt: true, passwordHash: true },
    });
    if (!user || user.disabledAt || !user.passwordHash) return;

    const { token, tokenHash } = newLinkToken();
    const expiresAt = new Date(Date.now() + PASSWORD_RESET_TTL_MINUTES * 60 * 1000);
    await prisma.$transaction(async (tx) => {
      // Only the newest link works.
      await tx.passwordResetToken.updateMany({
        where: { userId: user.id, usedAt: null },
        data: { usedAt: new Date() },
      });
      await tx.passwordResetToken.create({ data: { userId: user.id, tokenHash, expiresAt } });
      await enqueueMail(tx, {
        kind: "auth.password_reset",
        to: user.email,
        locale: input.locale,
        payload: { name: user.name, resetUrl: linkFor(token), expiresAt: expiresAt.toISOString() },
      });
      await recordAudit(tx, {
        actor: null,
        action: "auth.password_reset_request",
        entityType: "User",
        entityId: user.id,
        ip: context.ip,
        userAgent: context.userAgent,
      });
    });
  });
}

export type ResetLinkStatus = "valid" | "expired" | "used" | "unknown";

export async function lookUpResetToken(token: string): Promise<ResetLinkStatus> {
  const row = await prisma.passwordResetToken.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { expiresAt: true, usedAt: true, user: { select: { disabledAt: true } } },
  });
  if (!row || row.user.disabledAt) return "unknown";
  if (row.usedAt) return "used";
  if (row.expiresAt <= new Date()) return "expired";
  return "valid";
}

/** Sets the new password if the link is still valid; the link is used up either way. */
export async function resetPassword(
  input: { token: string; password: string },
  context: RequestContext,
): Promise<ResetLinkStatus> {
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    // Marking the token used first, conditionally, makes it single-use under concurrency.
    const claimed = await tx.passwordResetToken.updateManyAndReturn({
      where: {
        tokenHash: hashLinkToken(input.token),
        usedAt: null,
        expiresAt: { gt: new Date() },
        // A link sent before the account was disabled does not re-open it.
        user: { disabledAt: null },
      },
      data: { usedAt: new Date() },
      select: { userId: true },
    });
    const userId = claimed[0]?.userId;
    if (!userId) {
      const row = await tx.passwordResetToken.findUnique({
        where: { tokenHash: hashLinkToken(input.token) },
        select: { usedAt: true },
      });
      return row ? (row.usedAt ? "used" : "expired") : "unknown";
    }
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, email: true },
    });
    await recordAudit(tx, {
      actor: user,
      action: "auth.password_reset",
      entityType: "User",
      entityId: user.id,
      ip: context.ip,
      userAgent: context.userAgent,
    });
    return "valid";
  });
}
