import "server-only";
import { staffLinkOrigin } from "@/lib/auth/link-origin";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { knownLocaleOr } from "@/lib/i18n/routing";
import { enqueueMail } from "@/lib/mail/outbox";
import { authRoutes, dashboardRoutes, localized } from "@/lib/routes";
import {
  consumeRateLimit,
  countRateLimitEvent,
  RATE_LIMITS,
  RateLimitedError,
} from "@/lib/rate-limit";
import type { RequestContext } from "@/lib/security/request-context";

/**
 * Bursts of wrong passwords on one account. Sign-in is throttled per (account, address) pair, so
 * that an attacker cannot lock the real holder out; in exchange, someone trying many passwords
 * from many addresses is never refused outright. The holder is therefore told: the 10th failure
 * within 15 minutes (from any addresses) is audited as a burst and e-mails the holder (at most one
 * e-mail an hour) with when, how many attempts and from how many addresses, and what to do.
 */

export const BURST_FAILURES = RATE_LIMITS["sign-in-account-failures"].points;
const BURST_WINDOW_MS = RATE_LIMITS["sign-in-account-failures"].durationSeconds * 1000;

/** The account behind a failed attempt, when it is one whose holder can be told. */
export interface FailedAccount {
  id: string;
  email: string;
  name: string;
  locale: string | null;
}

interface FailureStats {
  failures: number;
  addresses: number;
  firstAt: Date | null;
}

/**
 * The account's failed sign-ins in the window, from the audit log (indexed by entity; read only
 * at a burst, at most once per window and account).
 */
async function failureStats(userId: string, since: Date): Promise<FailureStats> {
  const rows = await prisma.auditLog.findMany({
    where: {
      entityType: "User",
      entityId: userId,
      action: "auth.sign_in_failed",
      at: { gte: since },
    },
    select: { ip: true, at: true },
    orderBy: { at: "asc" },
    take: 10_000,
  });
  return {
    failures: rows.length,
    addresses: new Set(rows.map((row) => row.ip ?? "unknown")).size,
    firstAt: rows[0]?.at ?? null,
  };
}

/**
 * Counts one wrong password for the account typed (`accountSubject`, a keyed hash of the address:
 * unknown addresses are counted the same way, so the work does not tell them apart) and, at the
 * threshold, records the burst and queues the e-mail. Call after the failure's own audit row.
 */
export async function noteFailedPassword(
  accountSubject: string,
  account: FailedAccount | null,
  context: RequestContext,
): Promise<void> {
  const count = await countRateLimitEvent("sign-in-account-failures", accountSubject);
  // Exactly one attempt per window sees the threshold (the counter is one atomic upsert).
  if (count !== BURST_FAILURES) return;
  const now = new Date();
  const stats = await failureStats(account?.id ?? "", new Date(now.getTime() - BURST_WINDOW_MS));
  if (!account) return;

  let mail = true;
  try {
    await consumeRateLimit("sign-in-burst-mail", account.id);
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    mail = false;
  }
  const locale = knownLocaleOr(account.locale);
  const origin = mail ? await staffLinkOrigin() : null;

  await prisma.$transaction(async (tx) => {
    await recordAudit(tx, {
      actor: null,
      action: "auth.sign_in_burst",
      entityType: "User",
      entityId: account.id,
      ip: context.ip,
      userAgent: context.userAgent,
      details: {
        failures: Math.max(stats.failures, count),
        addresses: stats.addresses,
        since: (stats.firstAt ?? now).toISOString(),
        mailed: mail,
      },
    });
    if (origin) {
      await enqueueMail(tx, {
        kind: "auth.sign_in_burst",
        to: account.email,
        locale,
        payload: {
          name: account.name,
          email: account.email,
          failures: Math.max(stats.failures, count),
          addresses: Math.max(stats.addresses, 1),
          firstAt: (stats.firstAt ?? now).toISOString(),
          lastAt: now.toISOString(),
          resetUrl: `${origin}${localized(locale, authRoutes.passwordReset())}`,
          accountUrl: `${origin}${localized(locale, dashboardRoutes.account())}`,
        },
      });
    }
  });
}
