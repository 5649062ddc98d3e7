import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-token";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestContext } from "@/lib/security/request-context";

/**
 * Server-side staff sessions (the StaffSession table). The session cookie names a row; the row
 * says whether the session is still open. Two ways to end sessions, on purpose:
 *
 *   - one session: `revokedAt` on its row (signing out, "sign out this session");
 *   - all of an account's sessions: User.sessionVersion moves on (role change, disabling,
 *     password reset or change, "sign out everywhere"). Kept rather than revoking every row
 *     because those writers (lib/data/users.ts, lib/auth/password-reset.ts) already bump it in
 *     their own transactions, and one column compared in the session query cannot miss a row
 *     that a concurrent sign-in is inserting at the same moment. "Sign out everywhere" also
 *     revokes the rows, so that the account page lists them as ended.
 *
 * Rows are small and short-lived; ended ones are deleted at the next sign-in of their user, and
 * each sign-in also deletes a bounded batch of anyone's rows expired for a day.
 */

/** How many long-expired rows of other users one sign-in deletes (keeps its cost bounded). */
const EXPIRED_BATCH = 100;

/**
 * Opens a session for a user who just proved who they are (in the sign-in transaction, with its
 * audit row), and deletes the user's ended sessions. Signing in counts as a confirmation.
 */
export async function startStaffSession(
  tx: Pick<Prisma.TransactionClient, "staffSession" | "$executeRaw">,
  user: { id: string; sessionVersion: number },
  context: RequestContext,
  now = new Date(),
): Promise<string> {
  await tx.staffSession.deleteMany({
    where: {
      userId: user.id,
      OR: [
        { revokedAt: { not: null } },
        { expiresAt: { lte: now } },
        { userSessionVersion: { not: user.sessionVersion } },
      ],
    },
  });
  await tx.$executeRaw`
    DELETE FROM "StaffSession" WHERE "id" IN (
      SELECT "id" FROM "StaffSession"
      WHERE "expiresAt" < (now() AT TIME ZONE 'UTC') - interval '1 day'
      LIMIT ${EXPIRED_BATCH}
    )`;
  const session = await tx.staffSession.create({
    data: {
      userId: user.id,
      userSessionVersion: user.sessionVersion,
      createdAt: now,
      lastSeenAt: now,
      confirmedAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      ip: context.ip,
      userAgent: context.userAgent?.slice(0, 512) ?? null,
    },
    select: { id: true },
  });
  return session.id;
}

/** Ends one session of the actor (signing out): its cookie is refused from now on. */
export async function endStaffSession(
  actor: Pick<Actor, "id">,
  sessionId: string,
  db: Pick<Prisma.TransactionClient, "staffSession"> = prisma,
): Promise<boolean> {
  const ended = await db.staffSession.updateMany({
    where: { id: sessionId, userId: actor.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return ended.count > 0;
}

/** Ends every open session of a user (with the sessionVersion bump of "sign out everywhere"). */
export async function endAllStaffSessions(
  db: Pick<Prisma.TransactionClient, "staffSession">,
  userId: string,
): Promise<void> {
  await db.staffSession.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

/** An open session, as the account page lists it. */
export interface StaffSessionSummary {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  ip: string | null;
  userAgent: string | null;
  /** The session this page is being viewed in. */
  current: boolean;
}

/** The actor's open sessions, most recently seen first. */
export async function listOpenStaffSessions(actor: {
  id: string;
  sessionId: string;
}): Promise<StaffSessionSummary[]> {
  const user = await prisma.user.findUnique({
    where: { id: actor.id },
    select: { sessionVersion: true },
  });
  if (!user) throw new NotFoundError("User", actor.id);
  const rows = await prisma.staffSession.findMany({
    where: {
      userId: actor.id,
      revokedAt: null,
      expiresAt: { gt: new Date() },
      userSessionVersion: user.sessionVersion,
    },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
    take: 50,
  });
  return rows.map((row) => ({ ...row, current: row.id === actor.sessionId }));
}

/**
 * "Sign out this session" on the account page: ends another session of the actor's own (a
 * session id of someone else's is not found, so ids cannot be probed). Audited.
 */
export async function signOutOwnSession(
  actor: Actor,
  sessionId: string,
  context: RequestContext,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    if (!(await endStaffSession(actor, sessionId, tx))) {
      throw new NotFoundError("StaffSession", sessionId);
    }
    await recordAudit(tx, {
      actor,
      action: "auth.session_revoked",
      entityType: "User",
      entityId: actor.id,
      ip: context.ip,
      userAgent: context.userAgent,
      details: { sessionId },
    });
  });
}
