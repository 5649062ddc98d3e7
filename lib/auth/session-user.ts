import "server-only";
import type { SessionClaims } from "@/lib/auth/session-token";
import type { Actor } from "@/lib/auth/policy";
import { prisma } from "@/lib/db";

/** The signed-in staff member as every dashboard page and action sees them. */
export interface SessionActor extends Actor {
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

/**
 * The user behind a session cookie, re-read from the database (one query by primary key): null
 * when the user is gone, disabled, or their session version moved on (role change, password
 * reset, "sign out everywhere"). The role always comes from here, never from the cookie.
 */
export async function loadSessionActor(claims: SessionClaims): Promise<SessionActor | null> {
  const user = await prisma.user.findUnique({
    where: { id: claims.userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      disabledAt: true,
      sessionVersion: true,
      totpEnabledAt: true,
    },
  });
  if (!user || user.disabledAt || user.sessionVersion !== claims.sessionVersion) return null;
  const twoFactorEnabled = user.totpEnabledAt !== null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    twoFactorEnabled,
    needsTwoFactorEnrolment: user.role === "ADMIN" && !twoFactorEnabled,
  };
}
