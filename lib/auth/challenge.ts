import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { deriveKey } from "@/lib/auth/app-secret";

/**
 * Proof that someone typed the right password for an account a few minutes ago: a signed,
 * short-lived token that the second step of signing in (the authenticator code) and Auth.js's
 * credentials provider accept instead of the password. It is never shown to the page: the sign-in
 * action keeps it in an HttpOnly cookie between the password and the code step.
 *
 * The token names the session version, so a password reset or "sign out everywhere" between the
 * two steps voids it.
 */

export const CHALLENGE_COOKIE = "vigil.sign-in-challenge";
export const CHALLENGE_TTL_SECONDS = 5 * 60;

export interface Challenge {
  userId: string;
  sessionVersion: number;
  expiresAt: number;
}

function sign(payload: string): string {
  return createHmac("sha256", deriveKey("vigil/sign-in-challenge/v1"))
    .update(payload)
    .digest("base64url");
}

export function createChallenge(userId: string, sessionVersion: number, now = Date.now()): string {
  const body = Buffer.from(
    JSON.stringify({
      u: userId,
      v: sessionVersion,
      e: now + CHALLENGE_TTL_SECONDS * 1000,
      // Two challenges for the same user never look alike.
      n: randomBytes(9).toString("base64url"),
    }),
  ).toString("base64url");
  return `${body}.${sign(body)}`;
}

/** The challenge, if the token is genuine and unexpired; null otherwise. */
export function readChallenge(token: unknown, now = Date.now()): Challenge | null {
  if (typeof token !== "string") return null;
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { u, v, e } = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Record<
      string,
      unknown
    >;
    if (typeof u !== "string" || typeof v !== "number" || typeof e !== "number") return null;
    if (e <= now) return null;
    return { userId: u, sessionVersion: v, expiresAt: e };
  } catch {
    // Cannot happen for a body we signed; a signed but unparsable body is treated as forged.
    return null;
  }
}
