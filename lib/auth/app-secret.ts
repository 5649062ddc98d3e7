import { createHmac, randomBytes } from "node:crypto";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * The application secret behind staff sessions (Auth.js encrypts its session cookie with it) and
 * the encryption of TOTP secrets at rest, and the keys derived from it.
 *
 * VIGIL_SECRET when it is set (production must set it). Without it, a random secret is created
 * once and kept in a file next to the embedded database (`.data/vigil-secret` by default), so
 * that sessions and enrolled authenticator apps survive a restart of `npm run demo` or
 * `npm run dev`, and the end-to-end fixtures (another process) derive the same keys. A secret
 * that changed on every restart would make every stored TOTP secret undecryptable.
 *
 * Not marked "server-only": the end-to-end fixtures (plain Node) import it to enrol a known TOTP
 * secret. It holds no data and is never imported by a client component.
 */

const globalForSecret = globalThis as unknown as { vigilAppSecret?: string };

function secretFile(): string {
  return path.join(path.dirname(path.resolve(env.VIGIL_DATA_DIR)), "vigil-secret");
}

function readOrCreateFallbackSecret(): string {
  const file = secretFile();
  try {
    return readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx": two processes starting at once must not both write; the loser reads the winner's.
    writeFileSync(file, randomBytes(48).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8").trim();
}

/** The root secret; derive a purpose-specific key with `deriveKey` rather than using it directly. */
export function appSecret(): string {
  if (env.VIGIL_SECRET) return env.VIGIL_SECRET;
  if (!globalForSecret.vigilAppSecret) {
    if (env.NODE_ENV === "production") {
      console.warn(
        `VIGIL_SECRET is not set: staff sessions and two-factor secrets use the key in ${secretFile()}. Set VIGIL_SECRET (at least 32 random characters) in production.`,
      );
    }
    globalForSecret.vigilAppSecret = readOrCreateFallbackSecret();
  }
  return globalForSecret.vigilAppSecret;
}

/**
 * A 32-byte key for one purpose ("vigil/totp/v1", "vigil/auth-session/v1" ...), so that no two
 * uses of the secret share a key and one can be rotated by changing its label.
 */
export function deriveKey(purpose: string): Buffer {
  return createHmac("sha256", appSecret()).update(purpose).digest();
}
