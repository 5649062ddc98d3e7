import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER, normaliseAddress } from "@/lib/security/client-address";

/**
 * Client IP addresses, and the keyed hash that is all Vigil ever stores of them (rate limiting,
 * burst detection): the address itself is personal data and is never written anywhere.
 */

/**
 * The client's address, as Vigil's web server (scripts/lib/web-server.ts) resolved it from the
 * socket and the trusted proxies (lib/security/client-address.ts), in a header it always
 * overwrites. Null when it is missing: the address is then unknown, and never taken from
 * X-Forwarded-For or any other header a client can set.
 */
export function clientIpFromHeaders(headers: Pick<Headers, "get">): string | null {
  return normaliseAddress(headers.get(CLIENT_ADDRESS_HEADER));
}

// Survives module reloads in development, so hashes stay stable while the process runs.
const globalForSalt = globalThis as unknown as { vigilIpHashSalt?: string };

function hashKey(): string {
  // A key of its own, derived from the application secret, so that the secret's other uses
  // never share a key with this one.
  if (env.VIGIL_SECRET) {
    return createHmac("sha256", env.VIGIL_SECRET).update("vigil/ip-hash/v1").digest("hex");
  }
  if (!globalForSalt.vigilIpHashSalt) {
    // Without a configured secret the key is random per process: hashes are then only comparable
    // within one run (enough for rate limits, not for burst detection across restarts or
    // instances). Production must set VIGIL_SECRET.
    if (env.NODE_ENV === "production") {
      console.warn(
        "VIGIL_SECRET is not set: IP hashes use a random key that changes on every restart. Set VIGIL_SECRET (at least 32 random characters) in production.",
      );
    }
    globalForSalt.vigilIpHashSalt = randomBytes(32).toString("hex");
  }
  return globalForSalt.vigilIpHashSalt;
}

/**
 * A keyed hash (HMAC-SHA-256) of an IP address. Keyed so that the stored value cannot be reversed
 * by hashing all 2^32 IPv4 addresses, which a plain or publicly salted hash would allow.
 */
export function hashIp(ip: string): string {
  return createHmac("sha256", hashKey()).update(`ip:${ip}`).digest("hex");
}
