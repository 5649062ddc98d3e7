import { getToken } from "next-auth/jwt";
import { deriveKey } from "@/lib/auth/app-secret";

/**
 * What a staff session cookie carries, and how it is read back. Auth.js writes the cookie (an
 * encrypted JWT) at sign-in; every request reads it here and lib/auth/session-user.ts looks up
 * the server-side session row (StaffSession) and its user, so the cookie proves only "this is
 * session X of user Y". Whether the session is still open, the role, the name and whether the
 * account is still enabled are never taken from it.
 */
export interface SessionClaims {
  /** StaffSession.id: revoking that row (signing out) ends the session at once. */
  sessionId: string;
  userId: string;
}

/** A working day: a stolen laptop's session does not outlive the night. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** Auth.js's cookie names: the `__Secure-` one is used when the site is served over https. */
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"];

/** The key Auth.js encrypts session cookies with (derived, so it is used for nothing else). */
export function sessionSecret(): string {
  return deriveKey("vigil/auth-session/v1").toString("base64url");
}

function claimsOf(token: Record<string, unknown> | null): SessionClaims | null {
  if (!token) return null;
  // A cookie from before server-side sessions has no "sid": refused, its holder signs in again.
  const { uid, sid } = token;
  if (typeof uid !== "string" || typeof sid !== "string" || !uid || !sid) return null;
  return { sessionId: sid, userId: uid };
}

/**
 * The claims of the session cookie in these request headers, or null when there is none or it
 * does not decrypt (forged, expired, or written with another secret).
 */
export async function readSessionClaims(
  headers: Headers | Record<string, string>,
): Promise<SessionClaims | null> {
  for (const cookieName of SESSION_COOKIE_NAMES) {
    const token = await getToken({
      req: { headers },
      secret: sessionSecret(),
      cookieName,
      salt: cookieName,
      secureCookie: cookieName.startsWith("__Secure-"),
      // A cookie that does not decrypt is an anonymous visitor, not an error worth a log line.
      logger: { error: () => undefined, warn: () => undefined, debug: () => undefined },
    });
    const claims = claimsOf(token);
    if (claims) return claims;
  }
  return null;
}
