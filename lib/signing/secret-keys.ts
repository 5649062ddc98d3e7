import "server-only";
import { createHash, createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/**
 * Keys derived from VIGIL_SECRET, one per use, so that no two uses share a key. Without a secret
 * (development, tests) a random per-process key stands in: hashes and encrypted cookies are then
 * only valid while the process runs, which is enough there. Production requires VIGIL_SECRET.
 */

const globalForKeys = globalThis as unknown as { vigilSigningFallbackKey?: Buffer };

function rootKey(): Buffer | string {
  if (env.VIGIL_SECRET) return env.VIGIL_SECRET;
  return (globalForKeys.vigilSigningFallbackKey ??= randomBytes(32));
}

export type KeyPurpose =
  | "email-subject"
  | "email-anonymised"
  | "form-cookie"
  | "outcome-unsubscribe"
  // lib/follows: a follower's manage and unsubscribe links; a sponsor's alerts' unsubscribe link.
  | "follower-link"
  | "sponsor-alerts-link";

const derived = new Map<KeyPurpose, Buffer>();

/** A 32-byte key for one purpose. */
export function derivedKey(purpose: KeyPurpose): Buffer {
  let key = derived.get(purpose);
  if (!key) {
    key = createHmac("sha256", rootKey()).update(`vigil/signing/${purpose}/v1`).digest();
    // Without VIGIL_SECRET the root key is per process, so caching per process is exact.
    derived.set(purpose, key);
  }
  return key;
}

/** HMAC-SHA-256 of a value under the key of `purpose`, hex. */
export function keyedHash(purpose: KeyPurpose, value: string): string {
  return createHmac("sha256", derivedKey(purpose)).update(value).digest("hex");
}

/** The opaque rate-limit subject of an address: never the address itself. */
export function emailSubject(emailKey: string): string {
  return keyedHash("email-subject", emailKey);
}

/**
 * A token for a link in an e-mail: 256 random bits, base64url. The database keeps only its
 * SHA-256 (a plain hash is enough: the token is random, not guessable like a password).
 */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A link token as it can appear in a URL: refuse anything else before touching the database. */
export function isWellFormedLinkToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
