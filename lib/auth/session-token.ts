import { getToken } from "next-auth/jwt";
import { deriveKey } from "@/lib/auth/app-secret";

/**
 * What a staff session cookie carries, and how it is read back. Auth.js writes the cookie (an
 * encrypted JWT) at sign-in; every request reads it here and lib/auth/session.ts re-checks the
 * user in the database, so the cookie proves only "this user signed in, at this session version".
 * Role, name and whether the account is still enabled are never taken from it.
 */
export interface SessionClaims {
  userId: string;
  /** User.sessionVersion at sign-in; a different value in the database means "signed out". */
  sessionVersion: number;
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
  const { uid, sv } = token;
  if (typeof uid !== "string" || typeof sv !== "number") return null;
  return { userId: uid, sessionVersion: sv };
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
