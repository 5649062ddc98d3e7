import "server-only";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import type { SessionActor } from "@/lib/auth/session-user";
import { normaliseCode } from "@/lib/auth/totp";
import {
  checkSecondFactor,
  secondFactorDetails,
  spendSecondFactor,
  type SecondFactorProof,
} from "@/lib/auth/second-factor";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { consumeRateLimit, resetRateLimit } from "@/lib/rate-limit";
import type { RequestContext } from "@/lib/security/request-context";

/**
 * "Confirm it is you": the signed-in holder of a session types their password again (and a code
 * from their authenticator app, or a recovery code, when the account has one), and the session
 * records the moment (`StaffSession.confirmedAt`, read by lib/auth/recent-confirmation.ts).
 *
 * The same checks as signing in, with the same protections: attempts are rate-limited per
 * account (a success clears the count), an authenticator code is accepted once (compare-and-set on its time step) and a
 * recovery code is used up. Failures and successes are audited; passwords and codes never are.
 */

export type ConfirmIdentityOutcome =
  | "confirmed"
  | "wrong-password"
  | "code-required"
  | "wrong-code"
  /** The session ended between the page and the form (signed out elsewhere). */
  | "session-ended";

export interface ConfirmIdentityInput {
  password: string;
  code?: string;
}

/** Throws RateLimitedError after too many attempts. */
export async function confirmIdentity(
  actor: SessionActor,
  input: ConfirmIdentityInput,
  context: RequestContext,
): Promise<ConfirmIdentityOutcome> {
  await consumeRateLimit("identity-confirm-account", actor.id);

  const user = await prisma.user.findUnique({
    where: { id: actor.id },
    select: {
      passwordHash: true,
      totpSecret: true,
      totpEnabledAt: true,
      recoveryCodeHashes: true,
      totpLastUsedStep: true,
    },
  });
  if (!user) throw new NotFoundError("User", actor.id);

  const failed = async (reason: "wrong-password" | "wrong-code") => {
    await recordAudit(prisma, {
      actor,
      action: "auth.confirm_failed",
      entityType: "User",
      entityId: actor.id,
      ip: context.ip,
      userAgent: context.userAgent,
      details: { reason },
    });
    return reason;
  };

  const passwordOk = user.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);
  if (!passwordOk) return failed("wrong-password");

  let proof: SecondFactorProof | null = null;
  if (user.totpEnabledAt && user.totpSecret) {
    if (!normaliseCode(input.code ?? "")) return "code-required";
    proof = await checkSecondFactor({ id: actor.id, ...user }, input.code ?? "");
    if (!proof) return failed("wrong-code");
  }

  const outcome = await prisma.$transaction(async (tx) => {
    if (proof && !(await spendSecondFactor(tx, { id: actor.id, ...user }, proof))) {
      return "wrong-code" as const;
    }
    const confirmed = await tx.staffSession.updateMany({
      where: { id: actor.sessionId, userId: actor.id, revokedAt: null },
      data: { confirmedAt: new Date() },
    });
    if (confirmed.count === 0) return "session-ended" as const;
    await recordAudit(tx, {
      actor,
      action: "auth.confirm",
      entityType: "User",
      entityId: actor.id,
      ip: context.ip,
      userAgent: context.userAgent,
      details: secondFactorDetails(proof),
    });
    return "confirmed" as const;
  });
  if (outcome === "wrong-code") return failed("wrong-code");
  // Proven: earlier typos no longer count against the next confirmation.
  if (outcome === "confirmed") await resetRateLimit("identity-confirm-account", actor.id);
  return outcome;
}
