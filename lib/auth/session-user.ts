import "server-only";
import type { SessionClaims } from "@/lib/auth/session-token";
import type { Actor, Role } from "@/lib/auth/policy";
import { prisma } from "@/lib/db";

/** The signed-in staff member as every dashboard page and action sees them. */
export interface SessionActor extends Actor {
  /**
   * The server-side session (StaffSession.id) this request belongs to: signing out ends it, and
   * recent-confirmation checks read its `confirmedAt`.
   */
  sessionId: string;
  /** The account has a confirmed authenticator app. */
  twoFactorEnabled: boolean;
  /**
   * An administrator without an authenticator app: they must enrol before anything else in the
   * dashboard (requireActor redirects them, staffAction refuses their actions).
   */
  needsTwoFactorEnrolment: boolean;
  /** Preferred dashboard locale, if chosen. */
  locale: string | null;
}

interface SessionRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string | null;
  twoFactorEnabled: boolean;
}

/**
 * The user behind a session cookie, re-read from the database on every request: null when the
 * session was signed out or has expired, the user is gone or disabled, or their session version
 * moved on (role change, password reset, "sign out everywhere"). The role always comes from here,
 * never from the cookie.
 *
 * One statement, two primary-key lookups (session, then its user). The same statement refreshes
 * the session's `lastSeenAt` when it is more than a minute old, so an active session costs one
 * small write a minute rather than one per request.
 */
export async function loadSessionActor(claims: SessionClaims): Promise<SessionActor | null> {
  const rows = await prisma.$queryRaw<SessionRow[]>`
    WITH "touched" AS (
      UPDATE "StaffSession" SET "lastSeenAt" = (now() AT TIME ZONE 'UTC')
      WHERE "id" = ${claims.sessionId}
        AND "userId" = ${claims.userId}
        AND "revokedAt" IS NULL
        AND "lastSeenAt" < (now() AT TIME ZONE 'UTC') - interval '1 minute'
      RETURNING "id"
    )
    SELECT u."id", u."email", u."name", u."role"::text AS "role", u."locale",
           (u."totpEnabledAt" IS NOT NULL) AS "twoFactorEnabled"
    FROM "StaffSession" s
    JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${claims.sessionId}
      AND s."userId" = ${claims.userId}
      AND s."revokedAt" IS NULL
      AND s."expiresAt" > (now() AT TIME ZONE 'UTC')
      AND s."userSessionVersion" = u."sessionVersion"
      AND u."disabledAt" IS NULL`;
  const user = rows[0];
  if (!user) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    sessionId: claims.sessionId,
    twoFactorEnabled: user.twoFactorEnabled,
    needsTwoFactorEnrolment: user.role === "ADMIN" && !user.twoFactorEnabled,
  };
}
