import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { knownLocaleOr, type Locale } from "@/lib/i18n/routing";
import { enqueueMail } from "@/lib/mail/outbox";
import { consumeRateLimit } from "@/lib/rate-limit";
import { authRoutes, localized } from "@/lib/routes";
import type { RequestContext } from "@/lib/security/request-context";

/**
 * "Change password" on the account page. Like updateOwnName it only ever touches the actor's own
 * row, so there is no policy check beyond "signed in". The current password is checked first
 * (rate-limited per account, like sign-in), and the change ends every session of the account,
 * this one included: a session that an intruder may have opened with the old password must not
 * survive it.
 */

export type PasswordChangeOutcome = "changed" | "wrong-current-password";

export interface PasswordChangeInput {
  currentPassword: string;
  password: string;
}

export interface PasswordChangeMail {
  /** The language of the page the change was made from, when the user has chosen none. */
  requestLocale: Locale;
  /** The origin of the link in the notification (lib/auth/link-origin.ts). */
  linkOrigin: string;
}

/** Throws RateLimitedError after too many attempts. */
export async function changeOwnPassword(
  actor: Actor,
  input: PasswordChangeInput,
  mail: PasswordChangeMail,
  context: RequestContext,
): Promise<PasswordChangeOutcome> {
  await consumeRateLimit("password-change-account", actor.id);

  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { email: true, name: true, locale: true, passwordHash: true },
  });
  const currentHash = user.passwordHash;
  const matches = currentHash
    ? await verifyPassword(currentHash, input.currentPassword)
    : await verifyAgainstDummy(input.currentPassword);
  if (!currentHash || !matches) {
    // Recorded like a failed sign-in: a run of these is someone guessing at an open session.
    await recordAudit(prisma, {
      actor,
      action: "auth.password_change_failed",
      entityType: "User",
      entityId: actor.id,
      ip: context.ip,
      userAgent: context.userAgent,
    });
    return "wrong-current-password";
  }

  const passwordHash = await hashPassword(input.password);
  const changedAt = new Date();
  const locale = knownLocaleOr(user.locale, mail.requestLocale);

  return prisma.$transaction(async (tx) => {
    // Compare-and-set on the hash that was verified: of two changes racing from the same old
    // password, only the first applies; the second finds its "current" password gone.
    const updated = await tx.user.updateMany({
      where: { id: actor.id, passwordHash: currentHash },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (updated.count === 0) return "wrong-current-password";

    await recordAudit(tx, {
      actor,
      action: "auth.password_changed",
      entityType: "User",
      entityId: actor.id,
      ip: context.ip,
      userAgent: context.userAgent,
    });
    await enqueueMail(tx, {
      kind: "auth.password_changed",
      to: user.email,
      locale,
      payload: {
        name: user.name,
        email: user.email,
        changedAt: changedAt.toISOString(),
        ip: context.ip ?? null,
        resetUrl: `${mail.linkOrigin}${localized(locale, authRoutes.passwordReset())}`,
      },
    });
    return "changed";
  });
}
