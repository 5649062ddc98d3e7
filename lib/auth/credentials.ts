import "server-only";
import { readChallenge } from "@/lib/auth/challenge";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import {
  checkSecondFactor,
  secondFactorDetails,
  spendSecondFactor,
  type SecondFactorProof,
} from "@/lib/auth/second-factor";
import { noteFailedPassword } from "@/lib/auth/sign-in-burst";
import { startStaffSession } from "@/lib/auth/staff-sessions";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { consumeRateLimit, resetRateLimit } from "@/lib/rate-limit";
import { hashIp } from "@/lib/security/ip";
import type { RequestContext } from "@/lib/security/request-context";

/**
 * The two checks of signing in, kept apart so that the second factor cannot be skipped:
 *
 *   1. `checkPassword`: e-mail and password (rate-limited per IP, and per account and IP pair;
 *      a burst of failures on one account is e-mailed to its holder). It creates no session; on success the sign-in action issues a challenge (lib/auth/challenge.ts).
 *   2. `completeSignIn`: run by Auth.js's credentials provider with that challenge and, for an
 *      account with an authenticator app, a code or a recovery code. Only this returns a user,
 *      and only a user returned here gets a session.
 *
 * An unknown address, a wrong password, a disabled account and an account that never accepted
 * its invitation all get the same answer, in the same time.
 */

export type PasswordCheck =
  | { status: "ok"; userId: string; sessionVersion: number; needsCode: boolean }
  | { status: "invalid" };

/** The per-account subject (burst counting): a keyed hash, never the address itself. */
export function accountSubject(email: string): string {
  return hashIp(`account:${email.trim().toLowerCase()}`);
}

/**
 * The per-(account, client address) subject of sign-in throttling: a keyed hash of both. Wrong
 * passwords slow down only the pair they come from, so an attacker at one address never locks
 * the real holder out at another (the per-address limit across accounts stays as well).
 */
export function accountAddressSubject(email: string, ip: string | null): string {
  return hashIp(`account-ip:${email.trim().toLowerCase()}\n${ip ?? "unknown"}`);
}

export async function checkPassword(
  email: string,
  password: string,
  context: RequestContext,
): Promise<PasswordCheck> {
  const pair = accountAddressSubject(email, context.ip);
  await consumeRateLimit("sign-in-ip", hashIp(context.ip ?? "unknown"));
  await consumeRateLimit("sign-in-account-ip", pair);

  const user = await prisma.user.findUnique({
    where: { email: email.trim() },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      passwordHash: true,
      disabledAt: true,
      sessionVersion: true,
      totpEnabledAt: true,
    },
  });
  const passwordOk = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : await verifyAgainstDummy(password);

  if (!user || !passwordOk || user.disabledAt) {
    // The attempted address is not recorded for unknown accounts: people type passwords into
    // the e-mail field, and the log would keep them.
    await recordAudit(prisma, {
      actor: null,
      action: "auth.sign_in_failed",
      entityType: user ? "User" : undefined,
      entityId: user?.id,
      ip: context.ip,
      userAgent: context.userAgent,
      details: {
        reason: !user
          ? "unknown-account"
          : !user.passwordHash
            ? "invitation-not-accepted"
            : !passwordOk
              ? "wrong-password"
              : "disabled",
      },
    });
    // Counted for unknown addresses too (same work); only an active account's holder is told.
    await noteFailedPassword(
      accountSubject(email),
      user?.passwordHash && !user.disabledAt ? user : null,
      context,
    );
    return { status: "invalid" };
  }
  // The right password from this address: its earlier typos no longer count against it.
  await resetRateLimit("sign-in-account-ip", pair);
  return {
    status: "ok",
    userId: user.id,
    sessionVersion: user.sessionVersion,
    needsCode: user.totpEnabledAt !== null,
  };
}

/** What Auth.js puts in the session cookie (see lib/auth/session-token.ts). */
export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  /** The StaffSession opened by this sign-in. */
  sessionId: string;
}

/**
 * Finishes a sign-in from a challenge (and a code when the account has an authenticator app):
 * the user to start a session for, or null. Records the sign-in, or the failed code.
 */
export async function completeSignIn(
  challengeToken: unknown,
  code: unknown,
  context: RequestContext,
): Promise<SignedInUser | null> {
  const challenge = readChallenge(challengeToken);
  if (!challenge) return null;
  const user = await prisma.user.findUnique({
    where: { id: challenge.userId },
    select: {
      id: true,
      email: true,
      name: true,
      disabledAt: true,
      sessionVersion: true,
      totpSecret: true,
      totpEnabledAt: true,
      recoveryCodeHashes: true,
      totpLastUsedStep: true,
    },
  });
  if (!user || user.disabledAt || user.sessionVersion !== challenge.sessionVersion) return null;

  let proof: SecondFactorProof | null = null;
  if (user.totpEnabledAt && user.totpSecret) {
    proof = await checkSecondFactor(user, typeof code === "string" ? code : "");
    if (!proof) {
      await recordAudit(prisma, {
        actor: { id: user.id, email: user.email },
        action: "auth.sign_in_failed",
        entityType: "User",
        entityId: user.id,
        ip: context.ip,
        userAgent: context.userAgent,
        details: { reason: "wrong-code" },
      });
      return null;
    }
  }

  const sessionId = await prisma.$transaction(async (tx) => {
    if (proof && !(await spendSecondFactor(tx, user, proof))) return null;
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: "auth.sign_in",
      entityType: "User",
      entityId: user.id,
      ip: context.ip,
      userAgent: context.userAgent,
      details: secondFactorDetails(proof),
    });
    return startStaffSession(tx, user, context);
  });
  if (!sessionId) return null;
  return { id: user.id, email: user.email, name: user.name, sessionId };
}
